"""Charts as vector SVG, drawn with matplotlib and embedded in HTML and PDF alike.

Output is deterministic: a fixed hash salt for SVG ids, no date in the
metadata, text kept as text (so the PDF's words stay searchable and fonts
come from the stylesheet's families).  matplotlib is imported only when a
brief actually draws a chart: it costs a noticeable fraction of a second.
"""

from __future__ import annotations

import base64
import functools
import html
import io
import re
from dataclasses import dataclass
from decimal import Decimal

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

    The drawing is deterministic, so one drawn for the same points is reused:
    ``check`` renders a brief at each of its as-of dates, mostly with the same chart.
    """
    return _drawn(tuple(points), title, axis_label, log_scale, symbol)


@functools.lru_cache(maxsize=32)
def _drawn(points: tuple[BarPoint, ...], title: str, axis_label: str, log_scale: bool, symbol: str) -> str:
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


def svg_image_tag(svg: str, alt: str) -> str:
    """The SVG as a self-contained ``<img>`` (a data: URL), for HTML and PDF alike.

    An image keeps the chart's own styles from leaking into the page (an
    inline ``<svg>``'s ``<style>`` would apply to the whole document) and is
    drawn by WeasyPrint's SVG renderer without CSS warnings.
    """
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return f'<img src="data:image/svg+xml;base64,{data}" alt="{html.escape(alt, quote=True)}">'
