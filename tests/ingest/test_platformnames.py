"""A blogging platform's own name in a hosted blog's furniture is not the blog's outlet (platformnames).  The comment
form's lines are a wordpress.com blog's (GTC Radio, Grenada), as saved with its post."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.outlets import spelled_outlet
from briefgen.ingest.platformnames import on_blog_platform
from tests.ingest.dry_run import dry_add

_FORM = ["WordPress.com Logo", "You are commenting using your WordPress.com account. Log Out /  Change )"]


@pytest.mark.parametrize(
    ("host", "name", "suffix", "blog"),
    [
        ("gtcradio.wordpress.com", "wordpress", "com", True),
        ("www.kestrelbanner.blogspot.com", "blogspot", "com", True),
        ("wordpress.com", "wordpress", "com", False),  # the platform's own pages
        ("www.wordpress.com", "wordpress", "com", False),
        ("news.kestrel.com", "kestrel", "com", False),  # a site's own subdomain, no platform
    ],
)
def test_a_blog_on_a_platform_has_a_label_before_the_platforms_name(host: str, name: str, suffix: str, blog: bool) -> None:
    assert on_blog_platform(host, name, suffix) is blog


def test_the_platforms_name_is_not_read_on_a_hosted_blog() -> None:
    assert spelled_outlet(_FORM, "https://gtcradio.wordpress.com/2013/06/14/formal-launch/") is None
    found = spelled_outlet(_FORM, "https://wordpress.com/blog/2024/01/02/news/")
    assert found is not None and found.value == "WordPress.com"


def test_sources_add_names_a_wordpress_blog_by_its_label(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "We Mix Business with Pleasure.\n\n"
        "ST GEORGE’S, Grenada — Another step in Grenada/Venezuela relations will be taken this weekend in St George’s, "
        "Grenada.\n\nLeave a Reply\n\n" + "\n\n".join(_FORM) + "\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://gtcradio.wordpress.com/2013/06/14/formal-launch-set/")
    assert fields["outlet"] == "GTC Radio"
    assert fields["place"] == "St George’s"


def test_sources_add_names_an_over_blog_blog_by_its_label(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Economic agreement approved between Kestrel and Osprey\n\nPublié le par KSJ\n\n"
        "The joint economic committee met on Wednesday for its first meeting in three years.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "http://ksj.over-blog.com/article-36765072.html")
    assert fields["outlet"] == "KSJ"
