"""Cleaning a page's text into article bodies, word for word.

A page copied from a news site carries furniture around the article: a
leading ``date YYYY-MM-DD`` line, share and follow buttons, gallery counters
("1 / 2") with their photo captions, menus, "Also Read" links, "Updated …"
and byline lines, and the headline shown twice.  This module removes exactly
those lines and records each removal (the archived source's ``notes`` list
them); every other line is kept verbatim, one paragraph per line, with only
the whitespace at its ends stripped.

A page may also hold several articles one after another (a site that
appends the next story): each starts with a headline followed by its own
furniture, and each becomes a :class:`Part`.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from dataclasses import dataclass, field

from briefgen.ingest.bylines import byline_kind, is_stamp_line
from briefgen.ingest.commentforms import comment_form_kind
from briefgen.ingest.falseparts import fold_false_parts
from briefgen.ingest.furniture import FURNITURE
from briefgen.ingest.gluedledes import is_glued_lede
from briefgen.ingest.header import (
    MENU_LINES,
    author_box_lines,
    caption_line,
    headline_above_dateline,
    headline_like,
    is_bare_name,
    is_body,
    is_kicker,
    is_label_line,
    is_menu_block,
    quoted_headline,
    title_cased,
)
from briefgen.ingest.linkheadings import heads_a_list
from briefgen.ingest.maillines import heads_mail_line
from briefgen.ingest.menurows import menu_row_kind
from briefgen.ingest.meta import is_day_line
from briefgen.ingest.officecaptions import names_by_office
from briefgen.ingest.overlines import is_overline
from briefgen.ingest.scripts import script_kind
from briefgen.ingest.sitelabels import listed_kind, site_label_kind
from briefgen.ingest.sourcecredits import credit_kind
from briefgen.ingest.toolbars import toolbar_kind
from briefgen.ingest.twiceheaders import twice_printed_header
from briefgen.ingest.videotitles import video_player_lines
from briefgen.ingest.widgets import widget_kind
from briefgen.ingest.widthwrapped import breaks_inside, wrapped_in_one_block
from briefgen.text.english import is_bullet
from briefgen.text.quotes import fold

# A leading capture date, alone on its line or glued to the first paragraph.
_DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})(?:\s+(.*?))?\s*$", re.IGNORECASE)

# Breadcrumbs glued to the headline: "HomeWorldAsiaAlexander Lukashenko pays working visit to China".
_CRUMBS = re.compile(r"(?:[A-Z][a-z]+){2,}")


@dataclass(frozen=True)
class Removed:
    """A line of page furniture taken out, and what it was."""

    kind: str
    text: str
    after: int = 0  # how many of the article's paragraphs come before it: a date line near the top follows few


@dataclass
class Part:
    """One article on the page: its headline, its paragraphs and what was removed."""

    headline: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    standfirst_lines: int = 0  # bullet lines kept as paragraphs, leading spaces stripped
    trailing_stripped: int = 0  # paragraphs whose trailing spaces or NBSPs were stripped
    nbsp_stripped: bool = False

    @property
    def body(self) -> str:
        """The archived body: paragraphs separated by one blank line, ending in a newline."""
        return "\n\n".join(self.paragraphs) + "\n" if self.paragraphs else ""

    def removed_of(self, kind: str) -> list[Removed]:
        return [r for r in self.removed if r.kind == kind]


@dataclass
class CleanPage:
    """A page cut into its articles, with what the cleaning did to the page as a whole."""

    parts: list[Part]
    date_line: str | None = None  # the ISO date of a leading "date …" line
    date_line_glued: bool = False  # that line ran on into the first paragraph
    date_line_debris: str | None = None  # furniture on the same line as the date ("Open Menu")
    single_breaks: bool = False  # paragraphs were separated by single line breaks
    hard_wrapped: bool = False  # lines were joined back into paragraphs
    trailing_blank_dropped: bool = False


@dataclass
class _Line:
    text: str  # stripped
    raw: str
    kind: str  # "text", "blank" or a furniture kind
    block: int  # index of the blank-line-separated block


def furniture_kind(text: str) -> str | None:
    """The kind of page furniture a whole (stripped) line is, or None for article text."""
    lowered = text.casefold()
    for kind, pattern in FURNITURE:
        if pattern.fullmatch(lowered):
            return kind
    return (
        byline_kind(text)
        or widget_kind(text)
        or script_kind(text)
        or site_label_kind(text)
        or comment_form_kind(text)
        or toolbar_kind(text)
        or menu_row_kind(text)
    )


def _same_headline(a: str, b: str) -> bool:
    return fold(a).casefold() == fold(b).casefold()


def _looks_hard_wrapped(lines: list[_Line]) -> bool:
    """True for text wrapped at a fixed width (an e-mail, a terminal copy)."""
    texts = [ln.text for ln in lines if ln.kind == "text"]
    if len(texts) < 6 or max(len(t) for t in texts) > 100:
        return False
    blocks: dict[int, int] = {}
    for ln in lines:
        if ln.kind == "text" and not is_bullet(ln.text):
            blocks[ln.block] = blocks.get(ln.block, 0) + 1
    multi = sum(1 for n in blocks.values() if n > 1)
    medium = sum(1 for t in texts if 30 <= len(t) <= 90)
    return multi >= 2 and medium >= 0.7 * len(texts)


def _classify(text: str) -> tuple[list[_Line], str | None, str]:
    """Lines with their kinds; the leading date line is taken off first."""
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n")
    date_line: str | None = None
    rest = ""
    for index, raw in enumerate(raw_lines):
        if not raw.strip():
            continue
        match = _DATE_LINE.match(raw)
        if match:
            date_line = match.group(1)
            rest = match.group(2) or ""
            raw_lines[index] = rest
        break
    lines: list[_Line] = []
    block = 0
    previous: str | None = None  # the kind of the line right above, for a caption under a counter, a list under its heading
    for raw in raw_lines:
        stripped = raw.strip()
        if not stripped:
            lines.append(_Line("", raw, "blank", block))
            block += 1
            previous = None
            continue
        kind = furniture_kind(stripped)
        if kind is None:
            kind = listed_kind(previous, stripped)
        previous = kind
        lines.append(_Line(stripped, raw, kind or "text", block))
    _keep_list_headings(lines)
    _mark_twice_header(lines)
    _mark_breadcrumbs(lines)
    _mark_menus(lines)
    _mark_teasers(lines)
    _mark_labels(lines)
    _mark_bare_byline(lines)
    return lines, date_line, rest.strip()


def _keep_list_headings(lines: list[_Line]) -> None:
    """A link box's heading over the items of a list stays text with them (:mod:`briefgen.ingest.linkheadings`)."""
    texts = [i for i, ln in enumerate(lines) if ln.kind != "blank"]
    for number, i in enumerate(texts):
        following = lines[texts[number + 1]].text if number + 1 < len(texts) else None
        if lines[i].kind == "link line" and heads_a_list(lines[i].text, following):
            lines[i] = dataclasses.replace(lines[i], kind="text")


