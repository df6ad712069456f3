"""An excerpt that stops mid-sentence is drafted up to its last whole clause when its last whole words cannot stand.

The words before the cut may end on a rank whose bounds could be what was cut,
or on one side of a pair; the clause before the last comma was written whole,
and is what an editor keeps, unless the words dropped after it restrict its rank.
"""

from __future__ import annotations

import shutil

import pytest
import yaml

from briefgen.suggest.sentences import Span, before_the_cut
from tests.conftest import REPO, run_cli

ARTICLE = """Norland and Vestria sign ferry accord

RIGA: The transport ministers of Norland and Vestria on Tuesday signed an accord on a year-round ferry line \
between their two capitals.

The accord is the first transport agreement between the two neighbours in nearly twenty years, and the first one \
to be signed by a Norlandic minister in the ca"""


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    root = tmp_path_factory.mktemp("excerpt") / "repo"
    root.mkdir()
    for name in ("facts", "briefs", "templates"):
        shutil.copytree(REPO / name, root / name)
    article = root / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    added = run_cli("sources", "add", str(article), "--published", "2024-05-14", "--id", "ferry-accord", cwd=root)
    assert added.code == 0, added.stderr
    result = run_cli("suggest", "ferry-accord", "--dry-run", cwd=root)
    assert result.code == 0, result.stderr
    return [str(d["quote"]) for d in yaml.safe_load(result.stdout)]


def test_a_cut_sentence_is_drafted_up_to_its_last_whole_clause(drafted: list[str]) -> None:
    assert "The accord is the first transport agreement between the two neighbours in nearly twenty years" in drafted
    assert not [q for q in drafted if "Norlandic minister" in q]  # the clause the excerpt cut is not quoted


def _cut(text: str) -> str | None:
    span = before_the_cut(Span(0, len(text), text, "", ""))
    return span.text if span else None


@pytest.mark.parametrize(
    ("cut", "kept"),
    [
        # An opening "First," counts items; the clause after the comma is a participle of its own.
        (
            "First, a joint committee has been set up to follow the accords signed in Riga, noting the pace of the work so fa",
            "First, a joint committee has been set up to follow the accords signed in Riga",
        ),
        # The cut left one side of a pair: the list item before the comma is whole.
        (
            "The accords include a loan for Norland's rail operator to buy new carriages, a grant for the port of Liepa "
            "and a contract between the ferry company Balto and St",
            "The accords include a loan for Norland's rail operator to buy new carriages",
        ),
    ],
)
def test_the_last_whole_clause_stands_where_the_last_words_cannot(cut: str, kept: str) -> None:
    assert _cut(cut) == kept


@pytest.mark.parametrize(
    "cut",
    [
        # Dropping what follows the comma would drop the bounds of the rank.
        "Norland has become the largest buyer of Vestrian timber and paper, in the Baltic reg",
        # What is left before the comma is too short to be a statement.
        "In 2024, Norland was the largest buyer of Vestrian timber in the Ba",
    ],
)
def test_no_clause_is_drafted_when_it_would_lose_its_bounds_or_say_too_little(cut: str) -> None:
    assert _cut(cut) is None
