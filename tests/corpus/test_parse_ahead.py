"""The facts files' parse started before the loader is imported (:mod:`briefgen.corpus.parse_ahead`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.corpus import files as corpusfiles
from briefgen.corpus.cache import ParseCache
from briefgen.corpus.loader import load_corpus
from briefgen.corpus.parse_ahead import corpus_files, parsing_ahead
from tests.corpus.test_cache import _big_project, pool_everything, single_threaded, snapshot

__all__ = ["pool_everything", "single_threaded"]  # fixtures used by name below


@pytest.fixture
def no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFGEN_NO_CACHE", "1")


def test_the_files_a_load_reads_in_order(mini_project: Path) -> None:
    _big_project(mini_project)
    (mini_project / "facts/links.yaml").write_text("[]\n", encoding="utf-8")
    (mini_project / "facts/late.yml").write_text("[]\n", encoding="utf-8")
    names = [(path.relative_to(mini_project).as_posix(), draft) for path, draft in corpus_files(mini_project)]
    assert names == [
        *((f"facts/part-{n}.yaml", False) for n in range(6)),
        ("facts/trade.yaml", False),
        ("facts/late.yml", False),
        ("facts/drafts/suggested.yaml", True),
    ]


def _loaded_ahead(project: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[object, list[str]]:
    """The corpus loaded inside :func:`parsing_ahead`, and whether the load took the workers started ahead."""
    taken: list[str] = []
    real = corpusfiles._taken_ahead

    def spy(files: list[tuple[Path, str]], cache: ParseCache) -> corpusfiles._PoolParse | None:
        parsing = real(files, cache)
        taken.append("taken" if parsing is not None else "none")
        return parsing

    monkeypatch.setattr(corpusfiles, "_taken_ahead", spy)
    with parsing_ahead(project):
        assert corpusfiles._ahead  # started before the load
        corpus = load_corpus(project)
    assert not corpusfiles._ahead
    return snapshot(corpus), taken


def test_the_load_takes_the_workers_started_ahead_and_gives_the_same_corpus(
    mini_project: Path, monkeypatch: pytest.MonkeyPatch, no_cache: None, pool_everything: None, single_threaded: None
) -> None:
    _big_project(mini_project)
    expected = snapshot(load_corpus(mini_project, cache=ParseCache(None)))
    found, taken = _loaded_ahead(mini_project, monkeypatch)
    assert taken == ["taken"]
    assert found == expected


def test_with_the_cache_on_and_no_snapshot_yet_the_workers_start_ahead_and_the_cache_is_written(
    mini_project: Path, monkeypatch: pytest.MonkeyPatch, pool_everything: None, single_threaded: None
) -> None:
    monkeypatch.delenv("BRIEFGEN_NO_CACHE", raising=False)
    _big_project(mini_project)
    expected = snapshot(load_corpus(mini_project, cache=ParseCache(None)))
    found, taken = _loaded_ahead(mini_project, monkeypatch)
    assert (found, taken) == (expected, ["taken"])
    cached = ParseCache.for_project(mini_project)
    assert cached.holds("facts/part-0.yaml", corpusfiles.file_key(mini_project / "facts/part-0.yaml"))
    with parsing_ahead(mini_project):  # a snapshot now stands: the load reads it, and nothing is started ahead
        assert not corpusfiles._ahead
        assert snapshot(load_corpus(mini_project)) == expected


def test_workers_started_for_other_files_are_stopped_and_the_load_parses_its_own(
    mini_project: Path, monkeypatch: pytest.MonkeyPatch, no_cache: None, pool_everything: None, single_threaded: None
) -> None:
    _big_project(mini_project)
    expected = snapshot(load_corpus(mini_project, cache=ParseCache(None)))
    files = [(path, path.relative_to(mini_project).as_posix()) for path, _ in corpus_files(mini_project)]
    corpusfiles.parse_ahead(files[:-1], ParseCache(None))
    started = corpusfiles._ahead[0]
    assert snapshot(load_corpus(mini_project, cache=ParseCache(None))) == expected
    assert not corpusfiles._ahead
    assert started.pool._shutdown_thread  # stopped, not left running


def test_workers_no_load_took_are_stopped_at_the_end_of_the_block(
    mini_project: Path, no_cache: None, pool_everything: None, single_threaded: None
) -> None:
    _big_project(mini_project)
    with parsing_ahead(mini_project):
        started = corpusfiles._ahead[0]
    assert not corpusfiles._ahead
    assert started.pool._shutdown_thread


def test_nothing_starts_for_a_small_corpus_or_a_folder_without_facts(mini_project: Path, tmp_path: Path, no_cache: None) -> None:
    with parsing_ahead(mini_project):
        assert not corpusfiles._ahead  # one small file: parsed in-process, as ever
    with parsing_ahead(tmp_path):
        assert not corpusfiles._ahead
