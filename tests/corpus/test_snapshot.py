"""The corpus snapshot: an unchanged corpus is read back whole, and any change that could alter the answer is seen."""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from briefgen.corpus import cache as corpuscache
from briefgen.corpus import files as corpusfiles
from briefgen.corpus import loader, snapshot
from briefgen.corpus.cache import ParseCache
from briefgen.corpus.loader import Corpus, load_corpus
from briefgen.corpus.models import model_digests
from briefgen.corpus.proposals import LinkProposal
from briefgen.corpus.snapshot import CORPUS_FILE, SNAPSHOT_DIR, Inputs, SnapshotStore, take_inputs
from briefgen.project import CACHE_DIR
from tests.conftest import run_cli


@pytest.fixture(autouse=True)
def _cache_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BRIEFGEN_NO_CACHE", raising=False)


def seen(corpus: Corpus) -> tuple[object, ...]:
    """Everything a load produces that a reader could see."""
    return (
        {k: v.model_dump() for k, v in corpus.sources.items()},
        {k: v.model_dump() for k, v in corpus.facts.items()},
        {k: v.model_dump() for k, v in corpus.drafts.items()},
        corpus.vocabulary.model_dump(),
        corpus.origins,
        corpus.source_origins,
        [p.format() for p in corpus.problems],
        [d.describe() for d in corpus.discrepancies() + corpus.not_comparable()],
        [(link.entry.facts, link.accepted) for link in corpus.links.links],
    )


def fresh(project: Path) -> Corpus:
    """The corpus as a load that trusts no cache at all sees it."""
    return load_corpus(project, cache=ParseCache(None))


def snapshot_valid(project: Path) -> bool:
    """Whether the snapshot on disk would be used for the files as they are now."""
    inputs = take_inputs(project)
    return inputs is not None and SnapshotStore(project).read_corpus(inputs) is not None


def test_an_unchanged_corpus_is_read_back_from_its_snapshot_identically(mini_project: Path) -> None:
    first = load_corpus(mini_project)
    assert (mini_project / SNAPSHOT_DIR / CORPUS_FILE).is_file()
    assert snapshot_valid(mini_project)
    second = load_corpus(mini_project)
    assert second.root == mini_project
    assert seen(second) == seen(first) == seen(fresh(mini_project))


