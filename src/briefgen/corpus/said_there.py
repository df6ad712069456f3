"""What an article tells of its occasion beyond the words that name it: the ways a fact is a part of it.

An article's occasion is first found from the facts that speak of one (a visit, talks, a
summit) and are dated near it.  Many more of its facts belong to it without naming it: what
was said there, what its talks covered, who came, what a text signed there holds.  Each way
is a rule of its own module, measured on labelled reports (docs/evaluation-rounds.md); this
module only says which rules there are, so that the occasion's module keeps to how an
occasion is made.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from briefgen.corpus.ceremonies import ceremony_of_visit
from briefgen.corpus.entourage import in_entourage
from briefgen.corpus.enumerated import item_of_outcomes
from briefgen.corpus.evidence import Prepared
from briefgen.corpus.list_items import item_of_signing
from briefgen.corpus.opened import of_thing_opened, things_opened
from briefgen.corpus.quote_lines import quoted_line_there
from briefgen.corpus.quoted_figures import figure_said_there
from briefgen.corpus.ranked import ranked_there
from briefgen.corpus.readouts import told_of_talks
from briefgen.corpus.side_acts import act_of_a_side
from briefgen.corpus.site_figures import figure_of_site, sites_opened
from briefgen.corpus.speaker_first import said_by_speaker_first
from briefgen.corpus.spoken import spoken_at
from briefgen.corpus.talks_covered import covered_at_talks
from briefgen.corpus.text_held import SIGNING_STEMS, held_in_text
from briefgen.corpus.to_come import told_to_come
from briefgen.corpus.together import done_together
from briefgen.text.dates import PartialDate


@dataclass(frozen=True)
class Told:
    """What an occasion's parts tell that its report's later lines point back to without naming the occasion."""

    signed: bool  # a signing or a text: what "the agreement" names
    opened: frozenset[str]  # the nouns of the things inaugurated or opened: what "this facility" names
    sites: frozenset[str]  # those nouns, the things unveiled, and their kin: what "the new plant" of a figure names


def told_by(parts: Iterable[Prepared]) -> Told:
    """What the occasion's ``parts`` tell of a signing and of things opened (see :class:`Told`)."""
    items = list(parts)
    quotes = [p.fact.quote for p in items]
    return Told(any(not SIGNING_STEMS.isdisjoint(p.word_set) for p in items), things_opened(quotes), sites_opened(quotes))


def said_or_done(item: Prepared, names: frozenset[str], sides: frozenset[str], date: PartialDate, told: Told) -> bool:
    """Whether ``item`` is a part of the occasion of ``sides`` dated ``date`` without naming it.

    A statement said there (:mod:`briefgen.corpus.spoken`), an event of its talks told as
    narration (:mod:`briefgen.corpus.readouts`), who came with a side (:mod:`briefgen.corpus.entourage`),
    when the occasion tells of a signing (``told.signed``) what the text signed holds
    (:mod:`briefgen.corpus.text_held`) and the items of the list of texts signed
    (:mod:`briefgen.corpus.list_items`), a figure a participant gave there in their own words
    (:mod:`briefgen.corpus.quoted_figures`), what the occasion is to bring, told with no verb of
    saying (:mod:`briefgen.corpus.to_come`), an act of one side there (:mod:`briefgen.corpus.side_acts`), a
    participant's quoted words that name no speaker or are filed as a plan (:mod:`briefgen.corpus.quote_lines`), an
    item of a numbered list of what it brought (:mod:`briefgen.corpus.enumerated`), or a ceremony of it
    (:mod:`briefgen.corpus.ceremonies`), or a rank of the visit among those before it (:mod:`briefgen.corpus.ranked`), or
    what the two sides did together, told with the two of them as its subject (:mod:`briefgen.corpus.together`), or a
    readout's line that opens on its speaker, whatever background it tells (:mod:`briefgen.corpus.speaker_first`), or
    a line on the thing the occasion opened (``told.opened``), named back by its noun (:mod:`briefgen.corpus.opened`),
    or a figure of that thing, named back by its noun or its kin (``told.sites``, :mod:`briefgen.corpus.site_figures`),
    or what the talks covered, told by a noun or a verb of talking and no time (:mod:`briefgen.corpus.talks_covered`).
    """
    return (
        spoken_at(item, names, sides, date)
        or told_of_talks(item, names, sides, date)
        or in_entourage(item, names, sides, date)
        or (told.signed and (held_in_text(item, date) or item_of_signing(item, date)))
        or figure_said_there(item, names, sides, date)
        or told_to_come(item, names, sides, date)
        or act_of_a_side(item, names, sides, date)
        or quoted_line_there(item, names, sides, date)
        or item_of_outcomes(item, date)
        or ceremony_of_visit(item, names, sides, date)
        or ranked_there(item, names, sides, date)
        or done_together(item, date)
        or said_by_speaker_first(item, names, sides, date)
        or of_thing_opened(item, told.opened, date)
        or figure_of_site(item, told.sites, date)
        or covered_at_talks(item, date)
    )
