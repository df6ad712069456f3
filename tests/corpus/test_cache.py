"""The corpus parse cache, and parsing on several cores: same results, never trusted blindly."""

from __future__ import annotations

import dataclasses
import json
import os
import time
from pathlib import Path

import pytest

from briefgen.corpus import files as corpusfiles
from briefgen.corpus.cache import CACHE_DIR, CACHE_FORMAT, PYTHON_TAG, ParseCache, ParseGroup, cache_enabled, text_key, write_replacing
from briefgen.corpus.loader import Corpus, load_corpus
from briefgen.loading.yamlload import LoadedYaml, load_yaml
from tests.conftest import REPO

FACTS = """- id: extra-{n}
  claim: A claim.
  source: mini-source
  quote: A delegation will visit Minsk next month.
  date: "2025-02"
  topics: [visits]
"""
# Two more facts in another style: topics listed a line each, and a date no calendar has (a problem at its line).
OTHER_FACTS = """- id: listed-{n}
  claim: A claim.
  source: mini-source
  quote: A delegation will visit Minsk next month.
  topics:
    - visits
  date: "2025-02"
- id: misdated-{n}
  claim: A claim.
  source: mini-source
  quote: A delegation will visit Minsk next month.
  date: "2025-13"
  topics: [visits]
"""


def _would_use_pool(files: list[tuple[Path, str]]) -> bool:
    """Whether these files, none of them cached, would be parsed by a worker pool (the loader's own two tests)."""
    return corpusfiles._pool_allowed(len(files)) and corpusfiles._worth_a_pool(files)


def snapshot(corpus: Corpus) -> tuple[object, ...]:
    """Everything a load produces that a reader could see."""
    return (
        {k: v.model_dump() for k, v in corpus.sources.items()},
        {k: v.model_dump() for k, v in corpus.facts.items()},
        {k: v.model_dump() for k, v in corpus.drafts.items()},
        {k: dataclasses.astuple(v) for k, v in corpus.origins.items()},  # every line, those equality leaves out too
        corpus.source_origins,
        [p.format() for p in corpus.problems],
    )


def cache_files(project: Path) -> dict[str, bytes]:
    folder = project / CACHE_DIR
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.is_dir() else {}


def load_with_cache(project: Path) -> tuple[Corpus, ParseCache]:
    cache = ParseCache.for_project(project)
    return load_corpus(project, cache=cache), cache


@pytest.fixture(autouse=True)
def _cache_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BRIEFGEN_NO_CACHE", raising=False)


def test_second_load_comes_from_the_cache_and_is_identical(mini_project: Path) -> None:
    first, cache = load_with_cache(mini_project)
    assert cache.written
    assert sorted(cache_files(mini_project)) == ["facts%2Fsources.json", "facts%2Ftrade.yaml.json", "facts%2Fvocabulary.yaml.json"]
    before = cache_files(mini_project)
    second, cache = load_with_cache(mini_project)
    assert not cache.written  # every parse came from the cache
    assert cache_files(mini_project) == before
    assert snapshot(second) == snapshot(first) == snapshot(load_corpus(mini_project, cache=ParseCache(None)))


def test_group_hits_and_misses(tmp_path: Path) -> None:
    path = tmp_path / "group.json"
    group = ParseGroup(path)
    text = "- id: a\n  topics: [x]\n"
    parsed = group.load(text, "facts/a.yaml")
    assert group.changed
    assert group.save()
    again = ParseGroup(path)
    assert list(again.entries) == [text_key(text)]
    hit = again.load(text, "facts/a.yaml", line_offset=3)
    assert not again.changed
    assert (hit.data, hit.lines, hit.line_offset) == (parsed.data, parsed.lines, 3)
    assert hit.line_of((0, "topics", 0)) == 5
    assert not again.save()  # nothing changed: nothing written


