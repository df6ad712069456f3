"""Loading the corpus: archived sources, facts and the topic vocabulary.

The loader reads every file under ``facts/``, validates each item on its own
and checks the links between them (source ids, topics, quotes), collecting
every problem with its file and line before anything stops.  The result is a
:class:`Corpus`: indexed, immutable, and able to give the view of the world
as it stood on a given date (:meth:`Corpus.as_of`).
"""

from __future__ import annotations

import datetime as dt
import difflib
import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefgen.corpus.cache import ParseCache
from briefgen.corpus.chronology import dated_after_its_source
from briefgen.corpus.discrepancies import Discrepancy
from briefgen.corpus.files import MAX_FILE_BYTES, ParsedFile, collector_paused, parse_files, parse_yaml_file, read_text
from briefgen.corpus.links import LINKS_FILE, LinkDecisions, apply_links, link_problems, load_links
from briefgen.corpus.models import Fact, Origin, Source, Vocabulary, control_character_problem, model_digests
from briefgen.corpus.snapshot import Inputs, SnapshotStore, now_ns, restore, state_of, take_inputs, with_racy_digests
from briefgen.errors import BriefgenError, Problem, Severity, shown
from briefgen.loading.frontmatter import split_front_matter
from briefgen.loading.validation import validate_item
from briefgen.project import DRAFTS_DIR, FACTS_DIR, OUTLETS_FILE, SOURCES_DIR, VOCABULARY_FILE
from briefgen.text.quotes import closest_passage, contains_quote, fold, headline_span

if TYPE_CHECKING:
    from briefgen.corpus.proposals import LinkProposal

__all__ = ["MAX_FILE_BYTES", "Corpus", "Origin", "load_corpus", "read_text"]


_KEPT_DATES = 8