def _mark_twice_header(lines: list[_Line]) -> None:
    """The site's name and motto printed twice at the top of the page, once for each layout: page furniture, not the
    headline (:mod:`briefgen.ingest.twiceheaders`)."""
    shown = [i for i, ln in enumerate(lines) if ln.kind != "blank"]
    size = twice_printed_header([lines[i].text for i in shown])
    for i in shown[: 2 * size]:
        lines[i] = _Line(lines[i].text, lines[i].raw, "site header", lines[i].block)


def _mark_menus(lines: list[_Line]) -> None:
    """Blocks of short lines above the article's first paragraph are a site's section menu; a header line repeating
    one of its entries is a section label ("Russian Politics & Diplomacy" over the headline), not a headline."""
    first_body = next((i for i, ln in enumerate(lines) if ln.kind == "text" and is_body(ln.text)), len(lines))
    entries: set[str] = set()
    for block in {ln.block for ln in lines[:first_body] if ln.kind != "blank"}:
        members = [i for i, ln in enumerate(lines[:first_body]) if ln.block == block and ln.kind != "blank"]
        words = [lines[i].text for i in members if lines[i].kind == "text"]
        # Something must stand between the menu and the article (its headline): a page copied with single line
        # breaks may run headline, byline and date together in one block right above the text.
        later = any(ln.kind == "text" and ln.block > block for ln in lines[:first_body])
        if later and len(words) >= MENU_LINES and is_menu_block([lines[i].text for i in members]):
            for i in members:
                if lines[i].kind == "text":
                    entries.add(lines[i].text.casefold())
                    lines[i] = _Line(lines[i].text, lines[i].raw, "menu", lines[i].block)
    for i, line in enumerate(lines[:first_body]):
        if line.kind == "text" and line.text.casefold() in entries:
            lines[i] = _Line(line.text, line.raw, "section label", line.block)


