"""The sources read by the parse workers once their facts files are parsed (:mod:`briefgen.corpus.sources_ahead`)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefgen.corpus import files as corpusfiles
from briefgen.corpus import sources_ahead
from briefgen.corpus.cache import ParseCache
from briefgen.corpus.loader import load_corpus
from briefgen.corpus.parse_ahead import parsing_ahead
from briefgen.corpus.reader import CorpusReader
from briefgen.project import SOURCES_DIR
from tests.corpus.test_cache import _big_project, pool_everything, single_threaded, snapshot

__all__ = ["pool_everything", "single_threaded"]  # fixtures used by name below

SOURCE = """---
id: {id}
title: "Report {id}"
outlet: Gazette
published: 2024-03-0{day}
url: https://example.org/{id}
---
The minister said “trade rose” — and  exports grew.

A second paragraph.
"""


@pytest.fixture
def no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFGEN_NO_CACHE", "1")


def _with_sources(project: Path) -> None:
    """The big project, with clean sources and one of each mistake a source can hold."""
    _big_project(project)
    folder = project / SOURCES_DIR
    for n in range(1, 8):
        (folder / f"extra-{n}.md").write_text(SOURCE.format(id=f"extra-{n}", day=n), encoding="utf-8")
    (folder / "misnamed.md").write_text(SOURCE.format(id="extra-9", day=9), encoding="utf-8")  # its id is not its name
    (folder / "twice.md").write_text(SOURCE.format(id="extra-1", day=1), encoding="utf-8")  # an id already taken
    (folder / "unclosed.md").write_text("---\nid: unclosed\n", encoding="utf-8")
    (folder / "invalid.md").write_text(SOURCE.format(id="invalid", day=1).replace("2024-03-01", "yesterday"), encoding="utf-8")
    (folder / "bodied.md").write_text("---\nid: bodied\nbody: here\n---\ntext\n", encoding="utf-8")
    (folder / "empty.md").write_text(SOURCE.format(id="empty", day=2).rsplit("---\n", 1)[0] + "---\n", encoding="utf-8")  # no body
    (folder / "listed.md").write_text("---\n- id\n---\ntext\n", encoding="utf-8")
    (folder / "bell.md").write_text(SOURCE.format(id="bell", day=3).replace("A second", "A \x07second"), encoding="utf-8")
    (folder / "latin1.md").write_bytes(SOURCE.format(id="latin1", day=4).encode("utf-8").replace(b"minister", b"ministr\xe9"))  # not UTF-8


def _admitted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the sources the loader took as the workers read them."""
    names: list[str] = []
    real = CorpusReader.admit_read_source

    def spy(self: CorpusReader, path: Path, row: sources_ahead.SourceRow) -> bool:
        admitted = real(self, path, row)
        if admitted:
            names.append(path.name)
        return admitted

    monkeypatch.setattr(CorpusReader, "admit_read_source", spy)
    return names


def test_the_workers_read_the_sources_and_the_load_gives_the_same_corpus_and_problems(
    mini_project: Path, monkeypatch: pytest.MonkeyPatch, no_cache: None, pool_everything: None, single_threaded: None
) -> None:
    _with_sources(mini_project)
    expected = snapshot(load_corpus(mini_project, cache=ParseCache(None)))
    admitted = _admitted(monkeypatch)
    with parsing_ahead(mini_project):
        found = snapshot(load_corpus(mini_project))
    assert found == expected
    # every source read cleanly and valid was taken as read; those with a problem were read again by the loader
    assert sorted(admitted) == sorted(
        ["later-source.md", "mini-source.md", "misnamed.md", "twice.md", "bell.md", "empty.md"] + [f"extra-{n}.md" for n in range(1, 8)]
    )
    problems = "\n".join(expected[-1])  # type: ignore[arg-type]
    for expected_problem in (
        "does not match the file name",
        "duplicate source id 'extra-1'",
        "front matter is not closed",
        "'body' is not a front-matter field",
    ):
        assert expected_problem in problems
    assert not sources_ahead._started  # taken by the load


