"""A value worked out here for a forked child: sent down a pipe, or worked out by the child when it cannot be."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefgen.corpus import files as corpusfiles
from briefgen.corpus import handover as corpushandover
from briefgen.corpus import loader as corpusloader
from briefgen.corpus.aside import Aside
from briefgen.corpus.cache import ParseCache
from briefgen.corpus.handover import Handover
from briefgen.corpus.loader import load_corpus


@pytest.fixture
def idle_core(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if the machine's other core were idle; skip where this process may not fork at all."""
    monkeypatch.setattr(corpusfiles, "_others_running", lambda: 0)
    if not corpusfiles.spare_core_for_a_fork():
        pytest.skip("a value is handed to a child only with a second core and a single thread")


def _worked_out_by(value: object) -> tuple[int, object]:
    return os.getpid(), value


def test_the_value_is_worked_out_here_and_the_child_reads_it(idle_core: None) -> None:
    handover = Handover(lambda: _worked_out_by(["occasion", "ids"]))
    child = Aside.start(handover.result)
    assert child.forked
    handover.give()
    assert child.result() == (os.getpid(), ["occasion", "ids"])  # worked out here, not in the child
    assert handover.result() == (os.getpid(), ["occasion", "ids"])  # and kept here, worked out once


def test_a_value_too_big_for_the_pipe_is_worked_out_by_the_child(idle_core: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """The parent's write never blocks: what does not fit is left short, and the child does not trust it."""
    monkeypatch.setattr(corpushandover, "_PIPE_MAX", 4096)
    handover = Handover(lambda: _worked_out_by("x" * 500_000))
    child = Aside.start(handover.result)
    handover.give()
    pid, value = child.result()
    assert pid != os.getpid()
    assert value == "x" * 500_000


def test_when_the_parent_fails_the_child_works_it_out_itself(idle_core: None) -> None:
    parent = os.getpid()

    def work() -> int:
        if os.getpid() == parent:
            raise RuntimeError("the parent breaks")
        return os.getpid()

    handover = Handover(work)
    child = Aside.start(handover.result)
    with pytest.raises(RuntimeError):
        handover.give()
    assert child.result() not in {None, parent}


def test_with_no_child_the_value_is_worked_out_here_when_asked() -> None:
    calls: list[int] = []
    handover = Handover(lambda: calls.append(os.getpid()) or len(calls))
    handover.close()
    assert calls == []
    assert handover.result() == 1
    assert handover.result() == 1
    assert calls == [os.getpid()]


def test_a_failed_linking_child_leaves_the_proposals_to_be_worked_out_here(
    repo_copy: Path, idle_core: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the occasions handed over already: the same proposals, the occasions not worked out twice here."""
    expected = [p.as_dict() for p in load_corpus(repo_copy, cache=ParseCache(None)).link_proposals()]
    monkeypatch.setattr(corpusloader, "LINKING_ASIDE_MIN_FACTS", 0)  # as if the corpus were big
    parent = os.getpid()
    real = corpusloader.Corpus._work_out_linking

    def failing_in_the_child(corpus: corpusloader.Corpus) -> object:
        if os.getpid() != parent:
            raise RuntimeError("the linking child breaks")
        return real(corpus)

    monkeypatch.setattr(corpusloader.Corpus, "_work_out_linking", failing_in_the_child)
    corpus = load_corpus(repo_copy, cache=ParseCache(None), propose_links=True)
    assert corpus._linking is not None and corpus._linking.forked
    assert corpus._occasions is not None and corpus._occasions._given is not None  # worked out here while the child ran
    assert [p.as_dict() for p in corpus.link_proposals()] == expected