def _mark_teasers(lines: list[_Line]) -> None:
    """Teasers of other stories at the top of a page: a headline and one paragraph cut off with an ellipsis
    ("… will supply casing, tubing, and..."), right above another headline (or a breadcrumb trail ending in one).
    An article's own paragraph is not cut off, so the pair is page furniture, not an article of the page."""
    texts = [i for i, ln in enumerate(lines) if ln.kind in {"text", "breadcrumb"}]
    for number, i in enumerate(texts[1:-1], start=1):
        line, above, below = lines[i], lines[texts[number - 1]], lines[texts[number + 1]]
        if line.kind != "text" or above.kind != "text" or not is_body(line.text):
            continue
        if not re.search(r"(?:\.\.\.|…)$", line.text):
            break  # the first whole paragraph: the article has begun
        if headline_like(above.text) and (below.kind == "breadcrumb" or headline_like(below.text)):
            for j in (texts[number - 1], i):
                lines[j] = _Line(lines[j].text, lines[j].raw, "teaser", lines[j].block)


def _mark_labels(lines: list[_Line]) -> None:
    """Section names and one-word labels above the article's first paragraph ("Middle East", "TÜRKİYE" over the
    headline) are page furniture: the headline is the first line that says something."""
    first_body = next((i for i, ln in enumerate(lines) if ln.kind == "text" and is_body(ln.text)), len(lines))
    texts = [i for i, ln in enumerate(lines) if ln.kind == "text"]
    for number, i in enumerate(texts):
        if i >= first_body:
            break
        following = lines[texts[number + 1]].text if number + 1 < len(texts) else None
        if is_label_line(lines[i].text, following):
            lines[i] = _Line(lines[i].text, lines[i].raw, "section label", lines[i].block)


def _mark_bare_byline(lines: list[_Line]) -> None:
    """A person's name alone on the first line, right above the lede ("Elnur Enveroglu"), is the byline, not a headline,
    and so is a first line right above an e-mail address alone on its line (:mod:`maillines`);
    a section's label right above the headline ("Azerbaijan–Turkey Relations") is not the headline either, nor a photo's
    caption naming the person pictured by office alone (:mod:`officecaptions`); nor is an author's box further down (the
    name printed twice, then the outlet's)."""
    texts = [i for i, ln in enumerate(lines) if ln.kind == "text"]
    below = " ".join(lines[i].text for i in texts[1:4])
    heads = [lines[i].text for i in texts[:3]]  # an overline over the headline is no headline either (:mod:`overlines`)
    if len(texts) >= 2 and is_body(lines[texts[1]].text) and is_bare_name(lines[texts[0]].text, below):
        first = lines[texts[0]]
        lines[texts[0]] = _Line(first.text, first.raw, "byline", first.block)
    elif len(texts) >= 2 and names_by_office(lines[texts[0]].text, below):
        first = lines[texts[0]]  # "Australian Prime Minister Scott Morrison" over a text naming him: a photo's caption
        lines[texts[0]] = _Line(first.text, first.raw, "photo caption", first.block)
    elif len(texts) >= 2 and (is_kicker(heads[0], heads[1]) or is_overline(heads[0], heads[1], heads[2] if len(heads) > 2 else None)):
        first = lines[texts[0]]
        lines[texts[0]] = _Line(first.text, first.raw, "section label", first.block)
    if len(texts) >= 2 and heads_mail_line(lines[texts[0]].text, lines[texts[1]].text):  # "Senior Reporter" over an address
        for i in texts[:2]:
            lines[i] = _Line(lines[i].text, lines[i].raw, "byline", lines[i].block)
    for i in author_box_lines([ln.text for ln in lines], [ln.kind for ln in lines]):  # a name printed twice, below
        lines[i] = _Line(lines[i].text, lines[i].raw, "byline", lines[i].block)
    for i in video_player_lines([ln.text for ln in lines], [ln.kind for ln in lines]):  # a clip's length and title twice
        lines[i] = _Line(lines[i].text, lines[i].raw, "video player", lines[i].block)


