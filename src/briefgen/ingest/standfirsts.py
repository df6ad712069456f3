"""A standfirst read as the headline: a long line of prose over the text that the page's name in its address disowns.

Many pages, as they are saved, open on the standfirst (the summary under the headline) with the headline itself
gone: "The country's sovereign fund has established an office in Egypt to build on its commitment to investing in the
country's economic growth" over a page named ``uaes-landmark-35-billion-deal-marks-egypts-largest-fdi``, "The
Malaysian Prime Minister is the first head of government to visit Manila under the Marcos Jr. administration" over
``marcos-jr-banquet-malaysia-anwar-ibrahim-official-visit-march-2023``.  The cut takes the first line for the headline,
since a line without a full stop looks like one; the address's kicker test (:func:`briefgen.ingest.outlets.address_disowns`)
lets it stand, since the line shares a word or two with the page's name.

Three things together tell such a line from a headline, each a way headlines are not written:

- **length**: fifteen words or more; a headline that long is rare, and then it is the page's name in the address;
- **prose**: articles and the verbs "be", "have", "do" and "will" as a sentence has them ("is the first head of
  government", "will be one of the main themes"), three of them at the least, which headline style drops ("Orban in
  Moscow urges Putin to cease fire, Russian leader repeats ultimatum …" has none), or two clauses joined by a
  semicolon ("PT wants to resume relations …; on Saturday, travel to …");
- **the address**: the page's name, of four words or more that the text bears out (at least half of them in the
  body, so that an id or a name in another language says nothing), of which the line spells half or fewer.  A
  headline spells most of the page's name, which is made from it.

Such a line is set aside as the page's furniture, as the cut left it out of the text: read as the lede, it would lend
the story its days ("…; on Saturday, travel to Sao Tome and Principe" names the next stop, not the day of the talks).
The page keeps no headline unless a line below is named by the address.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from briefgen.ingest.outlets import page_name
from briefgen.ingest.source_ids import slug_words

# Fewest words of a line read as a standfirst: shorter lines are headlines however they are written.
_LONGEST_HEADLINE = 15
# Fewest words of the page's name: a shorter name is an id or a section, too short to disown a line.
_SHORTEST_PAGE_NAME = 4
# The words of prose that headline style drops: articles, "that", and the forms of "be", "have", "do" and "will".
_PROSE_WORDS = frozenset(
    ("the", "a", "an", "that", "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would")
)
_FEWEST_PROSE_WORDS = 3
# Two clauses joined by a semicolon, each of three words or more.
_SEMICOLON_CLAUSES = re.compile(r"(?:\S+\s+){2,}\S+;\s+(?:\S+\s+){2,}\S+")
_WORD = re.compile(r"[\w'’]+")


def _stems(words: list[str] | set[str]) -> set[str]:
    """Words less a plural's or a possessive's "s" ("egypts" is "egypt"), so that the line and the address compare."""
    return {w.removesuffix("s") for w in words}


def reads_as_prose(line: str) -> bool:
    """Whether ``line`` is written as a sentence is, not as a headline: three articles or forms of "be", "have",
    "do" and "will" at the least, or two clauses joined by a semicolon."""
    words = [w.casefold() for w in _WORD.findall(line)]
    return sum(w in _PROSE_WORDS for w in words) >= _FEWEST_PROSE_WORDS or _SEMICOLON_CLAUSES.search(line) is not None


def standfirst_over_text(headline: str, url: str | None, body: str) -> str | None:
    """The address's page name when it shows that ``headline`` is a standfirst, not the article's headline (see the
    module's docstring); else None."""
    if len(_WORD.findall(headline)) < _LONGEST_HEADLINE or not reads_as_prose(headline):
        return None
    name, named = page_name(unquote(url or ""))  # the page's name, its escapes read ("%E2%80%99")
    if len(named) < _SHORTEST_PAGE_NAME:
        return None
    in_body, said = _stems(slug_words(body, 100_000)), _stems(slug_words(headline, 60))
    stems = _stems(named)
    if sum(w in in_body for w in stems) * 2 < len(stems) or sum(w in said for w in stems) * 2 > len(stems):
        return None
    return name
