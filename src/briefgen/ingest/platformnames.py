"""A blogging platform's own name in a blog's text is the platform's, never the blog's: "WordPress.com" on a wordpress.com blog.

A blog hosted on a platform lives at the platform's address under a label of its own ("gtcradio.wordpress.com"), so
the address's registered name is the platform's ("wordpress").  The platform prints its name into the furniture of
every blog it hosts ("WordPress.com Logo", "You are commenting using your WordPress.com account"), and that name
spells the registered domain: read as the name the site goes by (:func:`briefgen.ingest.outlets.spelled_outlet`), it
named every such blog "WordPress".  The blog's name is its own label (:mod:`briefgen.ingest.selfnames`); on a
platform's address the platform's name is not read from the text.  The platform's own pages
("wordpress.com/blog/…", no label before the name) are the platform's, and its name stays readable there.
"""

from __future__ import annotations

# The registered names of the platforms that host blogs under labels of their own.
BLOG_PLATFORMS = frozenset(("blogspot", "wordpress", "substack", "tumblr", "wixsite", "weebly", "medium", "over-blog"))


def on_blog_platform(host: str, name: str, suffix: str) -> bool:
    """Whether ``host`` (lower case) is a blog on a platform: a label of its own before the platform's registered name
    ``name`` and public suffix ``suffix`` ("gtcradio.wordpress.com", not "wordpress.com" or "www.wordpress.com")."""
    label = host.removeprefix("www.").removesuffix(f"{name}.{suffix}").rstrip(".")
    return name in BLOG_PLATFORMS and bool(label) and label != host.removeprefix("www.")