@dataclass
class Corpus:
    """The validated sources and facts, indexed by id."""

    root: Path
    sources: dict[str, Source]
    facts: dict[str, Fact]
    drafts: dict[str, Fact]
    vocabulary: Vocabulary
    origins: dict[str, Origin] = field(default_factory=dict)
    source_origins: dict[str, Origin] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    as_of_date: dt.date | None = None
    links: LinkDecisions = field(default_factory=LinkDecisions)
    _discrepancies: list[Discrepancy] | None = field(default=None, init=False, repr=False, compare=False)
    _linked: list[Fact] | None = field(default=None, init=False, repr=False, compare=False)
    # Worked out once per corpus, which does not change once loaded: `build --all` asks for each brief.
    _by_date: dict[dt.date, Corpus] = field(default_factory=dict, init=False, repr=False, compare=False)
    _newest_by_topics: dict[tuple[str, ...], dt.date] | None = field(default=None, init=False, repr=False, compare=False)
    # Where this corpus was kept (or read from) and the files it was loaded from: the link proposals are kept beside it.
    _snapshot: tuple[SnapshotStore, Inputs] | None = field(default=None, init=False, repr=False, compare=False)
    _kept: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity.value == "error"]

    def linked_facts(self) -> list[Fact]:
        """The (non-draft) facts in date order, with the event ids and metrics accepted links give them."""
        if self._linked is None:
            self._linked = apply_links(self.facts_in_date_order(), self.links)
        return list(self._linked)

    def discrepancies(self) -> list[Discrepancy]:
        """Where the (non-draft) facts disagree, accepted links counted; worked out once, as the facts do not change."""
        if self._discrepancies is None:
            from briefgen.corpus.conflicts import find_conflicts

            linked = {
                frozenset(pair)
                for link in self.links.accepted()
                if link.entry.metric
                for pair in itertools.combinations(link.entry.facts, 2)
            }
            self._discrepancies = find_conflicts(self.linked_facts(), linked)
        return [d for d in self._discrepancies if d.kind != "not-comparable"]

    def not_comparable(self) -> list[Discrepancy]:
        """Figures of one measure that cannot be compared: one states a period, the other none."""
        self.discrepancies()
        return [d for d in self._discrepancies or [] if d.kind == "not-comparable"]

    def link_proposals(self) -> list[LinkProposal]:
        """Links ``check`` proposes and links.yaml has not decided yet (worked out on demand: it costs time)."""
        from briefgen.corpus.proposals import propose_links

        return list(self.derived("proposals", lambda: propose_links(self.linked_facts(), self.links)))

    def model_digests(self) -> dict[str, str]:
        """The SHA-256 of each fact's and source's JSON (keys ``fact <id>``, ``source <id>``): what an edition is built from."""
        return dict(self.derived("digests", lambda: model_digests(self.facts, self.sources)))

    def derived(self, name: str, work: Callable[[], Any]) -> Any:
        """A result worked out from the whole corpus, once, and kept beside its snapshot for the next process."""
        if name not in self._kept:
            store, inputs = self._snapshot or (None, None)
            value = store.read_derived(name, inputs) if store and inputs else None
            if value is None:
                value = work()
                if store and inputs:
                    store.write_derived(name, inputs, value)
            self._kept[name] = value
        return self._kept[name]

    def proposal_warning(self, proposal: LinkProposal) -> Problem:
        """A proposal as ``check`` prints it: a warning at the first fact's line, the entry to add as the hint."""
        origin = self.origins[proposal.fact_ids[0]]
        hint = f"add to {LINKS_FILE}, with decision: accepted or rejected: {proposal.entry_yaml()}"
        return Problem(origin.path, origin.line, proposal.describe(), severity=Severity.WARNING, hint=hint)

    def discrepancy_warning(self, discrepancy: Discrepancy) -> Problem:
        """A discrepancy as ``check`` prints it: a warning at the first fact's line, naming each side."""
        from briefgen.corpus.conflicts import describe_with_sides

        origin = self.origins[discrepancy.fact_ids[0]]
        return Problem(origin.path, origin.line, describe_with_sides(discrepancy, self), severity=Severity.WARNING)

    def facts_in_date_order(self) -> list[Fact]:
        return sorted(self.facts.values(), key=lambda f: (f.date.sort_key(), f.id))

    def newest_by_topics(self) -> dict[tuple[str, ...], dt.date]:
        """For each set of topics some fact carries (sorted): the newest publication date among those facts' sources.

        A brief's newest source in scope is then the newest over the topic sets
        it admits: a few hundred sets instead of every fact, for each brief.
        """
        if self._newest_by_topics is None:
            self._newest_by_topics = self.derived("newest-by-topics", self._newest_dates)
        return self._newest_by_topics

    def _newest_dates(self) -> dict[tuple[str, ...], dt.date]:
        newest: dict[tuple[str, ...], dt.date] = {}
        for fact in self.facts.values():
            source = self.sources.get(fact.source)
            if source is not None and source.published is not None:
                key = tuple(sorted(set(fact.topics)))
                if key not in newest or source.published > newest[key]:
                    newest[key] = source.published
        return newest

    def newest_source_date(self) -> dt.date | None:
        dates = [s.published for s in self.sources.values() if s.published is not None]
        return max(dates) if dates else None

    def as_of(self, date: dt.date) -> Corpus:
        """The corpus as an editor would have had it on ``date``.

        Only sources published on or before the date, and facts drawn from
        them; a source that states no publication date cannot be shown to
        predate anything, so it is left out.
        """
        if date in self._by_date:
            return self._by_date[date]
        if len(self._by_date) >= _KEPT_DATES:  # each holds an index of the corpus: keep a few, not one per brief
            del self._by_date[next(iter(self._by_date))]
        sources = {sid: s for sid, s in self.sources.items() if s.published is not None and s.published <= date}
        facts = {fid: f for fid, f in self.facts.items() if f.source in sources}
        view = Corpus(self.root, sources, facts, {}, self.vocabulary, self.origins, self.source_origins, [], date, self.links)
        if len(sources) == len(self.sources) and len(facts) == len(self.facts):  # all of it: nothing to work out again
            view._discrepancies, view._linked, view._newest_by_topics = self._discrepancies, self._linked, self.newest_by_topics()
        self._by_date[date] = view
        return view