def test_a_cached_facts_file_still_tells_each_mistake_at_its_line(mini_project: Path) -> None:
    """The cache keeps a facts file's origin rows, not its line table; a fact that fails to validate still gets its line."""
    (mini_project / "facts/other.yaml").write_text(FACTS.format(n=1) + OTHER_FACTS.format(n=2), encoding="utf-8")
    first, _ = load_with_cache(mini_project)
    [entry] = ParseGroup(mini_project / CACHE_DIR / "facts%2Fother.yaml.json").entries.values()
    assert "lines" not in entry and len(entry["rows"]) == 3
    second, cache = load_with_cache(mini_project)
    assert not cache.written
    assert snapshot(second) == snapshot(first)
    assert any(p.format().startswith("facts/other.yaml:18: fact 'misdated-2'") for p in second.problems)  # its date's line
    assert dataclasses.astuple(second.origins["listed-2"])[1:] == (7, 10, 9, (12,), 13)


def test_an_edited_file_is_parsed_again(mini_project: Path) -> None:
    load_with_cache(mini_project)
    trade = mini_project / "facts/trade.yaml"
    trade.write_text(trade.read_text(encoding="utf-8").replace("kind: plan", "kind: event"), encoding="utf-8")
    corpus, cache = load_with_cache(mini_project)
    assert cache.written
    assert corpus.facts["delegation-plan"].kind == "event"


def test_a_file_with_a_mistake_is_not_cached(mini_project: Path) -> None:
    (mini_project / "facts/broken.yaml").write_text("- id: x\n  claim: 'unclosed\n", encoding="utf-8")
    first, _ = load_with_cache(mini_project)
    assert not (mini_project / CACHE_DIR / "facts%2Fbroken.yaml.json").exists()
    second, _ = load_with_cache(mini_project)
    assert [p.format() for p in second.errors] == [p.format() for p in first.errors]
    assert second.errors[0].format().startswith("facts/broken.yaml:2: YAML syntax error")


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],  # cut short
        lambda raw: b"",  # empty
        lambda raw: b"\x00\xff garbage",  # not JSON
        lambda raw: raw.replace(b"delegation", b"Delegation", 1),  # payload changed: checksum fails
        lambda raw: raw.replace(b"briefgen-yamlload-", b"briefgen-yamlload-0", 1),  # another loader version
        lambda raw: raw.replace(f'"format": {CACHE_FORMAT}'.encode(), b'"format": 99', 1),  # another cache format
        lambda raw: raw.replace(PYTHON_TAG.encode(), b"cpython-26", 1),  # written by another Python (marshal's format is its own)
        lambda raw: b"[]\n" + raw.partition(b"\n")[2],  # header not a mapping
    ],
)
def test_a_damaged_cache_file_is_ignored(mini_project: Path, damage: object) -> None:
    expected = snapshot(load_with_cache(mini_project)[0])
    cached = mini_project / CACHE_DIR / "facts%2Ftrade.yaml.json"
    cached.write_bytes(damage(cached.read_bytes()))  # type: ignore[operator]
    corpus, cache = load_with_cache(mini_project)
    assert snapshot(corpus) == expected
    assert cache.written  # and the group was written afresh
    assert ParseGroup(cached).entries


def test_a_cache_entry_is_only_used_for_identical_text(mini_project: Path) -> None:
    """Even a well-formed entry is looked up by the hash of the exact text parsed."""
    load_with_cache(mini_project)
    cached = mini_project / CACHE_DIR / "facts%2Ftrade.yaml.json"
    group = ParseGroup(cached)
    [(_key, entry)] = group.entries.items()
    forged = {"0" * 64: entry}  # an entry for some other text, with a valid checksum
    group.used = forged
    group.changed = True
    group.save()
    corpus, cache = load_with_cache(mini_project)
    assert cache.written
    assert len(corpus.facts) == 5


def test_a_malformed_entry_with_a_valid_checksum_is_parsed_again(tmp_path: Path) -> None:
    path = tmp_path / "group.json"
    text = "a: b\n"
    group = ParseGroup(path)
    group.used = {text_key(text): {"data": {"a": "b"}}}  # no line table
    group.changed = True
    group.save()
    again = ParseGroup(path)
    assert again.load(text, "x.yaml").lines == {(): 1}
    assert again.changed


