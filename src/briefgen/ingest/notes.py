"""The ``notes`` of an archived source: what was removed, and where each field came from.

An editor (or an auditor, years later) reads these to trust that the body is
the article word for word: every removed line is named, every layout change
is stated, and every empty field says why it is empty.
"""

from __future__ import annotations

import re
import urllib.parse

from briefgen.ingest.article import AddOptions, Described
from briefgen.ingest.fetch import Page
from briefgen.ingest.html import Extracted
from briefgen.ingest.meta import Found
from briefgen.ingest.prefixdate import without_month_prefix
from briefgen.ingest.text import CleanPage, Removed
from briefgen.text.english import number_word

_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
_CREDIT = re.compile(r"\((?:photo courtesy:\s*|photo:\s*|courtesy:\s*)?([^()]+)\)\s*$", re.IGNORECASE)
_WHERE = {
    "date line": "date line",
    "byline": "byline",
    "update line": "update line",
    "dateline": "dateline",
    "page metadata": "page's metadata",
    "address": "page's address",
    "time stamp": "time stamp below the headline",
    "lede": "lede's day (the only date near the top: check that the report went up that day)",
    "lone date line": "date alone on its line near the top or under the reading time (nothing else dates the page: check it)",
    "photo caption": "photo caption's day, the weekday the lede names (nothing else dates the page: check it)",
    "embedded post": "newest post the page embeds (nothing else dates it: check that the report went up that day)",
    "wire dateline": "wire dateline lower down the page (nothing else dates it: check that the report went up that day)",
}