def _mark_breadcrumbs(lines: list[_Line]) -> None:
    """A line that is section names glued onto the next line's text is a breadcrumb trail, not the headline."""
    texts = [i for i, ln in enumerate(lines) if ln.kind == "text"]
    for here, there in itertools.pairwise(texts):
        line, following = lines[here], lines[there].text
        if line.text != following and line.text.endswith(following) and _CRUMBS.fullmatch(line.text[: -len(following)]):
            lines[here] = _Line(line.text, line.raw, "breadcrumb", line.block)


def _part_starts(items: list[_Line]) -> list[int]:
    """Indexes (into the non-blank lines) where an article begins.

    The first line starts an article when it looks like a headline; a later
    headline-like line starts one when furniture or its own repetition
    follows before the article's first paragraph.
    """
    starts: list[int] = []
    for index, item in enumerate(items):
        if item.kind != "text":
            continue
        first_text = all(not _is_text(it) for it in items[:index])  # a photo's caption above the headline is no text of its own
        following = items[index + 1 :]
        if first_text and headline_above_dateline(item.text, next((it.text for it in following if it.kind == "text"), None)):
            starts.append(index)
            continue
        if not (headline_like(item.text) or (first_text and quoted_headline(item.text))) or is_stamp_line(item.text):
            continue  # a time stamp ("03 May 2022 02:05:25 GMT+9", printed twice) heads no article
        if is_day_line(item.text):
            continue  # nor a print dateline alone on its line ("Freetown, Sierra Leone – November 19, 2024")
        if credit_kind(item.text):
            continue  # "Source: REUTERS" under a photo, "Read more": a credit or a link's label heads no article either
        if not following:
            continue
        if starts and not any(_is_text(it) and is_body(it.text) for it in items[starts[-1] + 1 : index]):
            # A second headline before the first article's text (a photo's caption is none) is its standfirst or byline.
            continue
        if starts and _same_headline(item.text, items[starts[-1]].text):
            continue  # the headline shown again below its standfirst or photo: the same article
        if first_text and not starts and _summary_points(following, item.text) and not title_cased(item.text):
            continue  # three short unpunctuated lines in a row are the article's summary points, not a headline
        chrome = False
        for nxt in following[:12]:
            if nxt.kind != "text" or _same_headline(nxt.text, item.text):
                # A stray "Also Read" link after a subheading is not an article's header.
                chrome = chrome or nxt.kind not in {"link line", "menu"}
                continue
            if headline_like(nxt.text) or caption_line(nxt.text):
                continue
            break
        if (chrome or (first_text and not starts)) and (not starts or index > starts[-1]):
            starts.append(index)
    return starts


def _is_text(item: _Line) -> bool:
    """A line of the article's text: not furniture, and not a photo's caption (which never is a headline either)."""
    return item.kind == "text" and (not caption_line(item.text) or is_bullet(item.text))


def _summary_points(following: list[_Line], first: str) -> bool:
    """Whether the two lines right after the first are also headline-like text: a list of summary points.

    A section label or a date line between them ("Russian Politics & Diplomacy") makes the first line a headline
    with its page furniture below, not the first of a list.
    """
    rest = [it for it in following if not (it.kind == "text" and _same_headline(it.text, first))][:2]
    return len(rest) == 2 and all(it.kind == "text" and headline_like(it.text) for it in rest)