def test_cache_that_cannot_be_written(mini_project: Path) -> None:
    (mini_project / "build").write_text("a file where the build folder would be", encoding="utf-8")
    corpus, cache = load_with_cache(mini_project)
    assert corpus.errors == []
    assert not cache.written


def test_write_replacing_leaves_no_temporary_file_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "folder"
    target.mkdir()
    assert not write_replacing(target, b"data")  # a folder cannot be replaced by a file
    assert list(tmp_path.iterdir()) == [target]
    assert write_replacing(tmp_path / "new" / "file.json", b"data")
    assert (tmp_path / "new" / "file.json").read_bytes() == b"data"


def test_disabled_by_the_environment(mini_project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFGEN_NO_CACHE", "1")
    cache = ParseCache.for_project(mini_project)
    assert not cache.enabled
    corpus = load_corpus(mini_project)
    assert len(corpus.facts) == 5
    assert not (mini_project / "build").exists()


@pytest.mark.parametrize(("value", "enabled"), [("", True), ("0", True), ("1", False), ("yes", False), (" 1 ", False)])
def test_cache_enabled(value: str, enabled: bool) -> None:
    assert cache_enabled({"BRIEFGEN_NO_CACHE": value}) is enabled
    assert cache_enabled({}) is True


def test_files_no_longer_used_are_removed(mini_project: Path) -> None:
    (mini_project / "facts/more.yaml").write_text(FACTS.format(n=1), encoding="utf-8")
    load_with_cache(mini_project)
    assert "facts%2Fmore.yaml.json" in cache_files(mini_project)
    (mini_project / "facts/more.yaml").rename(mini_project / "facts/renamed.yaml")
    folder = mini_project / CACHE_DIR
    old_part = folder / ".facts%2Fgone.json.x.part"
    old_part.write_bytes(b"left by a killed run")
    os.utime(old_part, (time.time() - 3600, time.time() - 3600))
    new_part = folder / ".facts%2Fother.json.y.part"
    new_part.write_bytes(b"being written by another run")
    (folder / "notes.txt").write_text("not ours", encoding="utf-8")
    load_with_cache(mini_project)
    names = set(cache_files(mini_project))
    assert "facts%2Fmore.yaml.json" not in names
    assert "facts%2Frenamed.yaml.json" in names
    assert old_part.name not in names
    assert new_part.name in names
    assert "notes.txt" in names


def test_group_without_a_file_parses_every_time() -> None:
    group = ParseGroup(None)
    loaded = group.load("a: b\n", "x.yaml")
    assert loaded.data == {"a": "b"}
    assert not group.save()


# Parsing on several cores ----------------------------------------------------------------


def _big_project(project: Path) -> None:
    """A project with several facts files, one broken, one repeating an id, one empty."""
    for n in range(6):
        text = "".join(FACTS.format(n=f"{n}-{i}") for i in range(20)) + OTHER_FACTS.format(n=n)
        (project / f"facts/part-{n}.yaml").write_text(text, encoding="utf-8")
    (project / "facts/part-3.yaml").write_text("- id: broken\n  claim: 'unclosed\n", encoding="utf-8")
    (project / "facts/part-4.yaml").write_text(FACTS.format(n="0-1"), encoding="utf-8")  # repeats an id of part-0
    (project / "facts/part-5.yaml").write_text("# nothing yet\n", encoding="utf-8")
    (project / "facts/drafts").mkdir()
    (project / "facts/drafts/suggested.yaml").write_text(FACTS.format(n="draft"), encoding="utf-8")


@pytest.fixture
def single_threaded() -> None:
    """Workers are never forked beside other threads; a test that needs them cannot run after one left a thread behind."""
    import threading

    if threading.active_count() > 1:
        names = ", ".join(t.name for t in threading.enumerate() if t is not threading.main_thread())
        pytest.skip(f"an earlier test left threads running ({names}); test_pool_in_a_fresh_process covers this")


def _idle_machine() -> int:
    return 0


@pytest.fixture
def pool_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers for any corpus, as if the other core were idle (whatever else runs beside the tests)."""
    monkeypatch.setattr(corpusfiles, "PARALLEL_MIN_FILES", 1)
    monkeypatch.setattr(corpusfiles, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(corpusfiles, "_others_running", _idle_machine)


@pytest.mark.parametrize("cached", [False, True])
def test_pool_gives_the_same_corpus(mini_project: Path, monkeypatch: pytest.MonkeyPatch, cached: bool, single_threaded: None) -> None:
    _big_project(mini_project)
    files = [(p, p.relative_to(mini_project).as_posix()) for p in sorted((mini_project / "facts").glob("*.yaml"))]
    assert not _would_use_pool(files)  # a small corpus is parsed in-process
    expected = snapshot(load_corpus(mini_project, cache=ParseCache(None)))
    monkeypatch.setattr(corpusfiles, "PARALLEL_MIN_FILES", 1)
    monkeypatch.setattr(corpusfiles, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(corpusfiles, "_others_running", _idle_machine)
    assert _would_use_pool(files)
    cache = ParseCache.for_project(mini_project) if cached else ParseCache(None)
    corpus = load_corpus(mini_project, cache=cache)
    assert snapshot(corpus) == expected
    assert "facts/part-4.yaml:1: duplicate fact id 'extra-0-1' (first defined at facts/part-0.yaml:7)" in expected[-1]  # type: ignore[operator]
    assert any(p.startswith("facts/part-0.yaml:132: fact 'misdated-0'") for p in expected[-1])  # type: ignore[attr-defined]
    assert dataclasses.astuple(corpus.origins["listed-0"])[1:] == (121, 124, 123, (126,), 127)
    if cached:
        assert cache.written
        assert "facts%2Fpart-0.yaml.json" in cache_files(mini_project)
        again, cache = load_with_cache(mini_project)  # in the pool again, now from the cache
        assert snapshot(again) == expected
        assert not cache.written


def test_pool_is_not_used_beside_other_threads(mini_project: Path, pool_everything: None, single_threaded: None) -> None:
    import threading

    files = [(mini_project / "facts/trade.yaml", "facts/trade.yaml")]
    assert _would_use_pool(files)
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not _would_use_pool(files)
    finally:
        stop.set()
        thread.join()


def test_pool_counts_only_readable_files(tmp_path: Path, pool_everything: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpusfiles, "PARALLEL_MIN_BYTES", 10)
    (tmp_path / "small.yaml").write_text("a: b\n", encoding="utf-8")
    assert not _would_use_pool([(tmp_path / "small.yaml", "small.yaml"), (tmp_path / "missing.yaml", "missing.yaml")])


def test_parse_job_in_process(tmp_path: Path) -> None:
    """What a worker runs, run here: parse through the file's own group, and write it."""
    path = tmp_path / "facts.yaml"
    path.write_text("- id: a\n", encoding="utf-8")
    cache_file = tmp_path / "cache" / "facts.json"
    loaded, problems, written, text = corpusfiles._parse_job(path, "facts/facts.yaml", cache_file)
    assert isinstance(loaded, LoadedYaml) and loaded.data == [{"id": "a"}]
    assert problems == [] and written and text == "- id: a\n"
    assert corpusfiles._parse_job(path, "facts/facts.yaml", cache_file)[2] is False
    missing = corpusfiles._parse_job(tmp_path / "missing.yaml", "facts/missing.yaml", None)
    assert missing[0] is None and missing[1][0].message.startswith("cannot read file")


def test_a_parse_sent_by_a_worker_reads_back_as_the_parse(tmp_path: Path) -> None:
    """What a worker sends back: the document, each item's origin lines, and the line table, unpacked only when asked for."""
    path = tmp_path / "facts.yaml"
    path.write_text(FACTS.format(n=1) + OTHER_FACTS.format(n=2) + "- [not, a, fact]\n", encoding="utf-8")
    fresh = load_yaml(path.read_text(encoding="utf-8"), "facts/facts.yaml")
    packed, problems, written = corpusfiles._parse_for_sending(path, "facts/facts.yaml", None)
    loaded, origin_lines = corpusfiles._unpacked(packed)
    assert problems == [] and not written and loaded is not None
    assert loaded.data == fresh.data
    assert origin_lines == [(1, 4, 3, 5, (6,)), (7, 10, 9, 13, (12,)), (14, 17, 16, 18, (19,)), (20, 20, 20, 20, ())]
    assert "lines" not in vars(loaded)  # not unpacked yet
    assert loaded.line_of((2, "date")) == fresh.line_of((2, "date")) == 18
    assert loaded.lines == fresh.lines
    assert corpusfiles._unpacked(corpusfiles._parse_for_sending(tmp_path / "missing.yaml", "facts/missing.yaml", None)[0]) == (None, None)


def test_cached_parse_equals_a_fresh_one(tmp_path: Path) -> None:
    text = "- id: a\n  topics:\n    - x\n    - y\n  value: {amount: '1', unit: USD}\n- [nested, [list]]\n- ''\n"
    group = ParseGroup(tmp_path / "g.json")
    group.load(text, "x.yaml")
    group.save()
    cached = ParseGroup(tmp_path / "g.json").load(text, "x.yaml")
    fresh = load_yaml(text, "x.yaml")
    assert cached.data == fresh.data
    assert cached.lines == fresh.lines
    assert all(type(k) is tuple for k in cached.lines)


def test_finish_survives_a_vanished_folder(tmp_path: Path) -> None:
    cache = ParseCache(tmp_path / "gone")
    cache.close("never-opened")  # closing what was never opened does nothing
    cache.record("facts/a.yaml", written=True)
    cache.finish()  # the folder to tidy does not exist: nothing to do, no error
    assert not (tmp_path / "gone").exists()


def test_age_of_a_vanished_file(tmp_path: Path) -> None:
    from briefgen.corpus.cache import _age

    assert _age(tmp_path / "missing.part", time.time()) == 0.0


def test_workers_leave_interrupts_to_the_main_process() -> None:
    import signal

    previous = signal.getsignal(signal.SIGINT)
    try:
        corpusfiles._ignore_interrupts()
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, previous)


