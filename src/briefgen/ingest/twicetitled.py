"""The headline a page prints twice, above the lines that were taken for it.

Many news templates print the article's title twice: once in the page's title
block and again over the text, with a byline or a "Published on" stamp between
the two copies.  Above the first copy sit the site's own labels ("Connect with
us", a section's name), and the first of those short lines was read as the
headline while the real one stayed in the body, twice.  No line of furniture
is printed twice around an article's title, and no sentence of the article
repeats itself word for word before the text begins: a headline-shaped line
shown twice above the first paragraph is the headline, and what stands above
its first copy is furniture.

A title written as a sentence, closed by a full stop as some governments write theirs ("President of the Republic
of Turkey H.E. Recep Tayyip Erdoğan pays an official visit to the Republic of Azerbaijan."), looks like the lede, so
no line was taken as the headline; printed twice back to back as the page's first two lines, without a comma, it is
the title.  Ledes and captions are printed twice too ("President Paul Kagame, yesterday, arrived in Maputo, …"), but
they set their clauses, times and places apart with commas, which such a title does without, unless it is written in
title case, every long word capitalised ("During the Emir’s First Visit to Dhaka, Qatar and Bangladesh Sign Ten
Agreements for Cooperation." twice on thearabianmirror.com), as no lede or caption is.  Right under a photo's credit
("Photo by: Heng Chivoan"), the sentence printed twice is that photo's caption ("Vietnamese Prime Minister Nguyen Tan
Dung lays a wreath at the base of the Cambodia-Vietnam Friendship Monument.", a blog's reprint of a Phnom Penh story),
never a title: a title stands above its photo.

A breadcrumb trail saved as a bulleted list ends on the title ("• Home", "• Japan", "• Japan, Kenya agree to boost
defense cooperation"), and the title block prints it again without the bullet: the bullet is the list's, not the
title's, so the two lines are one title printed twice.
"""

from __future__ import annotations

import dataclasses
import re

from briefgen.ingest.header import headline_like, is_body, line_key, title_cased
from briefgen.ingest.text import Part, Removed

# How far down the page the two copies may sit: the title block and the byline's few lines.
_HEADER_LINES = 8
# A title has a few words: shorter lines ("Published", "News") repeat as labels, not as titles.
_MIN_WORDS = 4


# A list's bullet before a line: a breadcrumb trail saved as a list ("• Home", "• Japan", "• Japan, Kenya agree to …")
# ends on the title, which the title block then prints again without it.
_BULLET = re.compile(r"^\s*[•·▪◦]\s+")


def _unbulleted(line: str) -> str:
    return _BULLET.sub("", line)


def _as_titles(header: list[str]) -> list[str]:
    """The header's lines, a bulleted line without its bullet when a line without one says the same (a trail's last
    crumb and the title), never when every copy is bulleted (a ticker's repeated items)."""
    plain = {line_key(line) for line in header if not _BULLET.match(line)}
    return [_unbulleted(line) if _BULLET.match(line) and line_key(_unbulleted(line)) in plain else line for line in header]


def headline_printed_twice(part: Part) -> Part:
    """The part with a headline-shaped line printed twice above its first paragraph taken as its headline; the line
    read as the headline before and the lines above the first copy are furniture, the second copy a repeat.

    Kept as it is when the headline already has as many words as the repeated line, or already is that line."""
    header: list[str] = []
    for line in part.paragraphs[:_HEADER_LINES]:
        if is_body(line):
            break
        header.append(line)
    stopped = _stopped_title_twice(part)
    if stopped is not None:
        return stopped
    titles = _as_titles(header)
    keys = [line_key(line) for line in titles]
    twice = next(
        (i for i, line in enumerate(titles) if keys.count(keys[i]) == 2 and len(line.split()) >= _MIN_WORDS and headline_like(line)), None
    )
    if twice is None:
        return part
    title = titles[twice]
    if part.headline is not None and (line_key(part.headline) == keys[twice] or len(part.headline.split()) >= len(title.split())):
        return part
    second = keys.index(keys[twice], twice + 1)
    furniture = [Removed("page furniture", line) for line in ([part.headline] if part.headline else []) + header[:twice]]
    # The lines taken off below count the article's paragraphs above them; the furniture and the two copies are no
    # longer paragraphs, so a date line under the title block is counted as near the top as it stands.
    gone = [*range(twice + 1), second]
    removed = [dataclasses.replace(r, after=r.after - sum(i < r.after for i in gone)) for r in part.removed if r.kind != "headline"]
    rest = [line for i, line in enumerate(part.paragraphs) if i > twice and i != second]
    return dataclasses.replace(
        part,
        headline=title,
        paragraphs=rest,
        # In page order: the furniture above the first copy, the title, its repeat, then what was taken off below.
        removed=[*furniture, Removed("headline", title), Removed("repeated headline", header[second], second - twice - 1), *removed],
    )


def _stopped_title_twice(part: Part) -> Part | None:
    """The part with its first line taken as the headline when no headline was read and the first two lines are the
    same one sentence closed by a full stop, shaped as a headline otherwise (see the module's docstring); else None."""
    if part.headline is not None or len(part.paragraphs) < 3:
        return None
    first, second = part.paragraphs[0], part.paragraphs[1]
    if line_key(first) != line_key(second) or not first.endswith(".") or first.endswith(".."):
        return None
    if len(first.split()) < _MIN_WORDS or not headline_like(first[:-1]):
        return None
    if "," in first and not title_cased(first):  # a lede or caption printed twice; a title in title case may hold a comma
        return None
    if any(r.kind == "photo credit" and r.after == 0 for r in part.removed):  # "Photo by: Heng Chivoan" over it: a caption
        return None
    return dataclasses.replace(
        part,
        headline=first,
        paragraphs=part.paragraphs[2:],
        removed=[Removed("headline", first), *part.removed, Removed("repeated headline", second, 0)],
    )
