"""A long site name run together is split into its English words only when every piece is a word of three letters or
more.  Every address here is made up."""

from __future__ import annotations

import pytest

from briefgen.ingest import hostsegments
from briefgen.ingest.selfnames import host_words


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://harboursilverlantern.com/a", "Harbour Silver Lantern"),
        ("https://www.quietharbourwindnews.net/story", "Quiet Harbour Wind News"),  # the part before "news" is split too
    ],
)
def test_a_long_name_of_english_words_is_those_words(url: str, outlet: str) -> None:
    found = host_words(url)
    assert found is not None and found.value == outlet


def test_a_name_that_splits_into_fragments_names_nothing() -> None:
    assert hostsegments.english_words("kestrelvadlingbote") is None  # "kestrel va dling bote": fragments, not words