def _and(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _short(text: str, words: int = 6) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def _ordinal(n: int) -> str:
    return _ORDINALS[n - 1] if 1 <= n <= len(_ORDINALS) else f"number {n}"


def _removed_phrases(removed: list[Removed], date_phrase: str | None) -> list[str]:
    """Each kind of removed furniture, once, in the order it appeared."""
    phrases: list[str] = [date_phrase] if date_phrase else []
    kinds: list[str] = []
    for item in removed:
        if item.kind not in kinds:
            kinds.append(item.kind)
    for kind in kinds:
        items = [r.text for r in removed if r.kind == kind]
        quoted = _and([f'"{t}"' for t in items])
        if kind == "headline":
            phrases.append("the headline line (kept as the title)")
        elif kind == "repeated headline":
            phrases += [
                f'the repeated headline in a different case ("{t}")' if t != removed[0].text else "the repeated headline" for t in items
            ]
        elif kind == "headline again":
            copies = list(dict.fromkeys(items))
            times = f", {len(items)} times" if len(copies) < len(items) else ""
            titles = _and([f'"{t}"' for t in copies])
            phrases.append(f"the headline printed again lower on the page, heading no second article ({titles}{times})")
        elif kind == "story excerpt":
            phrases += [f'the story\'s excerpt printed above it ("{_short(t)}")' for t in items]
        elif kind == "related teaser":
            teasers = _and([f'"{_short(t)}"' for t in dict.fromkeys(items)])
            phrases.append(f"a related story's teaser under the box's heading ({teasers})")
        elif kind == "story's own heading":
            phrases += [f'the story\'s own heading below its excerpt ("{t}")' for t in items]
        elif kind == "gallery counter":
            phrases.append(f"the photo-gallery counter{'s' if len(items) > 1 else ''} {quoted}")
        elif kind == "photo caption":
            described = []
            for text in items:
                credit = _CREDIT.search(text)
                by = f" credited to {credit.group(1).strip()}" if credit else ""
                described.append(f'"{_short(text)}"{by}')
            phrases.append(f"{number_word(len(items))} photo caption{'s' if len(items) > 1 else ''} ({'; '.join(described)})")
        elif kind == "byline":
            phrases += [f'the byline line "{t}" (what it states is kept in the metadata)' for t in items]
        elif kind == "update line":
            phrases += [f'the "{t}" line' for t in items]
        elif kind == "link line":
            phrases += [f'the link line "{t}"' for t in items]
        elif kind == "masthead":
            phrases += [f'the site\'s name over the article, "{t}" (its masthead)' for t in items]
        elif kind == "standfirst":
            phrases += [f'the standfirst "{_short(t)}" over the text (the page kept no headline)' for t in items]
        else:
            phrases.append(quoted)
    return phrases


def _date_line_phrase(cleaned: CleanPage, number: int, removed: list[Removed]) -> str | None:
    if not cleaned.date_line or number != 1:
        return None
    prefix = f'"date {cleaned.date_line}"'
    if cleaned.date_line_glued:
        return f"the leading {prefix} prefix, which was glued to the first paragraph (the rest of that paragraph is kept)"
    if cleaned.date_line_debris is not None:
        if removed and removed[0].text == cleaned.date_line_debris:
            removed.pop(0)
        return f'the first line, the {prefix} prefix glued to the page debris "{cleaned.date_line_debris}"'
    return f"the leading {prefix} line"


def _credits(removed: list[Removed]) -> list[str]:
    names = []
    for item in removed:
        if item.kind == "photo caption":
            credit = _CREDIT.search(item.text)
            if credit:
                names.append(credit.group(1).strip())
    return names


def compose_notes(
    article: Described,
    cleaned: CleanPage,
    page: Page,
    html: Extracted | None,
    others: dict[int, tuple[str | None, str]],
    options: AddOptions,
) -> str:
    """One paragraph of plain sentences, in the style of the corpus's hand-written notes."""
    part, found = article.part, article.found
    sentences: list[str] = []
    origin = f"Archived from {page.name or page.display}"
    if len(cleaned.parts) > 1:
        origin += f", the {_ordinal(article.number)} of the {number_word(len(cleaned.parts))} articles on that page"
    sentences.append(origin + ".")
    if html is not None:
        sentences.append(
            "The main text was extracted from the HTML page with trafilatura, which leaves out the page's menus, "
            "share buttons, images and captions, related links and footer."
        )
    removed = list(part.removed)
    date_phrase = _date_line_phrase(cleaned, article.number, removed)
    phrases = _removed_phrases(removed, date_phrase)
    sentences.append(f"Removed {_and(phrases)}." if phrases else "Nothing was removed from the text.")
    if part.standfirst_lines:
        sentences.append(
            f'The {number_word(part.standfirst_lines)} standfirst "•" summary line{"s are" if part.standfirst_lines > 1 else " is"} '
            "kept as body paragraphs, with leading spaces stripped."
        )
    if cleaned.single_breaks and html is None:  # an extractor's paragraphs are its own layout
        sentences.append(
            "The text separates paragraphs with single line breaks; here they are separated by blank lines, the text itself unchanged."
        )
    if cleaned.hard_wrapped:
        sentences.append("The text was wrapped at a fixed width; the lines of each paragraph are joined with single spaces.")
    if part.trailing_stripped:
        what = "non-breaking spaces" if part.nbsp_stripped else "spaces"
        count = part.trailing_stripped
        sentences.append(f"Trailing {what} at the ends of {number_word(count)} paragraph{'s' if count > 1 else ''} were stripped.")
    if cleaned.trailing_blank_dropped and article.number == len(cleaned.parts):
        sentences.append("A trailing empty line was dropped.")

    sentences.append(
        _said(
            found.get("title"),
            missing="The text states no headline, so the title is left empty.",
            option="The title was given by the editor.",
            metadata="The title is the headline the page declares.",
            text="The title is the headline as displayed.",
        )
    )
    title = found.get("title")
    if title is not None and title.where == "headline" and (kept := without_month_prefix(title.evidence)) != title.evidence:
        sentences.append(f'Its "{title.evidence[: len(title.evidence) - len(kept)].strip()}" capture prefix is left out of it.')

    titled = found.get("titled")
    if titled is not None:
        sentences.append(
            f'The first line "{_short(titled.value, 8)}" is the title because the page\'s name in its address spells it '
            f"({titled.evidence}), though the lines below it look like a list of points."
        )
    kicker = found.get("kicker")
    if kicker is not None:
        sentences.append(
            f'The first line "{_short(kicker.value, 8)}" shares no word with the page\'s name in its address ({kicker.evidence}), '
            "so it is kept as text, not taken as the headline."
        )
    standfirst = found.get("standfirst")
    if standfirst is not None:
        sentences.append(
            f'The first line "{_short(standfirst.value, 8)}" is written as prose and spells little of the page\'s name in its '
            f"address ({standfirst.evidence}): a standfirst, not taken as the headline."
        )
    published = found.get("published")
    if published is None:
        relative = [r.text for r in part.removed_of("update line")]
        shown = f' (the only date shown is the relative "{relative[0]}")' if relative else ""
        if cleaned.date_line and article.number == 1:  # the prefix is read unless the dateline contradicts it (:mod:`prefixclash`)
            shown = f' (the "date {cleaned.date_line}" prefix is not taken: the dateline\'s day does not fit it)'
        sentences.append(f"The text states no publication date{shown}, so published is left empty.")
    elif published.where == "option":
        sentences.append("The publication date was given by the editor.")
    else:
        agreeing = [c for c in article.published_candidates if c.value == published.value]
        wheres = []
        for c in agreeing:
            label = _WHERE.get(c.where, c.where)
            if label not in wheres:
                wheres.append(label)
        if len(wheres) > 1:
            sentences.append(f"The {_and(wheres)} all give {published.value}.")
        elif published.where == "update line":
            sentences.append(
                f'The published date is the stated update date ("{published.evidence}"); the text gives no other publication date.'
            )
        elif published.where == "date line":
            sentences.append("The date of that line is kept as published.")
        else:
            sentences.append(f'The published date is from the {_WHERE.get(published.where, published.where)} ("{published.evidence}").')
        disagreeing = sorted({c.value for c in article.published_candidates} - {published.value})
        if disagreeing:
            sentences.append(
                f"Other dates stated: {', '.join(disagreeing)}; the {_WHERE.get(published.where, published.where)} was preferred."
            )

    outlet = found.get("outlet")
    if outlet is None:
        credits = _credits(part.removed)
        aside = (
            f" ({_and(credits)} appear{'s' if len(credits) == 1 else ''} only as photo credits, in captions that were removed)"
            if credits
            else ""
        )
        wire = found.get("wire_credit")
        if wire is not None:
            sentences.append(
                f'The dateline credits the wire agency "{wire.value}", which wrote the copy but did not publish this page, and '
                f"the site {wire.evidence} is not in the table of known sites, so outlet is empty (give --outlet, or add the "
                "site to facts/outlets.yaml)."
            )
        else:
            sentences.append(f"The text names no outlet, so outlet is empty{aside}.")
            url_found = found.get("url")
            if url_found is not None and url_found.value:
                host = (urllib.parse.urlsplit(url_found.value).hostname or "").removeprefix("www.")
                sentences.append(
                    f"The site {host} is not in the table of known sites, and its name cannot be read for certain from the "
                    "address alone: give --outlet, or add the site to facts/outlets.yaml."
                )
    elif outlet.where == "option":
        sentences.append("The outlet was given by the editor.")
    elif outlet.where == "lede":
        sentences.append(f'The outlet is taken from the text ("{outlet.evidence}").')
    elif outlet.where == "statement":
        sentences.append(f'The outlet is the one the text says it appears in ("{outlet.evidence}").')
    elif outlet.where == "site":
        sentences.append(f"The outlet is the one the site {outlet.evidence} belongs to (the table of known sites).")
    elif outlet.where == "text":
        sentences.append(f'The outlet is the name in the text that spells the site\'s domain ("{outlet.evidence}").')
    elif outlet.where == "address":
        sentences.append(
            f"The outlet is the name of the site {outlet.evidence}, read from its address as words (the text's names, words "
            f'that name outlets, or the one word its name is) ("{outlet.value}"); the site is not in the table of known sites, '
            "so check it."
        )
    elif outlet.where == "promo":
        sentences.append(
            f'The outlet is the one the page\'s own promotion or staff byline names ("{outlet.evidence}"); the site is not '
            "in the table of known sites, so check it."
        )
    elif outlet.where == "own name":
        sentences.append(f'The outlet is the name the page gives itself in its own voice ("{outlet.evidence}").')
    elif outlet.where == "masthead":
        sentences.append(f'The outlet is the masthead printed on a line of its own ("{outlet.evidence}"), which opens the address.')
    elif outlet.where == "dateline":
        sentences.append(f'The outlet is the one the dateline names, "{outlet.evidence}"; the dateline stays in the body as article text.')
    else:
        sentences.append("The outlet is the site name the page declares.")

    sentences.append(
        _said(
            found.get("author"),
            missing="No author is named, so author is empty.",
            option="The author was given by the editor.",
            metadata="The author is the one the page declares.",
            text="The author is taken from the byline.",
        )
    )

    place = found.get("place")
    if place is None:
        sentences.append("The text has no dateline, so place is empty.")
    elif place.where in {"credit line", "byline"}:  # "AP Baku", "Deji Elumoye in Abuja": a header line, no dateline
        sentences.append(f'Place is from the {place.where} "{place.evidence}".')
    else:
        sentences.append(f'Place is the dateline "{place.evidence}".')

    url = found.get("url")
    claimed_url, claimed_outlet = found.get("claimed_url"), found.get("claimed_outlet")
    if url is None:
        sentences.append("The input carries no URL.")
    elif url.where == "fetched":
        sentences.append("The URL is the address the page was fetched from.")
        if claimed_url is not None:
            sentences.append(f"The page declares its canonical address as {claimed_url.value}; that is the page's claim, not checked.")
    elif url.where == "page metadata":
        sentences.append("The URL is the page's declared canonical address.")
    else:
        sentences.append("The URL was given by the editor.")

    if claimed_outlet is not None:
        sentences.append(
            f'The page calls its site "{claimed_outlet.value}", but was not fetched from the address it declares, '
            "so that is kept here as the page's claim and not as the outlet."
        )
    if not options.source_id and not found.get("outlet"):
        sentences.append("The id is descriptive because no outlet is known.")
    for number, (other_id, head) in sorted(others.items()):
        where = f"archived as {other_id}" if other_id else "not archived here (use --part to keep it)"
        sentences.append(f'The {_ordinal(number)} article on the page ("{_short(head, 8)}") is {where}.')
    return " ".join(" ".join(sentences).split())


def _said(field: Found | None, *, missing: str, option: str, metadata: str, text: str) -> str:
    """The notes' sentence on where a field came from: nowhere, the editor, the page's metadata, or the text."""
    if field is None:
        return missing
    return {"option": option, "page metadata": metadata}.get(field.where, text)
