"""Fixtures shared by the drafting tests: the project's own corpus, loaded once per module."""

from __future__ import annotations

import pytest

from briefgen.corpus.loader import Corpus, load_corpus
from tests.conftest import REPO


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    """The real corpus the drafts are checked against (which facts exist, which quotes are taken)."""
    loaded = load_corpus(REPO)
    assert not loaded.errors
    return loaded
