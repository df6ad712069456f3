"""A short headline over a photo's caption, set aside as an overline, is the headline when the address spells it.

The page is the opening of a Solomon Islands Broadcasting Corporation story on sibconline.com.sb, as a search returned
it: the headline, the photo's caption, then the report.
"""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.captionedtitles import headline_over_caption
from briefgen.ingest.text import Part, Removed
from tests.ingest.dry_run import dry_add

_HEADLINE = "PM’s delegation in Beijing"
_CAPTION = "Solomon Islands Prime Minister Manasseh Sogavare meeting up with the Chinese President Xi Jinping"
_LEDE = (
    "Prime Minister Hon. Manasseh Sogavare, MP has arrived in Beijing for his first-ever official visit to the People’s Republic of China."
)
_ADDRESS = "https://www.sibconline.com.sb/pms-delegation-in-beijing/"


def test_the_line_the_address_spells_is_the_headline_over_the_caption(mini_project: Path, tmp_path: Path) -> None:
    text = f"{_HEADLINE}\n\n{_CAPTION} \n\n{_LEDE}\n\nOn arrival, the Prime Minister was met by government officials.\n"
    fields = dry_add(mini_project, tmp_path, text, _ADDRESS)
    assert fields["title"] == _HEADLINE
    assert "one photo caption" in fields["notes"]
    assert fields["body"].startswith("Prime Minister Hon. Manasseh Sogavare")


def _part(headline: str, label: str) -> Part:
    return Part(headline=headline, paragraphs=[_LEDE], removed=[Removed("section label", label), Removed("headline", headline)])


def test_the_address_must_name_the_label_and_not_the_headline() -> None:
    part = _part(_CAPTION, _HEADLINE)
    assert headline_over_caption(part, _ADDRESS).headline == _HEADLINE
    assert headline_over_caption(part, "https://www.sibconline.com.sb/?p=7089").headline == _CAPTION  # no page name
    assert headline_over_caption(part, "https://www.sibconline.com.sb/sogavare-delegation-in-beijing/").headline == _CAPTION
    assert headline_over_caption(_part(_CAPTION, "World News"), _ADDRESS).headline == _CAPTION
