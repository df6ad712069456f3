"""The page must stand alone: every address it would load is found, by the quick scan or the parser behind it."""

from __future__ import annotations

import pytest

from briefgen.render.standalone import external_loads

PAGE = "<!DOCTYPE html>\n<html><head><style>{css}</style></head><body>{body}</body></html>\n"


def page(body: str = "<p>Text.</p>", css: str = "p { color: black; }") -> str:
    return PAGE.format(css=css, body=body)


@pytest.mark.parametrize(
    ("html", "found"),
    [
        (page('<img src="https://tracker.example/p.png">'), ["https://tracker.example/p.png"]),
        (page("<img SRC = \"data:image/png;base64,AA\"><img src='//cdn.example/x'>"), ["//cdn.example/x"]),
        (page("<img src==http://a.example/x>"), ["http://a.example/x"]),
        (page('<img src="&#104;ttp://a.example/x">'), ["http://a.example/x"]),  # decoded by the parser
        (page('<div style="background: url(&#104;ttp://a.example/x)"></div>'), ["http://a.example/x"]),
        (page(css='@IMPORT "http://a.example/x.css";'), ["http://a.example/x.css"]),
        (page(css="p { background: URL( //a.example/x) }"), ["//a.example/x"]),
        (page('<link rel="stylesheet" href="file:///etc/x.css">'), ["file:///etc/x.css"]),
        (page('<img srcset="http://a.example/x 2x">'), ["http://a.example/x"]),
        (page('<object data="http://a.example/x"></object>'), ["http://a.example/x"]),
        (page('<video poster="http://a.example/x"></video>'), ["http://a.example/x"]),
        (page('<form><button formaction="http://a.example/x">Go</button></form>'), ["http://a.example/x"]),
    ],
)
def test_every_outside_address_is_found(html: str, found: list[str]) -> None:
    assert external_loads(html) == found


@pytest.mark.parametrize(
    "html",
    [
        page(),
        page('<img src="data:image/svg+xml;base64,PHN2Zz4="><a href="https://example.org/">a link is not a load</a>'),
        page("<p>Text that mentions url(http://a.example/x) and src=http://a.example/x is not a load.</p>"),
        page(css="p { background: url(data:image/png;base64,AA) } a { background: url('#x') }"),
        page('<img src="#anchor"><p style="color: red">styled</p>'),
    ],
)
def test_a_page_that_loads_nothing_passes(html: str) -> None:
    assert external_loads(html) == []
