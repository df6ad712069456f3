"""Analysts' readings: what a named analyst or researcher thinks of a visit, which is neither side's claim.

Agency reports of a visit often close with an outsider's reading of it: "Such
ties are a priority for Berg, who depends on Vestrian ports to reach world
markets, said independent political scientist Jonas Lind"; "Sundby-based
analyst Mia Holm said that Dahl likely saw the port deal as a way to keep
Norland's support"; '"How Vestria is seen by its neighbours matters," said Eva
Roth, researcher at the Nordic Centre for Strategic Studies'.  A brief keeps
what the two sides did, signed, counted and said; an analyst speaks for
neither, and editors delete such drafts (the labels keep statements by
officials, not commentary).

The page names the analyst once with the trade, before the name ("analyst Mia
Holm") or after it (", a senior fellow for Nordic affairs with …", ", lead
Vestria analyst at …"); later sentences give the surname alone ("…, says Mr
Lind"), and a quotation may run on into the next paragraph with no attribution
at all ('"From Vestria's standpoint, the summit may offer fewer concrete
returns."'), which is still the analyst's.

Left as they were: a sentence that counts something (an analyst's figure is
checked where it is printed); a speaker named with an office rather than a trade
("head of the Berlin office of …", which editors have kept); a professor, as
"Professor" is also a title that leaders carry; an analyst whose surname the
headline or the lede gives to someone else (a leader "Dahl" beside "analyst
Peter Dahl"); and unnamed analysts, which are
:func:`briefgen.suggest.commentary.is_unnamed_commentators`' (a lede that ends
"…, analysts have said" is the report's own summary, which editors keep).
"""

from __future__ import annotations

import re

from briefgen.suggest.commentary import counts_something
from briefgen.suggest.sentences import Sentence

# The trades of people paid to read events: what the page calls the speaker, in small letters.
_TRADE = (
    r"(?:political scientist|political analyst|analyst|researcher|research fellow|senior fellow|scholar|"
    r"political commentator|political observer)"
)
# A person's name: up to three capitalised words, the last the surname ("Mia Holm", "Jan Berg-Lind").
_NAME = r"((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]+)"
# The trade before the name: "independent political scientist Jonas Lind", "Sundby-based analyst Mia Holm".
_TRADE_FIRST = re.compile(rf"\b{_TRADE}\s+{_NAME}")
# The trade after the name, in apposition: "Jan Berg-Lind, a senior fellow for Nordic affairs …", "Eva Roth, researcher
# at …", "Mia Holm, lead Vestria analyst at …"; a preposition or a comma must follow, as after "his fellow leaders" none does.
_TRADE_AFTER = re.compile(rf"{_NAME},\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?(?:{_TRADE}|fellow)(?=\s+(?:at|with|for|of|from|in)\b|\s*,)")
# A verb of saying or thinking, whatever its tense: the sentence gives someone's words or view.
_SAYING = re.compile(
    r"\b(?:said|says|told|tells|added|adds|noted|notes|argued|argues|wrote|writes|warned|warns|explained|explains|"
    r"believes?|believed|thinks?|thought|stressed|suggested|suggests)\b"
)
_POSSESSIVE = re.compile(r"[’']s?$")
_OPENING_MARKS = ("“", '"')
_CLOSING_MARKS = ("”", '"')


def analysts(sentences: list[Sentence], opening: str = "") -> frozenset[str]:
    """The surnames of the people the page introduces by an analyst's trade.

    A surname the ``opening`` (the headline and the lede) names without the trade is one of the report's people
    (a leader who shares it: "President Lee" beside "analyst John Lee"), and is never read as the analyst's.
    """
    names: set[str] = set()
    for sentence in sentences:
        for pattern in (_TRADE_FIRST, _TRADE_AFTER):
            for match in pattern.finditer(sentence.text):
                names.add(_POSSESSIVE.sub("", match.group(1).split()[-1]))  # "Lind's" is Lind
    introduced = " ".join(m.group(0) for pattern in (_TRADE_FIRST, _TRADE_AFTER) for m in pattern.finditer(opening))
    return frozenset(n for n in names if not _names(opening, n) or _names(introduced, n))


def _names(text: str, surname: str) -> bool:
    return re.search(rf"\b{re.escape(surname)}\b", text) is not None


def _reading(text: str, names: frozenset[str]) -> bool:
    """Whether the sentence gives an analyst's words or view (a verb of saying and the surname), counting nothing."""
    if not _SAYING.search(text) or counts_something(text):
        return False
    return any(_names(text, name) for name in names)


def _quoted_paragraph(paragraph: list[Sentence]) -> bool:
    """Whether a paragraph is quoted words alone: opened by a quotation mark, closed by one, no attribution after it."""
    first, last = paragraph[0].text.strip(), paragraph[-1].text.strip().rstrip(".")
    return first.startswith(_OPENING_MARKS) and last.endswith(_CLOSING_MARKS) and not counts_something(" ".join(s.text for s in paragraph))


def analyst_readings(sentences: list[Sentence], opening: str = "") -> frozenset[int]:
    """The positions in ``sentences`` of the sentences that give a named analyst's reading (see the module's docstring).

    A paragraph of quoted words alone, right after a paragraph that closes with an analyst's attribution, goes on
    with that analyst's quotation, and so does a second such paragraph after it.
    """
    names = analysts(sentences, opening)
    if not names:
        return frozenset()
    paragraphs: dict[int, list[int]] = {}
    for index, sentence in enumerate(sentences):
        paragraphs.setdefault(sentence.paragraph, []).append(index)
    found: set[int] = set()
    speaking = False  # the paragraph before closed with an analyst's words
    for indexes in paragraphs.values():
        paragraph = [sentences[i] for i in indexes]
        if speaking and _quoted_paragraph(paragraph):
            found.update(indexes)
            continue
        readings = [i for i in indexes if _reading(sentences[i].text, names)]
        found.update(readings)
        speaking = bool(readings) and readings[-1] == indexes[-1]
    return frozenset(found)