def _build_part(items: list[_Line], has_headline: bool) -> Part:
    part = Part()
    in_header = True
    repeated = False
    for position, item in enumerate(items):
        if position == 0 and has_headline:
            part.headline = item.text
            part.removed.append(Removed("headline", item.text))
            continue
        if item.kind != "text":
            part.removed.append(Removed(item.kind, item.text, len(part.paragraphs)))
            continue
        if part.headline and _same_headline(item.text, part.headline):
            part.removed.append(Removed("repeated headline", item.text, len(part.paragraphs)))
            repeated = True
            continue
        # The headline printed again over the photo, below the standfirst: the photo's caption follows it.
        header = in_header or repeated
        repeated = False
        if header and caption_line(item.text) and not is_bullet(item.text) and not is_glued_lede(item.text):
            part.removed.append(Removed("photo caption", item.text, len(part.paragraphs)))
            continue
        if is_bullet(item.text):
            part.standfirst_lines += 1
        else:
            in_header = False
        body_text = item.raw.lstrip()
        kept = body_text.rstrip()
        if kept != body_text:
            part.trailing_stripped += 1
            if "\u00a0" in body_text[len(kept) :]:
                part.nbsp_stripped = True
        part.paragraphs.append(kept)
    return part


def _join_wrapped(lines: list[_Line], only_inside: bool = False) -> list[_Line]:
    """Join the lines of each block of article text into one line (``only_inside``: where a sentence runs on)."""
    joined: list[_Line] = []
    for line in lines:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and line.kind == "text"
            and previous.kind == "text"
            and previous.block == line.block
            and not is_bullet(line.text)
            and (not only_inside or breaks_inside(previous.text, line.text))
        ):
            text = f"{previous.text} {line.text}"
            joined[-1] = _Line(text, text, "text", line.block)
        else:
            joined.append(line)
    return joined


def clean_page(text: str, *, one_article: bool = False) -> CleanPage:
    """Cut a page's plain text into articles, removing only page furniture.

    ``one_article``: the editor says the page holds one article, whatever its
    shapes suggest (a wire credit line over a photo caption, a caption printed
    twice, each read as a second headline): one part, from the top.
    """
    lines, date_line, rest = _classify(text)
    debris = bool(rest) and furniture_kind(rest) is not None
    page = CleanPage(parts=[], date_line=date_line, date_line_glued=bool(rest) and not debris, date_line_debris=rest if debris else None)
    page.trailing_blank_dropped = bool(lines) and lines[-1].kind == "blank" and any(ln.kind != "blank" for ln in lines)
    one_block = wrapped_in_one_block([(ln.kind, ln.text) for ln in lines])  # no blank line: see .widthwrapped
    if one_block or _looks_hard_wrapped(lines):
        page.hard_wrapped = True
        lines = _join_wrapped(lines, only_inside=one_block)
    items = [ln for ln in lines if ln.kind != "blank"]
    page.single_breaks = any(
        a.kind == "text" and b.kind == "text" and a.block == b.block and not is_bullet(a.text) and not is_bullet(b.text)
        for a, b in itertools.pairwise(items)
    )
    starts = _part_starts(items)[: 1 if one_article else None]
    bounds = starts or [0]
    if bounds[0] != 0:
        bounds = [0, *bounds[1:]] if one_article or not any(_is_text(it) for it in items[: bounds[0]]) else [0, *bounds]
    for number, begin in enumerate(bounds):
        end = bounds[number + 1] if number + 1 < len(bounds) else len(items)
        chunk = items[begin:end]
        first_text = next((i for i, it in enumerate(chunk) if _is_text(it)), None)
        has_headline = first_text is not None and (begin + first_text) in starts
        if has_headline and first_text:
            # Furniture above the headline (a menu line) belongs to this part.
            part = _build_part(chunk[first_text:], True)
            part.removed[:0] = [Removed("photo caption" if it.kind == "text" else it.kind, it.text) for it in chunk[:first_text]]
        else:
            part = _build_part(chunk, has_headline)
        if part.paragraphs:
            page.parts.append(part)
        elif page.parts:  # a closing part with no text ("(END) DHT/MVB" over "Published: 7/7/2017"): the page's foot
            page.parts[-1].removed += [Removed("furniture part", r.text, len(page.parts[-1].paragraphs)) for r in part.removed]
    fold_false_parts(page.parts, Removed)  # a title printed again, a caption, an excerpt, a poll: no article of their own
    return page