def test_finish_closes_groups_left_open(tmp_path: Path) -> None:
    cache = ParseCache(tmp_path / "cache")
    cache.group("facts/a.yaml").load("a: b\n", "facts/a.yaml")
    cache.finish()
    assert cache.open_groups == {}
    assert cache.written
    assert [p.name for p in (tmp_path / "cache").iterdir()] == ["facts%2Fa.yaml.json"]


def _use_pool_in_child(files: list[tuple[Path, str]], answers: object) -> None:
    answers.put(_would_use_pool(files))  # type: ignore[attr-defined]


def test_pool_is_not_used_in_a_daemonic_process(mini_project: Path, pool_everything: None) -> None:
    import multiprocessing

    context = multiprocessing.get_context("fork")
    files = [(mini_project / "facts/trade.yaml", "facts/trade.yaml")]
    answers = context.Queue()
    for daemon in (True, False):
        child = context.Process(target=_use_pool_in_child, args=(files, answers), daemon=daemon)
        child.start()
        child.join(30)
        assert answers.get(timeout=30) is (not daemon)


def _die(path: Path, display: str, cache_file: Path | None) -> object:
    if display.endswith("part-2.yaml") and os.getpid() != _TEST_PROCESS:
        os._exit(1)  # a worker killed mid-way, as the out-of-memory killer would
    return _real_parse_job(path, display, cache_file)


