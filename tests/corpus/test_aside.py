"""Work done beside the load: the link proposals in a forked child, or here when no core is free."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from briefgen.corpus import files as corpusfiles
from briefgen.corpus import loader as corpusloader
from briefgen.corpus.aside import Aside
from briefgen.corpus.cache import ParseCache
from briefgen.corpus.loader import load_corpus
from briefgen.corpus.report import find_possible


@pytest.fixture
def idle_core(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if the machine's other core were idle; skip where this process may not fork at all."""
    monkeypatch.setattr(corpusfiles, "_others_running", lambda: 0)
    if not corpusfiles.spare_core_for_a_fork():
        pytest.skip("work is done aside only with a second core and a single thread")


def test_the_work_runs_in_another_process_and_its_value_comes_back(idle_core: None) -> None:
    aside = Aside.start(lambda: (os.getpid(), {"proposals": ["a", "b"]}))
    assert aside.forked
    pid, value = aside.result()
    assert pid != os.getpid()
    assert value == {"proposals": ["a", "b"]}
    assert not aside.forked


def test_a_child_that_fails_leaves_the_work_to_be_done_here(idle_core: None) -> None:
    parent = os.getpid()

    def work() -> int:
        if os.getpid() != parent:
            raise RuntimeError("the child breaks")
        return os.getpid()

    aside = Aside.start(work)
    assert aside.forked
    assert aside.result() == parent


def test_a_discarded_child_is_stopped_and_reaped(idle_core: None) -> None:
    aside = Aside.start(lambda: time.sleep(60))
    pid = aside._pid
    assert pid is not None
    aside.discard()
    assert not aside.forked
    assert not Path(f"/proc/{pid}").exists()  # killed and waited for: no zombie left


def test_with_no_core_to_spare_the_work_is_done_here_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpusfiles, "_others_running", lambda: 10**6)  # every core busy
    calls: list[int] = []
    aside = Aside.start(lambda: calls.append(os.getpid()) or len(calls))
    assert not aside.forked
    assert calls == []  # nothing runs until the result is asked for
    assert aside.result() == 1
    assert calls == [os.getpid()]


def test_proposals_worked_out_beside_the_load_are_those_worked_out_after_it(
    repo_copy: Path, idle_core: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    inline = load_corpus(repo_copy, cache=ParseCache(None))
    expected = ([p.as_dict() for p in inline.link_proposals()], [p.discrepancy.describe() for p in find_possible(inline)])
    assert expected[0]  # the project's own corpus has proposals to compare

    monkeypatch.setattr(corpusloader, "LINKING_ASIDE_MIN_FACTS", 0)  # as if the corpus were big
    aside = load_corpus(repo_copy, cache=ParseCache(None), propose_links=True)
    assert aside._linking is not None and aside._linking.forked
    assert aside._occasions is not None and aside._occasions._given is not None  # worked out here, handed to the child
    assert [p.as_dict() for p in aside.link_proposals()] == expected[0]
    assert [p.discrepancy.describe() for p in find_possible(aside)] == expected[1]
    assert [p.format() for p in aside.problems] == [p.format() for p in inline.problems]


def test_facts_prepared_as_the_files_are_read_give_the_proposals_worked_out_from_scratch(
    repo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no core to spare, the proposals are worked out here, from the facts prepared during the load."""
    proposed = load_corpus(repo_copy, cache=ParseCache(None)).link_proposals()
    event = next(p for p in proposed if p.kind == "event")
    # an accepted link gives its facts an event id after they were prepared
    (repo_copy / "facts" / "links.yaml").write_text(event.entry_yaml() + "\n", encoding="utf-8")
    inline = load_corpus(repo_copy, cache=ParseCache(None))
    assert inline.links.accepted() and not inline.errors
    expected = [p.as_dict() for p in inline.link_proposals()]

    monkeypatch.setattr(corpusfiles, "_others_running", lambda: 10**6)  # every core busy: nothing forked
    early = load_corpus(repo_copy, cache=ParseCache(None), propose_links=True)
    assert early._prepared and len(early._prepared) == len(early.facts)
    assert early._occasions is None  # nothing handed over: linking finds the occasions itself, from the facts prepared here
    assert [p.as_dict() for p in early.link_proposals()] == expected
    assert early._prepared is None  # handed to linking once, then dropped
