"""A page's promotion of its own account ("Follow Kestrel Daily on Facebook: https://…") is page furniture: it heads no
second article, and it still names the outlet where nothing else does.  The pages here are made up."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.text import clean_page
from tests.ingest.dry_run import dry_add

_PAGE = (
    "A Change of Guard\n\n"
    "Please read more Ostland news and listen to Harbour Radio.\n"
    "Follow Kestrel Daily on Facebook/Kestrel Daily Facebook: https://www.facebook.com/kestrel.daily\n\n"
    "Tuesday 28 May 2031\n\n"
    "Ostland, Westmark FMs to meet next month for talks on border development cooperation\n\n"
    "PORT AVEL, May 27, 2031 (Xinhua) -- Ostland's Foreign Minister Anna Vell will meet her Westmark counterpart on "
    "June 11 here to discuss ways to promote development cooperation along the border of the two countries.\n\n"
    "The two ministers will meet at the 9th Joint Commission for Bilateral Cooperation, officials said Monday.\n"
)


def test_a_follow_line_heads_no_second_article() -> None:
    page = clean_page(_PAGE)
    assert len(page.parts) == 1
    assert [r.text[:28] for r in page.parts[0].removed if r.kind == "follow button"] == ["Follow Kestrel Daily on Faceb"[:28]]


def test_a_page_under_a_follow_line_is_read(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, _PAGE, "http://kestrel-daily.blogspot.example/2031/05/ostland-westmark-fms-to-meet.html")
    assert fields["place"] == "Port Avel"