_real_parse_job = corpusfiles._parse_job
_TEST_PROCESS = os.getpid()


def test_a_broken_pool_falls_back_to_parsing_here(
    mini_project: Path, pool_everything: None, monkeypatch: pytest.MonkeyPatch, single_threaded: None
) -> None:
    _big_project(mini_project)
    expected = snapshot(load_corpus(mini_project, cache=ParseCache(None)))
    monkeypatch.setattr(corpusfiles, "_parse_job", _die)  # the forked workers run this one
    monkeypatch.setattr(corpusfiles, "_IN_FLIGHT_PER_WORKER", 1)
    monkeypatch.setattr(corpusfiles, "_MAX_STOLEN", 0)  # files still unsent when the pool breaks
    assert snapshot(load_corpus(mini_project, cache=ParseCache(None))) == expected
    monkeypatch.setattr(corpusfiles, "_MAX_STOLEN", 8)  # and with the loader parsing from the tail too
    assert snapshot(load_corpus(mini_project, cache=ParseCache(None))) == expected


def _use_pool_on_one_cpu(files: list[tuple[Path, str]], answers: object) -> None:
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    answers.put(_would_use_pool(files))  # type: ignore[attr-defined]


@pytest.mark.skipif(len(os.sched_getaffinity(0)) < 2, reason="needs two CPUs to pin to one")
def test_pool_is_not_used_when_pinned_to_one_cpu(mini_project: Path, pool_everything: None) -> None:
    import multiprocessing

    context = multiprocessing.get_context("fork")
    files = [(mini_project / "facts/trade.yaml", "facts/trade.yaml")]
    answers = context.Queue()
    child = context.Process(target=_use_pool_on_one_cpu, args=(files, answers))
    child.start()
    child.join(30)
    assert answers.get(timeout=30) is False


