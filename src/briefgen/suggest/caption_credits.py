"""Picture credits that close a caption's line wherever it stands, and the caption glued to a lede before its credit.

Cleaning takes a caption off only above the article's first paragraph (:mod:`briefgen.ingest.text`).  Below a
standfirst, a kicker or a body paragraph the caption stays in the text, and its sentences were drafted as claims an
editor deletes: the event a picture shows is told in the report, with its date and its source.  The credit that
closes the caption's line gives it away, in shapes :func:`briefgen.suggest.furniture.closes_with_credit` does not read:

- a picture labelled in brackets: "The talks between State President Luong Cuong and his French counterpart
  Emmanuel Macron in Hanoi on May 26 (Photo: VNA)" (VietnamPlus), "… August 18, 2023 (Photo : PD)" (Borkena);
- a wire and its photographer in square brackets: "… on Wednesday. … [Photo/Xinhua]" (CPPCC), "… on Monday.
  [Xinhua/Yao Dawei]" (Qiushi);
- the picture and its source after the last full stop, with no label's colon: "… to the Baoshan Museum in
  Shanghai. Photo / RNZ" (NZ Herald), "… on May 22, Monday. ANI Photo" (Mid-day);
- a source after a slash: "… on August 25. / Source: Yonhap |" (Asia Today), "… economic ties and cooperation.
  /PCS." (Capital FM, the President's communication service).

A report's paragraph ends on its own words or a wire's sign-off ("… projects. (PTI)"), never on a picture's label or
on a photographer; a labelled credit with a colon and no bracket ("… 2024. Photo: Agency") is left alone, as
:mod:`briefgen.suggest.furniture` explains.  Every sentence of such a line is the caption, but a plan ("will attend")
shows no picture and is drafted, as there.

A caption's credit in brackets also stands between a caption and the lede run on after it: "… Chinese President Xi
Jinping and President Cyril Ramaphosa. (Xinhua/Xie Huanchi) On Monday, Ramaphosa’s State Visit to China officially
commences with a welcome ceremony at the Great Hall of the People." (IOL).  The sentence after the caption then opens
on the credit, and its draft quoted it; :func:`leading_credit_length` tells how much to leave out, so that the lede's
sentence is drafted alone.

A lede with a caption glued to its end keeps its line (:mod:`briefgen.ingest.gluedledes`), and the caption's sentence
was drafted beside the lede: "New Delhi: India and Kuwait on Sunday elevated their relationship … Prime Minister
Narendra Modi with his Kuwaiti counterpart Sheikh Ahmad Abdullah Al-Ahmad Al-Sabah during a meeting, in Kuwait,
Sunday. (PTI)" (Hindustan Times).  The caption is the line's last sentence, right before a credit in brackets, and it
has no verb: it names who is in the picture and where, as no sentence of a report does.  It is split off the lede and
not drafted; the lede is drafted alone.  The same page sets the credit without a stop before it ("… in Athens on
Friday (PTI/Via PIB)"), so the whole line reads as a caption closed by its credit; the lede opening on its dateline
("NEW DELHI: Greece on Friday conferred …") with the caption after it on the line is the report's first sentence, no
caption, and is drafted (:func:`lede_before_caption`).
"""

from __future__ import annotations

import re

from briefgen.ingest.captions import PICTURE_CREDIT
from briefgen.suggest.furniture import CAPTION_AHEAD, closes_with_credit
from briefgen.text.english import LABELLED_PICTURE_CREDIT