def test_with_the_cache_on_the_sources_are_left_to_the_loader(
    mini_project: Path, monkeypatch: pytest.MonkeyPatch, pool_everything: None, single_threaded: None
) -> None:
    monkeypatch.delenv("BRIEFGEN_NO_CACHE", raising=False)
    _with_sources(mini_project)
    admitted = _admitted(monkeypatch)
    with parsing_ahead(mini_project):
        assert not sources_ahead._started
        load_corpus(mini_project)
    assert admitted == []


def test_a_chunk_is_read_into_its_memory_file_a_row_per_source_or_none(tmp_path: Path) -> None:
    folder = tmp_path / SOURCES_DIR
    folder.mkdir(parents=True)
    (folder / "a.md").write_text(SOURCE.format(id="a", day=1), encoding="utf-8")
    (folder / "broken.md").write_text("no front matter\n", encoding="utf-8")
    (folder / "gone.md").write_text(SOURCE.format(id="gone", day=2), encoding="utf-8")
    (folder / "notes.txt").write_text("not a source\n", encoding="utf-8")
    ahead = sources_ahead.SourcesAhead(tmp_path, folder)
    ahead.open()
    assert ahead.chunks == [["a.md"], ["broken.md"], ["gone.md"]]  # in order of their names, at most CHUNKS of them
    (folder / "gone.md").unlink()  # gone before a worker reads it
    try:
        for index in range(len(ahead.chunks)):
            ahead.lengths[index] = sources_ahead.read_chunk(*ahead.job(index))
        rows = ahead.rows()
    finally:
        ahead.close()
    assert list(rows) == ["a.md"]
    data, id_line, body, body_line, folded, printable = rows["a.md"]
    assert (data["id"], data["outlet"], id_line, body_line, printable) == ("a", "Gazette", 2, 8, True)
    assert body == "The minister said “trade rose” — and  exports grew.\n\nA second paragraph.\n"
    assert folded == 'The minister said "trade rose" - and exports grew. A second paragraph.'


def test_a_chunk_not_read_gives_nothing_and_another_folder_s_sources_are_not_taken(tmp_path: Path) -> None:
    folder = tmp_path / SOURCES_DIR
    folder.mkdir(parents=True)
    (folder / "a.md").write_text(SOURCE.format(id="a", day=1), encoding="utf-8")
    ahead = sources_ahead.start(tmp_path, folder)
    assert not ahead.chunks and not ahead.files  # nothing listed or made before the workers start
    ahead.open()
    assert ahead.chunks == [["a.md"]] and len(ahead.files) == 1
    assert sources_ahead.taken(folder) == {}  # begun by no worker: the loader reads it
    assert not ahead.files  # the memory files are closed
    started = sources_ahead.start(tmp_path, folder)
    started.open()
    started.lengths[0] = sources_ahead.read_chunk(*started.job(0))
    assert sources_ahead.taken(tmp_path / "elsewhere") == {}
    assert not started.files


def test_sources_no_load_took_are_let_go_at_the_end_of_the_block(
    mini_project: Path, no_cache: None, pool_everything: None, single_threaded: None
) -> None:
    _with_sources(mini_project)
    with parsing_ahead(mini_project):
        assert corpusfiles._ahead
        assert sources_ahead._started
        files = list(sources_ahead._started[0].files)
        assert files  # made before the workers were forked
    assert not sources_ahead._started
    for handle in files:
        with pytest.raises(OSError):
            os.fstat(handle)


def test_a_missing_folder_gives_nothing_to_read(tmp_path: Path) -> None:
    ahead = sources_ahead.start(tmp_path, tmp_path / SOURCES_DIR)
    ahead.open()
    assert (ahead.chunks, ahead.files) == ([], [])
    assert sources_ahead.taken(tmp_path / SOURCES_DIR) == {}
