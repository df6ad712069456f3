"""Charts as vector SVG, drawn with matplotlib and embedded in HTML and PDF alike.

Output is deterministic: a fixed hash salt for SVG ids, no date in the
metadata, text kept as text (so the PDF's words stay searchable and fonts
come from the stylesheet's families).  matplotlib is imported only when a
brief draws a chart that is not cached: importing it and drawing cost about
half a second.

Charts are cached by content (:func:`cached_bar_chart_svg`): the key hashes
the points, the labels, the options, this module's own source (the style is
written here) and matplotlib's version, so the same data and style give the
same file, and any change draws afresh.  The cache is a folder of SVG files
(``build/.cache/charts``), each written to a temporary name and renamed, and
a dictionary for the life of the process (the preview).
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html
import importlib.metadata
import io
import json
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from briefgen.corpus.cache import write_replacing

_METADATA = re.compile(r"<metadata>.*?</metadata>\s*", re.DOTALL)


@dataclass(frozen=True)
class BarPoint:
    label: str
    amount: Decimal
    value_label: str
    highlight: bool = False


def short_amount(value: float, symbol: str = "") -> str:
    """An axis tick in words a reader knows: US$50.2m, US$1bn, 2.7k, 950."""
    for scale, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(value) >= scale:
            return f"{symbol}{value / scale:,.4g}{suffix}"
    return f"{symbol}{value:,.4g}"


def bar_chart_svg(points: list[BarPoint], *, title: str, axis_label: str, log_scale: bool = False, symbol: str = "") -> str:
    """A horizontal bar chart as an SVG document; ``symbol`` prefixes the axis ticks (US$).

    The drawing is deterministic; :func:`cached_bar_chart_svg` keeps what it drew,
    in memory and under ``build/.cache/charts``, so a chart is drawn once.
    """
    import matplotlib

    matplotlib.use("svg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter

    with matplotlib.rc_context(
        {
            "svg.hashsalt": "briefgen",
            "svg.fonttype": "none",
            "font.family": ["Liberation Sans", "DejaVu Sans"],
            "font.size": 9,
            "axes.spines.top": False,
            "axes.spines.right": False,
        }
    ):
        height = 0.55 * len(points) + 1.1
        figure, axes = plt.subplots(figsize=(6.3, height))
        try:
            labels = [p.label for p in points]
            values = [float(p.amount) for p in points]
            colours = ["#b3261e" if p.highlight else "#1d3f6e" for p in points]
            bars = axes.barh(range(len(points)), values, color=colours, height=0.6)
            axes.set_yticks(range(len(points)), labels)
            axes.invert_yaxis()
            if log_scale:
                axes.set_xscale("log")
            axes.xaxis.set_major_formatter(FuncFormatter(lambda value, _: short_amount(value, symbol)))
            axes.set_xlabel(axis_label)
            axes.set_title(title, loc="left", fontsize=10, fontweight="bold")
            for bar, point in zip(bars, points, strict=True):
                axes.annotate(
                    point.value_label,
                    (bar.get_width(), bar.get_y() + bar.get_height() / 2),
                    xytext=(4, 0),
                    textcoords="offset points",
                    va="center",
                    fontsize=8,
                )
            axes.margins(x=0.25)
            figure.tight_layout()
            buffer = io.StringIO()
            figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
        finally:
            plt.close(figure)
    return _METADATA.sub("", buffer.getvalue())


_DRAWN: dict[str, str] = {}  # key → SVG, for the life of the process
_MAX_DRAWN = 256


@functools.cache
def _style_digest() -> str:
    """What else decides a chart's drawing: this module's code and matplotlib's version (read without importing it)."""
    try:
        matplotlib_version = importlib.metadata.version("matplotlib")
    except importlib.metadata.PackageNotFoundError:
        matplotlib_version = "absent"
    return hashlib.sha256(Path(__file__).read_bytes() + matplotlib_version.encode()).hexdigest()


def chart_key(points: list[BarPoint], *, title: str, axis_label: str, log_scale: bool, symbol: str) -> str:
    """The cache key of one chart: the hash of its data, its options and the style."""
    data = {
        "points": [[p.label, str(p.amount), p.value_label, p.highlight] for p in points],
        "title": title,
        "axis": axis_label,
        "log": log_scale,
        "symbol": symbol,
        "style": _style_digest(),
    }
    return hashlib.sha256(json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def cached_bar_chart_svg(
    points: list[BarPoint], *, title: str, axis_label: str, log_scale: bool = False, symbol: str = "", cache_dir: Path | None = None
) -> str:
    """:func:`bar_chart_svg`, drawn only when no chart of the same data and style is cached (in memory or in ``cache_dir``)."""
    key = chart_key(points, title=title, axis_label=axis_label, log_scale=log_scale, symbol=symbol)
    svg = _DRAWN.get(key)
    path = cache_dir / f"{key}.svg" if cache_dir is not None else None
    if svg is None and path is not None:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            text = ""
        svg = text if text.rstrip().endswith("</svg>") else None  # a file cut short is drawn again
    if svg is None:
        svg = bar_chart_svg(points, title=title, axis_label=axis_label, log_scale=log_scale, symbol=symbol)
        if path is not None:
            write_replacing(path, svg.encode("utf-8"))
    if len(_DRAWN) >= _MAX_DRAWN:
        _DRAWN.clear()
    _DRAWN[key] = svg
    return svg


def svg_image_tag(svg: str, alt: str) -> str:
    """The SVG as a self-contained ``<img>`` (a data: URL), for HTML and PDF alike.

    An image keeps the chart's own styles from leaking into the page (an
    inline ``<svg>``'s ``<style>`` would apply to the whole document) and is
    drawn by WeasyPrint's SVG renderer without CSS warnings.
    """
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return f'<img src="data:image/svg+xml;base64,{data}" alt="{html.escape(alt, quote=True)}">'