class _Loader:
    """Accumulates items and problems while walking the facts/ tree."""

    def __init__(self, root: Path, cache: ParseCache) -> None:
        self.root = root
        self.cache = cache
        self.problems: list[Problem] = []
        self.sources: dict[str, Source] = {}
        self.source_origins: dict[str, Origin] = {}
        self.facts: dict[str, Fact] = {}
        self.drafts: dict[str, Fact] = {}
        self.origins: dict[str, Origin] = {}
        self.vocabulary = Vocabulary(topics={})

    def display(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()

    def load_vocabulary(self) -> None:
        path = self.root / VOCABULARY_FILE
        if not path.is_file():
            self.problems.append(Problem(VOCABULARY_FILE, None, "the topic vocabulary is missing"))
            return
        loaded, problems = parse_yaml_file(path, VOCABULARY_FILE, self.cache.group(VOCABULARY_FILE))
        self.cache.close(VOCABULARY_FILE)
        self.problems += problems
        if loaded is None:
            return
        vocabulary, problems = validate_item(Vocabulary, loaded.data, loaded, (), VOCABULARY_FILE, "vocabulary")
        self.problems += problems
        if vocabulary is not None:
            self.vocabulary = vocabulary

    def load_source(self, path: Path) -> None:
        display = self.display(path)
        text, problems = read_text(path, display)
        self.problems += problems
        if text is None:
            return
        try:
            parts = split_front_matter(text, display, parse=self.cache.group(SOURCES_DIR).load)
        except BriefgenError as exc:
            self.problems += exc.problems
            return
        loaded, body, body_line = parts.meta, parts.body, parts.body_line
        if not isinstance(loaded.data, dict):
            self.problems.append(Problem(display, 2, "front matter must be a mapping of fields"))
            return
        if "body" in loaded.data:
            self.problems.append(
                Problem(display, loaded.line_of(("body",)), "'body' is not a front-matter field; the body goes below the closing '---'")
            )
            return
        source, problems = validate_item(Source, {**loaded.data, "body": body}, loaded, (), display, "source")
        self.problems += problems
        if source is None:
            return
        if not body.strip():
            self.problems.append(Problem(display, body_line, f"source '{source.id}': the article body is empty"))
        control = control_character_problem(body)
        if control is not None:
            self.problems.append(Problem(display, body_line + control[0] - 1, f"source '{source.id}': the article body {control[1]}"))
        if path.stem != source.id:
            self.problems.append(
                Problem(
                    display,
                    loaded.line_of(("id",)),
                    f"source id '{source.id}' does not match the file name",
                    hint=f"rename the file to {source.id}.md",
                )
            )
        if source.id in self.sources:
            first = self.source_origins[source.id]
            self.problems.append(
                Problem(display, loaded.line_of(("id",)), f"duplicate source id '{source.id}' (also in {first.path}:{first.line})")
            )
            return
        self.sources[source.id] = source
        self.source_origins[source.id] = Origin(display, loaded.line_of(("id",)))

    def load_fact_file(self, parsed: ParsedFile, *, drafts: bool) -> None:
        display, loaded = parsed.display, parsed.loaded
        self.problems += parsed.problems
        if loaded is None:
            return
        if loaded.data == "":
            return
        if not isinstance(loaded.data, list):
            self.problems.append(Problem(display, loaded.line_of(()), "a facts file must be a list of facts ('- id: …' entries)"))
            return
        for index, item in enumerate(loaded.data):
            item_line = loaded.line_of((index,))
            given = item.get("id") if isinstance(item, dict) else None
            what = f"fact '{shown(given)}'" if isinstance(given, str) else f"fact #{index + 1}"
            if not isinstance(item, dict):
                self.problems.append(Problem(display, item_line, f"{what}: each fact must be a mapping of fields"))
                continue
            fact, problems = validate_item(Fact, item, loaded, (index,), display, what)
            self.problems += problems
            if fact is None:
                continue
            origin = Origin(
                display,
                item_line,
                loaded.line_of((index, "quote")),
                source_line=loaded.line_of((index, "source")),
                topic_lines=tuple(loaded.line_of((index, "topics", n)) for n in range(len(fact.topics))),
                date_line=loaded.line_of((index, "date")),
            )
            if fact.id in self.origins:
                first = self.origins[fact.id]
                self.problems.append(
                    Problem(display, item_line, f"duplicate fact id '{fact.id}' (first defined at {first.path}:{first.line})")
                )
                continue
            self.origins[fact.id] = origin
            if drafts or fact.draft:
                self.drafts[fact.id] = fact
            else:
                self.facts[fact.id] = fact

    def check_links(self) -> None:
        """Source ids, topics and quotes: the checks that span files."""
        folded_bodies: dict[str, str] = {}
        source_ids = sorted(self.sources)
        topics = self.vocabulary.topics
        for fact in [*self.facts.values(), *self.drafts.values()]:
            origin = self.origins[fact.id]
            source = self.sources.get(fact.source)
            if source is None:
                close = difflib.get_close_matches(fact.source, source_ids, n=1)
                hint = f"did you mean '{close[0]}'?" if close else None
                line = origin.source_line or origin.line
                self.problems.append(Problem(origin.path, line, f"fact '{fact.id}': unknown source '{fact.source}'", hint=hint))
            else:
                if source.published is None and not fact.draft and fact.id in self.facts:
                    self.problems.append(
                        Problem(
                            origin.path,
                            origin.line,
                            f"fact '{fact.id}' cannot be cited: its source '{source.id}' states no publication date",
                            Severity.WARNING,
                            hint=f"give the source its date (published: YYYY-MM-DD in {SOURCES_DIR}/{source.id}.md)",
                        )
                    )
                elif fact.id in self.facts and (late := dated_after_its_source(fact, source, origin)) is not None:
                    self.problems.append(late)
                folded = folded_bodies.get(source.id)
                if folded is None:
                    folded = folded_bodies[source.id] = fold(source.body)
                if not contains_quote(folded, fact.quote) and headline_span(source.title, fact.quote) is None:
                    passage = closest_passage(folded, fact.quote)
                    nearest = f' (closest passage: "{passage}")' if passage else ""
                    self.problems.append(
                        Problem(
                            origin.path,
                            origin.quote_line or origin.line,
                            f"fact '{fact.id}': quote not found in source '{source.id}'{nearest}",
                        )
                    )
            for number, topic in enumerate(fact.topics):
                if topics and topic not in topics:
                    close = difflib.get_close_matches(topic, list(topics), n=1)
                    hint = f"did you mean '{close[0]}'?" if close else f"add it to {VOCABULARY_FILE} first"
                    self.problems.append(
                        Problem(
                            origin.path,
                            origin.topic_lines[number] if number < len(origin.topic_lines) else origin.line,
                            f"fact '{fact.id}': topic '{topic}' is not in the vocabulary",
                            hint=hint,
                        )
                    )


def _fact_files(root: Path) -> Iterable[Path]:
    """The facts files the loader reads, in order: every ``facts/*.yaml`` and ``*.yml`` but the special ones."""
    facts_dir = root / FACTS_DIR
    for path in sorted(facts_dir.glob("*.yaml")) + sorted(facts_dir.glob("*.yml")):
        if path.name not in {"vocabulary.yaml", "vocabulary.yml", Path(OUTLETS_FILE).name, Path(LINKS_FILE).name}:
            yield path


def _draft_files(root: Path) -> list[Path]:
    """The drafts files (``facts/drafts/*.yaml`` and ``*.yml``), in order."""
    drafts_dir = root / DRAFTS_DIR
    return sorted(drafts_dir.glob("*.yaml")) + sorted(drafts_dir.glob("*.yml"))


def load_corpus(root: Path, *, cache: ParseCache | None = None) -> Corpus:
    """Load and verify everything under ``root/facts``; never raises for bad input.

    ``cache`` defaults to the project's parse cache in ``build/.cache/corpus``
    (see :mod:`briefgen.corpus.cache`); pass ``ParseCache(None)`` to parse every file.
    With the default cache, an unchanged corpus is read back whole from its
    snapshot (:mod:`briefgen.corpus.snapshot`), and a fresh load is kept there.
    """
    store = SnapshotStore.for_project(root) if cache is None else None
    cache = ParseCache.for_project(root) if cache is None else cache
    inputs = None
    if store is not None and (root / FACTS_DIR).is_dir():
        started = now_ns()
        inputs = take_inputs(root)
        if inputs is not None:
            with collector_paused():
                found = store.read_corpus(inputs)
            if found is not None:
                return _from_state(root, found[1], store, found[0])
            inputs = with_racy_digests(root, inputs, started)
    corpus = _load(root, cache)
    if store is not None and inputs is not None:
        after = take_inputs(root)  # the same files, unchanged while they were loaded: else keep nothing
        if after is not None and after.files == inputs.files and with_racy_digests(root, after, started) == inputs:
            store.write_corpus(inputs, state_of(corpus, _KEPT), models=len(corpus.facts) + len(corpus.drafts) + len(corpus.sources))
            corpus._snapshot = (store, inputs)
    return corpus


# What a snapshot keeps of a freshly loaded corpus: everything but its folder and what is worked out on demand.
_KEPT = ("sources", "facts", "drafts", "vocabulary", "origins", "source_origins", "problems", "links", "_discrepancies", "_linked")


def _from_state(root: Path, state: tuple[Any, ...], store: SnapshotStore, inputs: Inputs) -> Corpus:
    corpus = Corpus(root, {}, {}, {}, Vocabulary(topics={}))
    restore(corpus, _KEPT, state)
    corpus._snapshot = (store, inputs)
    return corpus


def _load(root: Path, cache: ParseCache) -> Corpus:
    loader = _Loader(root, cache)
    if not (root / FACTS_DIR).is_dir():
        loader.problems.append(
            Problem(FACTS_DIR, None, "no facts/ directory here", hint="run briefgen from the project's top folder, or pass --project")
        )
        return Corpus(root, {}, {}, {}, loader.vocabulary, problems=loader.problems)
    files = [(path, False) for path in _fact_files(root)] + [(path, True) for path in _draft_files(root)]
    drafts = {loader.display(path): is_draft for path, is_draft in files}
    with collector_paused(), parse_files([(path, loader.display(path)) for path, _ in files], cache) as parsed_files:
        loader.load_vocabulary()
        for path in sorted((root / SOURCES_DIR).glob("*.md")):
            loader.load_source(path)
        cache.close(SOURCES_DIR)
        for parsed in parsed_files:
            loader.load_fact_file(parsed, drafts=drafts[parsed.display])
        cache.finish()
        loader.check_links()
        links, problems = load_links(root, loader.facts, loader.drafts)
        loader.problems += problems + link_problems(links, loader.facts)
        corpus = Corpus(
            root=root,
            sources=loader.sources,
            facts=loader.facts,
            drafts=loader.drafts,
            vocabulary=loader.vocabulary,
            origins=loader.origins,
            source_origins=loader.source_origins,
            problems=loader.problems,
            links=links,
        )
        corpus.problems.extend(corpus.discrepancy_warning(discrepancy) for discrepancy in corpus.discrepancies() + corpus.not_comparable())
    return corpus
