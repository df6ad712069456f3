"""A headline that opens with a quotation and then names its speaker is the headline; a standfirst quoting
someone, which goes on as a sentence, is not.  The lines are from labelled pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.header import headline_like
from tests.ingest.dry_run import dry_add

_WONG = (
    "‘If you’re imitated, you must be doing something good,’ PM Wong says after Prabowo eyes Singapore’s housing, "
    "sovereign wealth fund model"
)
_MIRZOYAN = '"Separated by distance...regarded India as close partner," Armenian FM Ararat Mirzoyan'
_LEDE = (
    "SINGAPORE, June 16 – Singapore and Indonesia are entering a new era of cooperation, with both nations committed "
    "to deepening ties, the former’s Prime Minister Lawrence Wong said following a Leaders’ Retreat with the latter’s "
    "President Prabowo Subianto."
)


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        (_WONG, True),
        (_MIRZOYAN, True),
        ('"We will reinvigorate this working relations in all fields," the Malaysian PM said', False),
        ("'The security of Australia is bound with the security of the Philippines,' says the Philippine President", False),
        ('"News Services" POPULAR ARTICLE', False),  # a list's label in quotation marks
    ],
)
def test_a_quotation_opening_a_headline_is_followed_by_its_speaker(line: str, headline: bool) -> None:
    assert headline_like(line) is headline


def test_sources_add_takes_the_quotation_headline_as_the_title(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, f"{_WONG}\n\n{_LEDE}\n", "https://www.edgenews.net/684")
    assert fields["title"] == _WONG
    assert fields["place"] == "Singapore"
    assert fields["body"].lstrip().startswith("SINGAPORE, June 16 –")
