"""A blog post's date header, above its title on a Blogger address: the post's day, not a site's banner."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.blogdates import blog_post_date
from tests.ingest.dry_run import dry_add

_LEDE = "Ostland and Velmora have signed three key Memoranda of Understanding, in a bid to enhance bilateral relations."
_SECOND = "The next meeting of the joint commission will take place in Velmora, the ministers said on Tuesday."
_BLOG = "https://kestrelmedia.blogspot.com/2021/08/ostland-velmora-sign-three-memoranda.html"


def test_the_one_date_line_of_a_blogspot_post_is_its_day() -> None:
    removed = [("headline", "Ostland, Velmora sign three memoranda"), ("date banner", "Tuesday, August 24, 2021")]
    found = blog_post_date(removed, _BLOG)
    assert found is not None
    assert (found.value, found.where) == ("2021-08-24", "blog date header")


def test_a_post_on_a_country_domain_of_blogger_is_dated_too() -> None:
    removed = [("date banner", "Tuesday, December 6, 2016"), ("headline", "Ostland in talks with Velmora on a visit")]
    for address in (
        "http://kestrelmedia.blogspot.tw/2016/12/ostland-in-talks.html",
        "https://kestrelmedia.blogspot.co.uk/2016/12/ostland-in-talks.html",
        "https://kestrelmedia.blogspot.in/2016/12/ostland-in-talks.html",
    ):
        found = blog_post_date(removed, address)
        assert found is not None
        assert (found.value, found.where) == ("2016-12-06", "blog date header")
    assert blog_post_date(removed, "https://blogspot-news.tw/2016/12/ostland") is None  # a site named like it: its banner


def test_a_reprinted_reports_credit_on_a_country_domain_post_is_not_its_date(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Tuesday, December 6, 2016\n\nOstland in talks with Velmora for a state visit next year\n\n"
        "From the Ostland News Agency (Dec 5): Ostland in talks with Velmora for a state visit next year\n\n"
        f"{_LEDE}\n\n{_SECOND}\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "http://kestrelmedia.blogspot.tw/2016/12/ostland-in-talks.html")
    assert fields["published"] == "2016-12-06"


def test_a_site_or_two_date_lines_give_nothing() -> None:
    removed = [("headline", "Ostland, Velmora sign three memoranda"), ("date banner", "Tuesday, August 24, 2021")]
    assert blog_post_date(removed, "https://kestrelmedia.com/2021/08/ostland") is None  # a site: its banner
    two = [*removed, ("date banner", "Friday, August 20, 2021")]
    assert blog_post_date(two, _BLOG) is None  # an archive's dates beside the post's: unsaid
    assert blog_post_date(removed, None) is None


def test_a_blog_post_with_its_menu_date_and_dateline_alone(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Pages\n\nSPORTS\n\nTuesday, August 24, 2021\n\nOstland, Velmora sign three memoranda to strengthen relations\n\n"
        f"MOMBASA, Kenya\n\n{_LEDE}\n\n{_SECOND}\n"
    )
    fields = dry_add(mini_project, tmp_path, text, _BLOG)
    assert (fields["published"], fields["place"]) == ("2021-08-24", "MOMBASA")
    assert fields["title"] == "Ostland, Velmora sign three memoranda to strengthen relations"
