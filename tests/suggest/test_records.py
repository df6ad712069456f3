"""A record stated as what something is, and a rank over a span of time where an excerpt stops: drafted.

Sentences from the development sets (intake_final6, 26, 28, 30, 42, 54, 56, 58, 62; the last sentence of the
Vietnamese page is cut short here).
"""

from __future__ import annotations

import shutil

import pytest
import yaml

from briefgen.suggest.records import states_a_record
from briefgen.suggest.sentences import Span, before_the_cut
from briefgen.suggest.worth import check_worthy
from tests.conftest import REPO, run_cli


@pytest.mark.parametrize(
    "sentence",
    [
        "Modi is also the first foreign head of government to receive the honour.",
        "This marks the first visit by a French leader to Vietnam in nearly a decade, signaling a further warming of the "
        "relationship between France and Vietnam.",
        "The Saudi Crown Prince Mohammed bin Salman was, for example, also the first foreign leader Trump spoke to on the "
        "phone after taking office.",
        "The Philippines would be the third country with which Japan would have an RAA after Australia and the United "
        "Kingdom, and the first in the ASEAN.",
        "For the first time in years, the chancellery and the foreign ministry will be run by the same party.",
    ],
)
def test_a_record_is_worth_drafting(sentence: str) -> None:
    assert states_a_record(sentence)
    assert check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # praise told as a rank, with nothing it ranks in
        "Lee further lauded Trump: “Among global leaders, you are the first to show both interest and tangible results in world peace.",
        # a rank with nothing to bound it
        "This is their sixth interaction.",
        # a first told as the occasion, with delight: no record stated
        "Showing his delight at for the first time visiting Vietnam – a country that plays an important role in ASEAN and in "
        "France’s Indo-Pacific strategy, President Macron said he is impressed by Vietnam’s rapid and robust development.",
    ],
)
def test_a_rank_that_is_no_record_is_not(sentence: str) -> None:
    assert not states_a_record(sentence)
    assert not check_worthy(sentence)


def _cut(text: str) -> str | None:
    span = before_the_cut(Span(0, len(text), text, "", ""))
    return span.text if span else None


@pytest.mark.parametrize(
    ("cut", "kept"),
    [
        # the excerpt stopped after a comma: every word before it is whole, the span of years included
        (
            "Yoon's two-day visit is South Korea's first bilateral presidential trip to the neighboring nation in 12 years,",
            "Yoon's two-day visit is South Korea's first bilateral presidential trip to the neighboring nation in 12 years",
        ),
        (
            "The visit from November 2-4 will be the first by an African leader since last month’s 20th party congress in Beijing",
            "The visit from November 2-4 will be the first by an African leader since last month’s 20th party congress",
        ),
        # "marks" is the clause's verb; the second rank, cut before its bounds, is left out
        (
            "This marks the first visit to the Southeast Asian nation by a French President in nearly a decade, and the first "
            "high-level exchange between the two co",
            "This marks the first visit to the Southeast Asian nation by a French President in nearly a decade",
        ),
    ],
)
def test_a_rank_over_a_span_of_time_stands_where_the_excerpt_stops(cut: str, kept: str) -> None:
    assert _cut(cut) == kept


ARTICLE = """Yoon opens summit with Kishida in Tokyo

TOKYO, March 16 (Yonhap) -- South Korean President Yoon Suk Yeol held summit talks with Japanese Prime Minister \
Fumio Kishida in Tokyo on Thursday.

Modi is also the first foreign head of government to receive the honour.

Yoon's two-day visit is South Korea's first bilateral presidential trip to the neighboring nation in 12 years, """


def test_records_are_drafted_from_an_archived_page(tmp_path_factory: pytest.TempPathFactory) -> None:
    root = tmp_path_factory.mktemp("records") / "repo"
    root.mkdir()
    for name in ("facts", "briefs", "templates"):
        shutil.copytree(REPO / name, root / name)
    article = root / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    added = run_cli("sources", "add", str(article), "--published", "2023-03-16", "--id", "yoon-tokyo", cwd=root)
    assert added.code == 0, added.stderr
    result = run_cli("suggest", "yoon-tokyo", "--dry-run", cwd=root)
    assert result.code == 0, result.stderr
    quotes = [str(d["quote"]) for d in yaml.safe_load(result.stdout)]
    assert "Modi is also the first foreign head of government to receive the honour" in quotes
    assert "Yoon's two-day visit is South Korea's first bilateral presidential trip to the neighboring nation in 12 years" in quotes
