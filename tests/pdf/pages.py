"""Reading a built PDF page by page as a reader sees it: margins, body, notes, how full each page is.

``pdftotext -bbox-layout`` gives every line with its position and height.
Lines in the top and bottom page margins are the running header and footer
(where the marking stands); body lines are the rest.  Notes are set in a
smaller type than the text, which is how they are told apart from it.  How full
a page is, is the share of its text area covered by runs of lines (a gap of
more than about one blank line ends a run), so a page with a few lines at the
top and notes at the foot counts as mostly blank, as a reader would say.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

MM = 72 / 25.4
TOP_MARGIN = 24 * MM  # paged.css: margin 24mm 20mm 22mm 22mm
BOTTOM_MARGIN = 22 * MM
NOTE_HEIGHT = 9.2  # pt: a line of 7.5 pt notes is shorter than this, a line of 8.5 pt table text or larger is not
_XHTML = "{http://www.w3.org/1999/xhtml}"


@dataclass(frozen=True, order=True)
class Line:
    top: float
    bottom: float
    text: str

    @property
    def is_note(self) -> bool:
        return self.bottom - self.top < NOTE_HEIGHT


@dataclass(frozen=True)
class Page:
    number: int
    height: float
    header: list[Line]
    body: list[Line]
    footer: list[Line]

    @property
    def fill(self) -> float:
        """Share of the text area covered by runs of lines."""
        runs: list[list[float]] = []
        for line in self.body:
            if runs and line.top - runs[-1][1] < 16:
                runs[-1][1] = max(runs[-1][1], line.bottom)
            else:
                runs.append([line.top, line.bottom])
        return sum(b - a for a, b in runs) / (self.height - TOP_MARGIN - BOTTOM_MARGIN)

    @property
    def text_lines(self) -> list[Line]:
        """Body lines that are not notes."""
        return [line for line in self.body if not line.is_note]

    @property
    def note_text(self) -> str:
        return "\n".join(line.text for line in self.body if line.is_note)


def read_pages(pdf: Path) -> list[Page]:
    """Every page of ``pdf``, its lines sorted top to bottom."""
    done = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    root = ElementTree.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", done.stdout))
    pages = []
    for number, page in enumerate(root.iter(f"{_XHTML}page"), start=1):
        height = float(page.get("height", "0"))
        lines = sorted(
            Line(float(line.get("yMin", "0")), float(line.get("yMax", "0")), " ".join(w.text or "" for w in line.iter(f"{_XHTML}word")))
            for line in page.iter(f"{_XHTML}line")
        )
        header = [line for line in lines if line.bottom < TOP_MARGIN - 4]
        footer = [line for line in lines if line.top > height - BOTTOM_MARGIN + 4]
        body = [line for line in lines if line not in header and line not in footer]
        pages.append(Page(number, height, header, body, footer))
    return pages


def notes_by_number(pages: list[Page]) -> dict[int, list[str]]:
    """Each note's text as printed at the page foot, by its number (a number printed twice has two entries)."""
    found: dict[int, list[str]] = {}
    text = "\n".join(page.note_text for page in pages)
    for match in re.finditer(r"(?m)^(\d+)\. (.*?)(?=^\d+\. |\Z)", text, re.DOTALL):
        found.setdefault(int(match.group(1)), []).append(" ".join(match.group(2).split()))
    return found