# "(Photo: VNA)", "(Photo : PD)", "(Image: AFP)": a picture labelled in brackets closing the line.
_LABELLED_PICTURE = re.compile(PICTURE_CREDIT)
# "[Photo/Xinhua]", "[Xinhua/Yao Dawei]": a wire and its photographer (or "Photo") in square brackets.
_SQUARE_CREDIT = re.compile(r"\[[A-Z][\w.’'& -]{0,30}/[A-Z][\w.’'& -]{0,30}\]\s*$")
# "… Shanghai. Photo / RNZ", "… Monday. ANI Photo": the picture named with its source, after the last full stop.
_NAMED_PICTURE = re.compile(r"[.!?][\"”’]?\s+(?:(?:Photo|PHOTO)s?\s*/\s*[A-Z][\w.&' -]{1,30}|[A-Z]{2,8}\s+(?:Photo|PHOTO)s?)\.?\s*$")
# "… August 25. / Source: Yonhap |", "… cooperation. /PCS.": a source after a slash, closing the line.
_SLASH_SOURCE = re.compile(r"[.!?][\"”’]?\s*/\s*(?:Source:\s*[A-Z][\w.&' -]{1,30}?\s*\|?|[A-Z]{2,6}\.?)\s*$")
# The bracketed credit closing a glued lede's line: "… in Kuwait, Sunday. (PTI)", "(Photo: VNA)".
_BRACKET_AFTER_STOP = re.compile(r"[.!?][\"”’]?\s*\([A-Z][^()]{1,40}\)\s*$")
# A verb a sentence of a report has (a caption of names and places has none): "elevated", "is", "signed", "met".
_VERB = re.compile(
    r"\b(?:[a-z]{2,}(?:ed|es)|is|are|was|were|has|have|had|will|would|can|could|should|may|must|does|did|"
    r"says|said|told|met|made|held|took|gave|began|went|came|left|won|set|put|became|meets|holds|signs|visits)\b"
)
# "(Xinhua/Xie Huanchi) On Monday, …", "(Photo: VNA) Hanoi …": a picture's credit opening what the page runs on after it.
_LEADING_CREDIT = re.compile(rf"(?:\([A-Z][\w.’'& -]{{0,30}}/[A-Z][\w.’'& -]{{0,30}}\)|{LABELLED_PICTURE_CREDIT})\.?\s+(?=[A-Z“\"])")


def leading_credit_length(text: str) -> int:
    """How many characters of ``text`` are a picture's credit it opens on, before the sentence the page runs on after a
    caption (0 when it opens otherwise): see the module's docstring."""
    found = _LEADING_CREDIT.match(text)
    return found.end() if found else 0


# A report's dateline opening its first sentence: "NEW DELHI: ", "New Delhi: ".
_DATELINE_OPENING = re.compile(r"^(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?): (?=[A-Z])")


def lede_before_caption(sentence: str, line: str) -> bool:
    """Whether ``sentence`` is a lede opening on its dateline, with more of the line (the caption glued after it) to follow."""
    sentence, line = sentence.strip(), line.strip()
    return bool(_DATELINE_OPENING.match(sentence)) and line.startswith(sentence) and len(line) > len(sentence)


def credited_caption_line(sentence: str, line: str) -> bool:
    """Whether ``sentence`` stands on a caption's line, closed by a picture's credit (one the module's docstring lists,
    or one :func:`~briefgen.suggest.furniture.closes_with_credit` reads), and shows rather than plans (a plan is drafted)."""
    line = line.strip()
    credited = (
        closes_with_credit(line)
        or _LABELLED_PICTURE.search(line)
        or _LABELLED_PICTURE.search(sentence.strip())  # "… in Hanoi (Photo: VNA)" with the lede run on after it
        or _SQUARE_CREDIT.search(line)
        or _NAMED_PICTURE.search(line)
        or _SLASH_SOURCE.search(line)
    )
    if credited and lede_before_caption(sentence, line):
        return False  # "NEW DELHI: Greece on Friday conferred …" with the caption glued after it: the lede
    return bool(credited) and not CAPTION_AHEAD.search(sentence)  # a plan ("will attend", "is set to sign") no picture shows


def glued_caption(sentence: str, line: str) -> bool:
    """Whether ``sentence`` is a caption glued after a lede: the line's last sentence before a bracketed credit, with no
    verb (see the module's docstring)."""
    line = line.strip()
    credit = _BRACKET_AFTER_STOP.search(line)
    if credit is None:
        return False
    text = _BRACKET_AFTER_STOP.sub("", sentence.strip()).rstrip(".!? ")
    at = line.rfind(text, 0, credit.start() + 1)
    if at < 0 or line[at + len(text) : credit.start() + 1].strip('.!? "”’'):
        return False  # not the line's last sentence before the credit
    return len(text.split()) >= 4 and not _VERB.search(text)
