"""The parts of a cut page that head no article of their own, folded back, in the order the rules need.

The cut (:mod:`briefgen.ingest.text`) starts a part at every line that reads
as a headline; on real pages many such lines are not a second article's: the
title printed again, a photo's caption printed twice, a story's excerpt above
the story, a related story's teaser below it, a poll, a teaser list.  Each rule has its module; this one runs
them in turn.  The order matters: the title's copies go first, so that a
caption rule never mistakes one for a caption, and the furniture parts last,
once every headed part that continues the story has joined it.
"""

from __future__ import annotations

from typing import Any, TypeVar

from briefgen.ingest.excerpts import fold_excerpts
from briefgen.ingest.midcaptions import fold_midstory_captions
from briefgen.ingest.relatedteasers import fold_related_teasers
from briefgen.ingest.retitled import fold_repeated_headlines
from briefgen.ingest.twicecaptions import headline_over_caption
from briefgen.ingest.widgets import MakeRemoved, PartLike, tidy_parts

_P = TypeVar("_P", bound=PartLike[Any])


def fold_false_parts(parts: list[_P], removed: MakeRemoved) -> None:
    """Fold into their neighbours the parts that are no article, recording each line taken out as ``removed``."""
    fold_repeated_headlines(parts, removed)  # the title printed again over the photos heads no second article
    headline_over_caption(parts, removed)  # a caption printed twice under the headline heads no article
    fold_midstory_captions(parts, removed)  # nor one printed twice between two paragraphs of the story
    fold_excerpts(parts, removed)  # nor a story's excerpt printed above the story
    fold_related_teasers(parts, removed)  # nor another story's teaser under a "Related" heading
    tidy_parts(parts, removed)  # a poll or a teaser list is no article of its own
