"""Images for Word: every picture in the HTML is a ``data:`` URL; SVG charts become PNG.

Word draws PNG, JPEG and GIF everywhere, SVG only in recent versions and
only with a PNG beside it, so each SVG (the matplotlib charts) is drawn as a
PNG by CairoSVG at print resolution, and keeps its printed width.  CairoSVG is
given a URL fetcher that reads ``data:`` URLs only, so an SVG cannot make the
build read a file or the network; an image that is not a ``data:`` URL is refused
for the same reason (the HTML is self-contained, so none should exist).
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass

#: Pixels per CSS inch in the PNG: 96 × 2.5, print quality for a chart.
PNG_SCALE = 2.5
_DATA_URL = re.compile(r"^data:(?P<mime>[a-z]+/[a-z0-9.+-]+)(?:;[a-z-]+=[^;,]*)*(?P<b64>;base64)?,(?P<data>.*)$", re.DOTALL | re.IGNORECASE)
_SVG_WIDTH = re.compile(rb"<svg\b[^>]*?\swidth=\"(?P<width>[0-9]+(?:\.[0-9]+)?)(?P<unit>pt|px|in|cm|mm)?\"", re.DOTALL)
_PER_INCH = {"pt": 72.0, "px": 96.0, "in": 1.0, "cm": 2.54, "mm": 25.4}
_WORD_PICTURES = ("image/png", "image/jpeg", "image/gif")


class ImageRefused(ValueError):
    """An image the Word document cannot carry; the message says which and why."""


@dataclass(frozen=True)
class WordImage:
    """A picture ready for pandoc: a ``data:`` URL Word can draw, and its printed width if known."""

    url: str
    width: str | None


def _inline_only(url: str, _resource_type: str) -> bytes:
    """CairoSVG's fetcher: what an SVG embeds (``data:``) is read, any other URL (file, network) refused."""
    if not url.lower().startswith("data:"):
        raise ImageRefused(f"an SVG image refers to '{url[:80]}'; images must be self-contained")
    return _decode(url)[1]


def _decode(src: str) -> tuple[str, bytes]:
    match = _DATA_URL.match(src.strip())
    if not match:
        shown = src if len(src) <= 80 else src[:77] + "..."
        raise ImageRefused(f"image '{shown}' is not inlined in the HTML (only data: URLs can go into the Word document)")
    payload = match["data"]
    try:
        data = base64.b64decode(payload, validate=False) if match["b64"] else payload.encode("utf-8")
    except (binascii.Error, ValueError) as exc:
        raise ImageRefused(f"an inlined image is not valid base64 ({exc})") from None
    return match["mime"].lower(), data


def svg_to_png(svg: bytes) -> bytes:
    """Draw an SVG document as a PNG at :data:`PNG_SCALE`, reading nothing outside it."""
    from cairosvg.surface import PNGSurface  # loads cairo: only when a .docx holds a chart

    try:
        png = PNGSurface.convert(bytestring=svg, scale=PNG_SCALE, unsafe=False, url_fetcher=_inline_only)
    except ImageRefused:
        raise
    except Exception as exc:  # CairoSVG raises many kinds of error for a broken SVG
        raise ImageRefused(f"an SVG image cannot be drawn ({type(exc).__name__}: {exc})") from None
    return bytes(png)


def _svg_width(svg: bytes) -> str | None:
    """The SVG's own width in inches (``6.3in``), so the PNG prints as large as the vector chart did."""
    found = _SVG_WIDTH.search(svg[:4096])
    if not found:
        return None
    unit = (found["unit"] or b"px").decode()
    return f"{float(found['width']) / _PER_INCH[unit]:.2f}in"


def word_image(src: str) -> WordImage:
    """The picture behind an ``<img src>`` as Word can hold it: PNG, JPEG or GIF, as a ``data:`` URL."""
    mime, data = _decode(src)
    if mime == "image/svg+xml":
        png = svg_to_png(data)
        return WordImage("data:image/png;base64," + base64.b64encode(png).decode("ascii"), _svg_width(data))
    if mime not in _WORD_PICTURES:
        raise ImageRefused(f"an inlined image is {mime}; Word documents take PNG, JPEG, GIF or SVG")
    return WordImage("data:" + mime + ";base64," + base64.b64encode(data).decode("ascii"), None)