def test_a_big_corpus_is_kept_by_a_forked_writer_and_read_back_only_once_written(
    mini_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _forked_writer(monkeypatch)
    first = load_corpus(mini_project)
    assert len(snapshot._writers) == 1  # the writer runs while the caller goes on
    # Reading waits for it: the snapshot is complete and valid, never half-written.
    assert snapshot_valid(mini_project)
    assert not snapshot._writers
    assert seen(load_corpus(mini_project)) == seen(first) == seen(fresh(mini_project))


def _forked_writer(monkeypatch: pytest.MonkeyPatch) -> None:
    """The snapshot written by a forked process, as for a big corpus on an idle second core."""
    monkeypatch.setattr(snapshot, "ASIDE_MIN_MODELS", 0)
    monkeypatch.setattr(corpusfiles, "_others_running", lambda: 0)
    if not corpusfiles.spare_core_for_a_fork():
        pytest.skip("the snapshot is written aside only with a second core and a single thread")


@pytest.mark.parametrize("writer", ["in-process", "forked"])
def test_a_corpus_edited_while_it_loads_is_not_kept(mini_project: Path, monkeypatch: pytest.MonkeyPatch, writer: str) -> None:
    if writer == "forked":
        _forked_writer(monkeypatch)
    load = loader._load

    def edited_meanwhile(*args: object, **kwargs: object) -> Corpus:
        corpus = load(*args, **kwargs)  # type: ignore[arg-type]
        _edit_body(mini_project)  # the loaded corpus holds the body as it was
        return corpus

    monkeypatch.setattr(loader, "_load", edited_meanwhile)
    loaded = load_corpus(mini_project)
    snapshot.wait_for_writers()
    assert not (mini_project / SNAPSHOT_DIR / CORPUS_FILE).exists()
    monkeypatch.setattr(loader, "_load", load)
    assert seen(load_corpus(mini_project)) == seen(fresh(mini_project)) != seen(loaded)


def test_a_forked_writer_also_writes_the_parse_cache(mini_project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    alike = tmp_path / "alike"
    shutil.copytree(mini_project, alike)
    load_corpus(alike)  # written here
    _forked_writer(monkeypatch)
    load_corpus(mini_project)
    snapshot.wait_for_writers()
    cached = sorted(path.name for path in (mini_project / CACHE_DIR).iterdir())
    assert cached == sorted(path.name for path in (alike / CACHE_DIR).iterdir())
    assert any("sources" in name for name in cached)  # the sources' front matter, kept as the loader closed its groups


def test_a_big_corpus_written_in_process_still_makes_the_parse_cache_folder(mini_project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where this process may not fork (the preview's threads), the writer is this process: it may make the folder."""
    monkeypatch.setattr(snapshot, "ASIDE_MIN_MODELS", 0)  # as if the corpus were big
    monkeypatch.setattr(snapshot, "safe_to_fork", lambda: False)
    load = loader._load

    def folder_gone_meanwhile(*args: object, **kwargs: object) -> Corpus:
        corpus = load(*args, **kwargs)  # type: ignore[arg-type]
        shutil.rmtree(mini_project / CACHE_DIR)  # the facts files' groups were written as they were loaded
        return corpus

    monkeypatch.setattr(loader, "_load", folder_gone_meanwhile)
    load_corpus(mini_project)
    assert any("sources" in path.name for path in (mini_project / CACHE_DIR).iterdir())


# A command-line ``check`` whose snapshot writer waits for a file to appear before it writes the snapshot
# (as if pickling took that long), the corpus treated as big.
_HELD_WRITER_CHECK = """
import sys, time
from pathlib import Path
from briefgen.corpus import snapshot
snapshot.ASIDE_MIN_MODELS = 0
release = Path(sys.argv[2])
write = snapshot.SnapshotStore._write
def held(self, name, *args, **kwargs):
    deadline = time.monotonic() + 60
    while name == snapshot.CORPUS_FILE and not release.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    return write(self, name, *args, **kwargs)
snapshot.SnapshotStore._write = held
sys.argv = ["briefgen", "-C", sys.argv[1], "check"]
from briefgen.cli import console
console()
"""


def _check_with_held_writer(project: Path, release: Path) -> subprocess.CompletedProcess[str]:
    if not corpusfiles.safe_to_fork():
        pytest.skip("the snapshot is written aside only where this process may fork")
    command = [sys.executable, "-c", _HELD_WRITER_CHECK, str(project), str(release)]
    # Output read through pipes: run() returns only once no process holds them.
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def _wait_for_lock(fd: int) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            assert time.monotonic() < deadline, "the writer never finished"
            time.sleep(0.01)


def test_a_check_ends_without_waiting_for_its_snapshot_and_the_next_load_waits_for_it(mini_project: Path, tmp_path: Path) -> None:
    release = tmp_path / "release"
    result = _check_with_held_writer(mini_project, release)
    assert result.returncode == 1, result.stderr  # the mini project's brief names a layout it lacks: reported, not a crash
    assert "sources disagree on figures" in result.stderr  # the answer was given in full
    assert not (mini_project / SNAPSHOT_DIR / CORPUS_FILE).exists()  # the writer is still held back
    release.touch()
    started = fresh(mini_project)
    assert snapshot_valid(mini_project)  # waited for the writer the ended check left, then read its file
    assert seen(load_corpus(mini_project)) == seen(started)


def test_a_writer_left_to_finish_does_not_make_a_deleted_cache_folder_again(mini_project: Path, tmp_path: Path) -> None:
    release = tmp_path / "release"
    assert _check_with_held_writer(mini_project, release).returncode == 1
    lock = os.open(mini_project / SNAPSHOT_DIR / snapshot.WRITING_LOCK, os.O_RDONLY)
    try:
        shutil.rmtree(mini_project / "build")  # ``rm -rf build`` right after the check
        release.touch()
        _wait_for_lock(lock)
    finally:
        os.close(lock)
    assert not (mini_project / "build").exists()


# The same check with the writer held back at its first step instead, the parse cache's last writes.
_HELD_CACHE_CHECK = _HELD_WRITER_CHECK.replace(
    """write = snapshot.SnapshotStore._write
def held(self, name, *args, **kwargs):
    deadline = time.monotonic() + 60
    while name == snapshot.CORPUS_FILE and not release.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    return write(self, name, *args, **kwargs)
snapshot.SnapshotStore._write = held""",
    """from briefgen.corpus import cache
finish = cache.ParseCache.finish
def held(self, **kwargs):
    deadline = time.monotonic() + 60
    while not release.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    return finish(self, **kwargs)
cache.ParseCache.finish = held""",
)


def test_a_writer_left_to_finish_does_not_make_a_deleted_parse_cache_folder_again(mini_project: Path, tmp_path: Path) -> None:
    assert _HELD_CACHE_CHECK != _HELD_WRITER_CHECK
    if not corpusfiles.safe_to_fork():
        pytest.skip("the snapshot is written aside only where this process may fork")
    release = tmp_path / "release"
    command = [sys.executable, "-c", _HELD_CACHE_CHECK, str(mini_project), str(release)]
    assert subprocess.run(command, capture_output=True, text=True, timeout=60, check=False).returncode == 1
    lock = os.open(mini_project / SNAPSHOT_DIR / snapshot.WRITING_LOCK, os.O_RDONLY)
    try:
        shutil.rmtree(mini_project / "build")  # ``rm -rf build`` while the writer has not yet written the parse cache
        release.touch()
        _wait_for_lock(lock)
    finally:
        os.close(lock)
    assert not (mini_project / "build").exists()


def _edit_claim(project: Path) -> None:
    path = project / "facts" / "trade.yaml"
    # The same number of bytes: only the content (hashed, as the file is new) tells the change.
    path.write_text(path.read_text(encoding="utf-8").replace("Pakistan and Belarus", "Belarus and Pakistan", 1), encoding="utf-8")


def _edit_body(project: Path) -> None:
    path = project / "facts" / "sources" / "later-source.md"
    path.write_text(path.read_text(encoding="utf-8").replace("visited Minsk in March", "visited Minsk in April"), encoding="utf-8")


def _add_links(project: Path) -> None:
    entry = "- {facts: [delegation-plan, delegation-visit], event: delegation-minsk, decision: rejected}\n"
    (project / "facts" / "links.yaml").write_text(entry, encoding="utf-8")


def _add_outlets(project: Path) -> None:
    (project / "facts" / "outlets.yaml").write_text("Test Gazette: {origin: test-wire}\n", encoding="utf-8")


def _edit_vocabulary(project: Path) -> None:
    path = project / "facts" / "vocabulary.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("  industry: Industrial cooperation.\n", ""), encoding="utf-8")


def _delete_source(project: Path) -> None:
    (project / "facts" / "sources" / "later-source.md").unlink()


def _delete_facts_file(project: Path) -> None:
    (project / "facts" / "trade.yaml").unlink()


def _add_draft(project: Path) -> None:
    (project / "facts" / "drafts").mkdir()
    draft = "- id: draft-one\n  claim: A draft.\n  source: mini-source\n  quote: A delegation will visit Minsk next month.\n"
    (project / "facts" / "drafts" / "new.yaml").write_text(draft + '  date: "2025-02"\n  topics: [visits]\n', encoding="utf-8")


def _replace_by_rename(project: Path) -> None:
    path = project / "facts" / "sources" / "mini-source.md"
    text = path.read_text(encoding="utf-8")
    spare = path.with_name("mini-source.tmp")
    spare.write_text(text.replace("next month", "next april"), encoding="utf-8")
    spare.replace(path)


EDITS: dict[str, Callable[[Path], None]] = {
    "fact": _edit_claim,
    "source body": _edit_body,
    "links.yaml": _add_links,
    "outlets.yaml": _add_outlets,
    "vocabulary": _edit_vocabulary,
    "deleted source": _delete_source,
    "deleted facts file": _delete_facts_file,
    "new draft": _add_draft,
    "renamed over": _replace_by_rename,
}


@pytest.mark.parametrize("edit", list(EDITS), ids=list(EDITS))
def test_any_change_to_the_corpus_is_seen_at_once(mini_project: Path, edit: str) -> None:
    before = seen(load_corpus(mini_project))
    EDITS[edit](mini_project)
    assert not snapshot_valid(mini_project)
    after = load_corpus(mini_project)
    assert seen(after) == seen(fresh(mini_project))
    if edit != "outlets.yaml":  # not read by the loader (yet): it only must not let a stale answer through
        assert seen(after) != before
    assert snapshot_valid(mini_project)  # the new state is kept in turn
    assert seen(load_corpus(mini_project)) == seen(after)


@pytest.mark.parametrize("edit", ["source body", "links.yaml", "deleted source", "vocabulary"])
def test_stat_figures_alone_tell_a_change_to_an_older_file(mini_project: Path, edit: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """With no file counted as just changed, nothing is hashed: size, times and inode must tell the change."""
    monkeypatch.setattr(snapshot, "RACY_NANOSECONDS", -(10**18))
    load_corpus(mini_project)
    inputs = take_inputs(mini_project)
    assert inputs is not None
    stored = SnapshotStore(mini_project).read_corpus(inputs)
    assert stored is not None and stored[0].digests == ()
    EDITS[edit](mini_project)
    assert not snapshot_valid(mini_project)
    assert seen(load_corpus(mini_project)) == seen(fresh(mini_project))


def test_a_just_changed_file_is_verified_by_its_content(mini_project: Path) -> None:
    load_corpus(mini_project)
    inputs = take_inputs(mini_project)
    assert inputs is not None
    stored = SnapshotStore(mini_project).read_corpus(inputs)
    assert stored is not None
    assert "facts/trade.yaml" in dict(stored[0].digests)  # copied a moment ago: racily clean


def _flip_last_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[-1] ^= 1
    path.write_bytes(bytes(data))


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _garbage(path: Path) -> None:
    path.write_bytes(b"not a snapshot\n\x00\x01")


@pytest.mark.parametrize("damage", [_flip_last_byte, _truncate, _garbage], ids=["flipped", "truncated", "garbage"])
def test_a_damaged_snapshot_is_ignored(mini_project: Path, damage: Callable[[Path], None]) -> None:
    load_corpus(mini_project)
    damage(mini_project / SNAPSHOT_DIR / CORPUS_FILE)
    assert not snapshot_valid(mini_project)
    assert seen(load_corpus(mini_project)) == seen(fresh(mini_project))
    assert snapshot_valid(mini_project)  # rewritten


def test_a_snapshot_signed_with_another_key_is_ignored(mini_project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A snapshot written elsewhere (copied in with a project) could claim anything: without our key it is never used."""
    monkeypatch.setattr(corpuscache, "_key", b"k" * 32)
    corpus = load_corpus(mini_project)
    inputs = take_inputs(mini_project)
    assert inputs is not None
    kept = SnapshotStore(mini_project).read_corpus(inputs)
    assert kept is not None
    forged = corpus.sources["later-source"].model_copy(update={"title": "A forged title"})
    state = list(kept[1])
    state[0] = {**corpus.sources, "later-source": forged}
    monkeypatch.setattr(corpuscache, "_key", b"o" * 32)  # written by someone else, with their own key
    assert SnapshotStore(mini_project).write_corpus(kept[0], tuple(state))
    monkeypatch.setattr(corpuscache, "_key", b"k" * 32)
    assert not snapshot_valid(mini_project)
    assert load_corpus(mini_project).sources["later-source"].title == "Trade talks continue"
    assert SnapshotStore(mini_project).write_corpus(kept[0], tuple(state))  # the same file under our key is believed
    assert load_corpus(mini_project).sources["later-source"].title == "A forged title"


def test_a_corpus_reached_through_a_symbolic_link_gets_no_snapshot(mini_project: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.md"
    (mini_project / "facts" / "sources" / "later-source.md").rename(outside)
    (mini_project / "facts" / "sources" / "later-source.md").symlink_to(outside)
    load_corpus(mini_project)
    assert take_inputs(mini_project) is None
    assert not (mini_project / SNAPSHOT_DIR / CORPUS_FILE).exists()


def test_no_snapshot_when_caching_is_off(mini_project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFGEN_NO_CACHE", "1")
    load_corpus(mini_project)
    assert not (mini_project / SNAPSHOT_DIR).exists()


def test_kept_link_proposals_are_used_only_for_the_inputs_they_were_made_from(mini_project: Path) -> None:
    corpus = load_corpus(mini_project)
    assert corpus.link_proposals() == []
    assert (mini_project / SNAPSHOT_DIR / "proposals.pickle").is_file()
    inputs = take_inputs(mini_project)
    assert inputs is not None
    planted = [LinkProposal(("delegation-plan", "delegation-visit"), "event", "delegation-minsk", 0.9, "planted")]
    store = SnapshotStore(mini_project)
    kept = store.read_corpus(inputs)
    assert kept is not None
    assert store.write_derived("proposals", kept[0], planted)
    assert load_corpus(mini_project).link_proposals() == planted  # kept proposals are what check reports
    _add_links(mini_project)
    assert load_corpus(mini_project).link_proposals() == []  # the planted ones belong to the old links.yaml


def test_check_prints_the_same_cold_and_warm(mini_project: Path) -> None:
    cold = run_cli("-C", str(mini_project), "check", env={"BRIEFGEN_NO_CACHE": "1"})
    first = run_cli("-C", str(mini_project), "check")
    assert snapshot_valid(mini_project)
    warm = run_cli("-C", str(mini_project), "check")
    assert (cold.code, cold.stdout, cold.stderr) == (first.code, first.stdout, first.stderr) == (warm.code, warm.stdout, warm.stderr)
    assert "2 discrepancies" in warm.stdout
    _edit_body(mini_project)
    edited = run_cli("-C", str(mini_project), "check")
    assert "quote not found in source 'later-source'" in edited.stdout + edited.stderr
    assert edited.code == 1


def test_an_unreadable_snapshot_folder_leaves_check_working(mini_project: Path) -> None:
    (mini_project / SNAPSHOT_DIR).parent.mkdir(parents=True)
    (mini_project / SNAPSHOT_DIR).write_text("a file where the folder goes", encoding="utf-8")
    assert seen(load_corpus(mini_project)) == seen(fresh(mini_project))
    assert (mini_project / SNAPSHOT_DIR).is_file()


def test_a_racily_clean_file_is_trusted_only_if_its_content_is_the_same(mini_project: Path) -> None:
    """Stat figures cannot show a second write within one clock tick: a file changed just before is compared by content."""
    load_corpus(mini_project)
    inputs = take_inputs(mini_project)
    assert inputs is not None
    store = SnapshotStore(mini_project)
    kept = store.read_corpus(inputs)
    assert kept is not None
    digests = dict(kept[0].digests)
    digests["facts/trade.yaml"] = hashlib.sha256(b"what the file held when the snapshot was taken").hexdigest()
    assert store.write_corpus(Inputs(inputs.files, tuple(digests.items())), kept[1])
    assert store.read_corpus(inputs) is None
    assert seen(load_corpus(mini_project)) == seen(fresh(mini_project))


def test_kept_model_digests_follow_the_corpus(mini_project: Path) -> None:
    """A build hashes every fact and source; the digests are kept beside the snapshot, and a change renews them."""
    first = load_corpus(mini_project).model_digests()
    assert (mini_project / SNAPSHOT_DIR / "digests.pickle").is_file()
    again = load_corpus(mini_project)
    assert again.model_digests() == first == model_digests(again.facts, again.sources)
    _edit_body(mini_project)
    edited = load_corpus(mini_project)
    digests = edited.model_digests()
    assert digests == model_digests(edited.facts, edited.sources)
    assert digests["source later-source"] != first["source later-source"]
    assert {k: v for k, v in digests.items() if k != "source later-source"} == {
        k: v for k, v in first.items() if k != "source later-source"
    }