def test_only_files_the_cache_lacks_go_to_workers(mini_project: Path, pool_everything: None, single_threaded: None) -> None:
    _big_project(mini_project)
    cache = ParseCache.for_project(mini_project)
    files = [(p, p.relative_to(mini_project).as_posix()) for p in sorted((mini_project / "facts").glob("*.yaml"))]
    assert corpusfiles._files_to_send(files, cache) == list(range(len(files)))  # nothing cached yet
    load_corpus(mini_project, cache=cache)
    cache = ParseCache.for_project(mini_project)
    broken = [i for i, (_, display) in enumerate(files) if display == "facts/part-3.yaml"]
    assert corpusfiles._files_to_send(files, cache) == broken  # a file that fails to parse is never cached
    edited = files[0][0]
    edited.write_text(edited.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    assert corpusfiles._files_to_send(files, cache) == [0, *broken]
    assert corpusfiles._files_to_send(files, ParseCache(None)) == list(range(len(files)))
    cached_only = [f for i, f in enumerate(files) if i not in (0, *broken)]
    assert corpusfiles._files_to_send(cached_only, cache) is None  # nothing to parse: no pool at all


def test_holds_reads_only_a_valid_header(mini_project: Path, tmp_path: Path) -> None:
    load_with_cache(mini_project)
    cache = ParseCache.for_project(mini_project)
    key = text_key((mini_project / "facts/trade.yaml").read_text(encoding="utf-8"))
    assert key == corpusfiles.file_key(mini_project / "facts/trade.yaml")
    assert cache.holds("facts/trade.yaml", key)
    assert not cache.holds("facts/trade.yaml", "0" * 64)
    assert not cache.holds("facts/trade.yaml", None)
    assert not cache.holds("facts/other.yaml", key)
    assert not ParseCache(None).holds("facts/trade.yaml", key)
    cached = mini_project / CACHE_DIR / "facts%2Ftrade.yaml.json"
    cached.write_bytes(cached.read_bytes().replace(b"briefgen-yamlload-", b"briefgen-yamlload-0", 1))
    assert not cache.holds("facts/trade.yaml", key)
    cached.write_bytes(b"not json\n")
    assert not cache.holds("facts/trade.yaml", key)
    assert corpusfiles.file_key(tmp_path / "missing.yaml") is None


FRESH_PROCESS = """
import json, sys
from pathlib import Path
from briefgen.corpus import files as corpusfiles
from briefgen.corpus.loader import load_corpus
from briefgen.corpus.cache import ParseCache
from briefgen.corpus.report import corpus_json

corpusfiles.PARALLEL_MIN_FILES, corpusfiles.PARALLEL_MIN_BYTES = 1, 0
corpusfiles._others_running = lambda: 0  # as if the other core were idle
root = Path(sys.argv[1])
cache = ParseCache.for_project(root) if sys.argv[2] == "cache" else ParseCache(None)
paths = [p for p in sorted((root / "facts").glob("*.yaml")) if p.name != "vocabulary.yaml"] + sorted((root / "facts/drafts").glob("*.yaml"))
files = [(p, p.relative_to(root).as_posix()) for p in paths]
send = corpusfiles._files_to_send(files, cache)
sent = None if send is None else [files[i][1] for i in send]
print(json.dumps({"sent": sent, "corpus": corpus_json(load_corpus(root, cache=cache))}))
"""


def test_pool_in_a_fresh_process(mini_project: Path) -> None:
    """Workers give the corpus one process gives, checked where no other thread can stop them."""
    import subprocess
    import sys

    from briefgen.corpus.report import corpus_json

    _big_project(mini_project)
    expected = json.loads(json.dumps(corpus_json(load_corpus(mini_project, cache=ParseCache(None)))))

    def run(mode: str) -> dict[str, object]:
        env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
        env.pop("BRIEFGEN_NO_CACHE", None)
        result = subprocess.run(
            [sys.executable, "-c", FRESH_PROCESS, str(mini_project), mode], capture_output=True, text=True, env=env, check=True, timeout=120
        )
        return json.loads(result.stdout)  # type: ignore[no-any-return]

    every = [*(f"facts/part-{n}.yaml" for n in range(6)), "facts/trade.yaml", "facts/drafts/suggested.yaml"]
    # No cache, then a cold cache: every facts file goes to the workers; then a warm cache: only
    # the file that does not parse (it is never cached) does.
    for mode, sent in [("none", every), ("cache", every), ("cache", ["facts/part-3.yaml"])]:
        got = run(mode)
        assert got["sent"] == sent, mode
        assert got["corpus"] == expected, mode


def test_no_workers_when_the_other_cores_are_busy(mini_project: Path, pool_everything: None, monkeypatch: pytest.MonkeyPatch) -> None:
    files = [(mini_project / "facts/trade.yaml", "facts/trade.yaml")]
    assert corpusfiles._others_running() >= 0  # a real look at /proc/loadavg
    monkeypatch.setattr(corpusfiles, "_others_running", lambda: len(os.sched_getaffinity(0)) - 1)
    assert not _would_use_pool(files)


def _rewrite(cached: Path, change: str, into: str, mac: str) -> None:
    """Rewrite a cache file's payload and give it a checksum computed as a forger could."""
    import hashlib

    header_bytes, _, payload = cached.read_bytes().partition(b"\n")
    assert change.encode() in payload
    payload = payload.replace(change.encode(), into.encode())
    header = json.loads(header_bytes)
    header.pop("payload_hmac", None)
    header[mac] = hashlib.sha256(payload).hexdigest()
    cached.write_bytes(json.dumps(header).encode() + b"\n" + payload)


@pytest.mark.parametrize("mac", ["payload_hmac", "payload_sha256"])
def test_a_rewritten_cache_cannot_publish_a_claim_the_facts_do_not_hold(mini_project: Path, mac: str) -> None:
    """The cache's checksum is keyed with a secret outside the project: a rewritten file with a fresh plain checksum is ignored."""
    load_with_cache(mini_project)
    cached = mini_project / CACHE_DIR / "facts%2Ftrade.yaml.json"
    _rewrite(cached, "Trade stood at US$50.2 million in 2019", "Trade stood at US$90 million in 2019", mac)
    corpus, cache = load_with_cache(mini_project)
    assert corpus.facts["trade-2019"].claim == "Trade stood at US$50.2 million in 2019, in Belarus's favour."
    assert cache.written, "the forged file is replaced by a parse of the facts"
