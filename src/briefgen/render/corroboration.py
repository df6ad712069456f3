"""A claim's corroboration: which outlets report it, from how many independent origins, who first.

"Reported by Dawn and Profit" reads as two witnesses; if both ran one APP
wire it is one.  The view gathers the facts that say one thing (named by
the template, or joined by accepted links in ``facts/links.yaml``), names
each outlet with its publication date in one phrase for a note or a
sentence, and counts origins with :mod:`briefgen.corpus.origins`.
"""

from __future__ import annotations

import datetime as dt

from briefgen.corpus.loader import Corpus
from briefgen.corpus.origins import origin_groups
from briefgen.render.records import CorroborationView, FactView, SourceView
from briefgen.render.wording import date_filter


def _when(fact: FactView) -> tuple[dt.date, str]:
    return (fact.source.published or dt.date.max, fact.id)


def _outlet_phrase(source: SourceView) -> str:
    published = date_filter(source.published) if source.published else "undated"
    return f"{source.label}, {published}"


def corroboration_view(facts: list[FactView], corpus: Corpus) -> CorroborationView:
    """The corroboration of the given facts (at least one): outlets in order of first report, origins counted."""
    ordered = tuple(sorted(facts, key=_when))
    outlets: dict[str, SourceView] = {}
    for fact in ordered:
        outlets.setdefault(fact.source.outlet or fact.source.id, fact.source)
    sources = [corpus.sources[sid] for sid in dict.fromkeys(f.source.id for f in ordered)]
    origins = len(origin_groups(sources))
    # one origin per outlet at most: two articles of one outlet are not two witnesses
    origins = min(origins, len(outlets))
    phrases = [_outlet_phrase(s) for s in outlets.values()]
    # each phrase holds a comma ("Dawn, 31 January 2025"), so the last one takes ", and"
    listed = phrases[0] if len(phrases) == 1 else ", ".join(phrases[:-1]) + ", and " + phrases[-1]
    note = "reported by " + listed
    return CorroborationView(facts=ordered, outlets=tuple(outlets.values()), origins=origins, first=ordered[0], note=note)
