"""The date header of a post on a blog platform: the day the post went up, not a site's banner.

A site prints today's date in its banner ("Thursday, October 3, 2024", with
its weekday), and :mod:`briefgen.ingest.headlinestamps` reads such a line as
nothing.  A blog on Blogger prints no banner: every post opens with its own
day, weekday first, above the post's title ("Tuesday, August 24, 2021" over
"Kenya, Tanzania sign three memoranda …").  On a blog's address, the one date
line taken off the page's head is that post's date.  Two or more date lines
leave it unsaid (a sidebar's archive, another post's header).

Blogger serves the same post from its country domains ("x.blogspot.tw", "x.blogspot.co.uk"), which the public suffix
list does not hold as Blogger's: there "blogspot" is the registered name itself, and the address is read as Blogger's
all the same.  Only the platform is read from the address; the post's date still comes from the one line above it,
never from a reprinted report's credit below it ("From the Philippine News Agency (Dec 6): …").
"""

from __future__ import annotations

from briefgen.ingest.meta import Found, parse_header_date
from briefgen.ingest.outlets import registered_domain

# The platforms whose posts print their day above the title (Blogger, on its country domains too).
_BLOG_PLATFORMS = ("blogspot",)


def blog_post_date(removed: list[tuple[str, str]], address: str | None) -> Found | None:
    """The post's date from the one date line taken off a blog post's head (see the module's docstring), or None."""
    domain = registered_domain(address)
    if domain is None or (domain[1].split(".")[0] not in _BLOG_PLATFORMS and domain[0] not in _BLOG_PLATFORMS):
        return None  # neither "x.blogspot.com" nor a country domain's "x.blogspot.tw" ("blogspot", "tw")
    dates = [text for kind, text in removed if kind == "date banner"]
    day = parse_header_date(dates[0]) if len(dates) == 1 else None
    return Found(day.isoformat(), dates[0], "blog date header") if day is not None else None
