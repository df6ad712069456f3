"""Loading the corpus: archived sources, facts and the topic vocabulary.

The loader has every file under ``facts/`` read and checked
(:mod:`briefgen.corpus.reader`: each item validated on its own, then the
links between them, every problem kept with its file and line), or reads
an unchanged corpus back from its snapshot.  The result is a
:class:`Corpus`: indexed, immutable, and able to give the view of the world
as it stood on a given date (:meth:`Corpus.as_of`).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefgen.corpus.aside import Aside
from briefgen.corpus.cache import ParseCache
from briefgen.corpus.discrepancies import Discrepancy
from briefgen.corpus.files import MAX_FILE_BYTES, collector_paused, parse_files, read_text
from briefgen.corpus.handover import Handover
from briefgen.corpus.links import LINKS_FILE, LinkDecisions, apply_links, link_problems, load_links
from briefgen.corpus.models import Fact, Origin, Source, Vocabulary, model_digests
from briefgen.corpus.parse_ahead import corpus_files
from briefgen.corpus.reader import CorpusReader
from briefgen.corpus.snapshot import Inputs, SnapshotStore, now_ns, restore, state_of, take_inputs, with_racy_digests
from briefgen.errors import Problem, Severity
from briefgen.loading.projectfile import OpenFolder
from briefgen.project import FACTS_DIR, SOURCES_DIR

if TYPE_CHECKING:
    from briefgen.corpus.evidence import Prepared
    from briefgen.corpus.possible import PossibleConflict
    from briefgen.corpus.proposals import LinkProposal, OccasionIds

#: Facts from which the link proposals are worked out beside the load (on 50,000 facts, they take seconds).
LINKING_ASIDE_MIN_FACTS = 5_000

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
    _in_date_order: list[Fact] | None = field(default=None, init=False, repr=False, compare=False)
    # Worked out once per corpus, which does not change once loaded: `build --all` asks for each brief.
    _by_date: dict[dt.date, Corpus] = field(default_factory=dict, init=False, repr=False, compare=False)
    _newest_by_topics: dict[tuple[str, ...], dt.date] | None = field(default=None, init=False, repr=False, compare=False)
    # Where this corpus was kept (or read from) and the files it was loaded from: the link proposals are kept beside it.
    _snapshot: tuple[SnapshotStore, Inputs] | None = field(default=None, init=False, repr=False, compare=False)
    _kept: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)
    # The link proposals and possible conflicts, when started beside the load, and what came back (never kept in a snapshot).
    _linking: Aside[tuple[list[LinkProposal], list[PossibleConflict]]] | None = field(default=None, init=False, repr=False, compare=False)
    _aside: tuple[list[LinkProposal], list[PossibleConflict]] | None = field(default=None, init=False, repr=False, compare=False)
    # Each fact as linking compares it, prepared while the files were read (see _load): handed to linking once.
    _prepared: dict[str, Prepared] | None = field(default=None, init=False, repr=False, compare=False)
    # The occasions (and the deal figures of two reports), worked out here for the linking child while it scores pairs (see _load).
    _occasions: Handover[OccasionIds] | None = field(default=None, init=False, repr=False, compare=False)

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
        if self._linking is None and self._aside is None:
            return list(self.derived("proposals", self._work_out_proposals))
        proposals = self.derived("proposals", lambda: self._linked_aside()[0])
        self.discard_linking()  # the child, if the proposals were found kept beside the snapshot instead
        return list(proposals)

    def _work_out_proposals(self) -> list[LinkProposal]:
        from briefgen.corpus.proposals import propose_links

        prepared, self._prepared = self._prepared, None
        occasions = self._occasions.result if self._occasions is not None else None
        return propose_links(self.linked_facts(), self.links, prepared=prepared, occasions=occasions)

    def _occasion_ids(self) -> OccasionIds:
        """The occasions and deal figures linking will find (:func:`~briefgen.corpus.proposals.occasion_ids`), from the
        facts prepared as they were read."""
        from briefgen.corpus.proposals import occasion_ids

        return occasion_ids(self.linked_facts(), self.links, self._prepared)

    def _hand_over_occasions(self) -> None:
        """Start linking beside the rest of the load, and work out here the occasions it will ask for meanwhile.

        The linking child's work is the longest path of a big check; here, the
        sources and the quote checks take less.  The occasions need neither
        the pairs the child scores first nor anything scoring adds, so this
        process finds them and hands them down (:mod:`briefgen.corpus.handover`)
        before reading the sources: two processes on the two cores, not three.
        """
        self._occasions = Handover(self._occasion_ids)
        self._linking = Aside.start(self._work_out_linking)
        if self._linking.forked:
            self._occasions.give()
        else:  # worked out with the rest of linking, from the facts it prepares, when the proposals are asked for
            self._occasions.close()
            self._occasions = None

    def _work_out_linking(self) -> tuple[list[LinkProposal], list[PossibleConflict]]:
        """In the child forked beside the load: the proposals, and the conflicts they would confirm were every source dated."""
        from briefgen.corpus.possible import possible_conflicts

        proposals = self._work_out_proposals()
        return proposals, possible_conflicts(self.facts_in_date_order(), proposals, set(), written=self.facts)

    def _linked_aside(self) -> tuple[list[LinkProposal], list[PossibleConflict]]:
        if self._aside is None:
            linking, self._linking = self._linking, None
            assert linking is not None
            if linking.forked:
                # Freed while the child works, not after its answer: only a failed child needs them, and it is rare.
                self._prepared = None
            self._aside = linking.result()
            self._prepared = self._occasions = None  # the child's work came back (or was done here): not needed again
        return self._aside

    def possible_conflicts(self) -> list[PossibleConflict]:
        """The conflicts that accepting the proposed links would confirm (see :mod:`briefgen.corpus.possible`)."""
        from briefgen.corpus.foretold import without_foretold
        from briefgen.corpus.possible import possible_conflicts, without_undated
        from briefgen.corpus.still_to_come import without_told_ahead

        def work() -> list[PossibleConflict]:
            proposals = self.link_proposals()
            undated = {sid for sid, source in self.sources.items() if source.published is None}
            if self._aside is not None:  # worked out before the sources were read: their dates count now
                found = without_undated(self._aside[1], self.facts_in_date_order(), proposals, undated)
            else:
                found = possible_conflicts(self.facts_in_date_order(), proposals, undated, written=self.facts)
            # a plan's count told before the signing is no side (:mod:`.foretold`): the sources' dates say which
            published = {sid: source.published for sid, source in self.sources.items() if source.published is not None}
            # nor is a date told as still to come against an occasion its report's day had reached (:mod:`.still_to_come`)
            return without_told_ahead(without_foretold(found, self.facts, published), self.facts, published)

        return list(self.derived("possible-conflicts", work))

    def discard_linking(self) -> None:
        """The link proposals will not be asked for (the corpus has errors): stop working them out."""
        if self._linking is not None:
            self._linking.discard()
            self._linking = None
        self._prepared = self._occasions = None

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
        """The (non-draft) facts, oldest first: sorted once, as the facts do not change once loaded.

        Linking, the discrepancy checks and the possible conflicts each ask for
        this order; on 50,000 facts each sort cost a tenth of a second.
        """
        if self._in_date_order is None:
            self._in_date_order = sorted(self.facts.values(), key=lambda f: (f.date.sort_key(), f.id))
        return list(self._in_date_order)

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
            view._in_date_order = self._in_date_order
        self._by_date[date] = view
        return view


def load_corpus(root: Path, *, cache: ParseCache | None = None, propose_links: bool = False) -> Corpus:
    """Load and verify everything under ``root/facts``; never raises for bad input.

    ``cache`` defaults to the project's parse cache in ``build/.cache/corpus``
    (see :mod:`briefgen.corpus.cache`); pass ``ParseCache(None)`` to parse every file.
    With the default cache, an unchanged corpus is read back whole from its
    snapshot (:mod:`briefgen.corpus.snapshot`), and a fresh load is kept there.
    ``propose_links`` says the caller will ask for the link proposals: on a big
    corpus they are then worked out beside the load, on a free core (:mod:`briefgen.corpus.aside`).
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
    corpus = _load(root, cache, propose_links=propose_links)
    if store is None or inputs is None:
        cache.finish()
        return corpus
    before = inputs

    def unchanged() -> bool:
        """The same files, unchanged while they were loaded: else the snapshot keeps nothing."""
        after = take_inputs(root)
        return after is not None and after.files == before.files and with_racy_digests(root, after, started) == before

    # The parse cache's last writes and the second look at the files are the snapshot writer's first steps: on a
    # big corpus, in its forked process.  The results worked out later are kept under these inputs whatever the
    # writer finds: had a file changed, no later load's inputs would match them.
    models = len(corpus.facts) + len(corpus.drafts) + len(corpus.sources)
    store.write_corpus(
        inputs, state_of(corpus, _KEPT), models=models, first=lambda here: cache.finish(make_folder=here), unchanged=unchanged
    )
    corpus._snapshot = (store, inputs)
    return corpus


# What a snapshot keeps of a freshly loaded corpus: everything but its folder and what is worked out on demand.
_KEPT = ("sources", "facts", "drafts", "vocabulary", "origins", "source_origins", "problems", "links", "_discrepancies", "_linked")


def _name(path: Path) -> str:
    return path.name


def _from_state(root: Path, state: tuple[Any, ...], store: SnapshotStore, inputs: Inputs) -> Corpus:
    corpus = Corpus(root, {}, {}, {}, Vocabulary(topics={}))
    restore(corpus, _KEPT, state)
    corpus._snapshot = (store, inputs)
    return corpus


def _load(root: Path, cache: ParseCache, *, propose_links: bool = False) -> Corpus:
    """The corpus read afresh; the caller finishes ``cache`` (its last writes may be left to the snapshot's writer)."""
    loader = CorpusReader(root, cache)
    if not (root / FACTS_DIR).is_dir():
        loader.problems.append(
            Problem(FACTS_DIR, None, "no facts/ directory here", hint="run briefgen from the project's top folder, or pass --project")
        )
        return Corpus(root, {}, {}, {}, loader.vocabulary, problems=loader.problems)
    files = corpus_files(root)
    drafts = {loader.display(path): is_draft for path, is_draft in files}
    prepared: dict[str, Prepared] | None = None
    if propose_links:
        # Linking's first step, each fact prepared for comparison, is done file by file as the workers
        # parse the next ones: on 50,000 facts that is most of a second off the linking that follows.
        from briefgen.corpus.evidence import prepare

        prepared = {}
    with collector_paused():
        with parse_files([(path, loader.display(path)) for path, _ in files], cache) as parsed_files:
            loader.load_vocabulary()
            for parsed in parsed_files:
                added = loader.load_fact_file(parsed, drafts=drafts[parsed.display])
                if prepared is not None:
                    prepared.update((fact.id, prepare(fact)) for fact in added)
        links, link_file_problems = load_links(root, loader.facts, loader.drafts)
        corpus = Corpus(
            root=root,
            sources=loader.sources,  # filled below
            facts=loader.facts,
            drafts=loader.drafts,
            vocabulary=loader.vocabulary,
            origins=loader.origins,
            source_origins=loader.source_origins,
            problems=loader.problems,
            links=links,
        )
        corpus._prepared = prepared
        if propose_links and len(corpus.facts) >= LINKING_ASIDE_MIN_FACTS:
            # Linking reads the facts and links alone, and the parsing workers are gone: it runs
            # beside the rest of the load (the sources, and the checks that span files).  Both
            # sides need the facts in date order: sorted once, before the fork, for both.
            corpus.facts_in_date_order()
            corpus._hand_over_occasions()
        with OpenFolder(loader.project, root / SOURCES_DIR) as folder:
            # In the order of their names: the paths are all of one folder, so that is the order of the paths,
            # without a comparison of two paths' parts in Python for each step of the sort (5,000 sources: 0.018 → 0.006 s).
            for path in sorted((root / SOURCES_DIR).glob("*.md"), key=_name):
                loader.load_source(path, folder)
        loader.check_links()
        loader.problems += link_file_problems + link_problems(links, loader.facts)
        corpus.problems.extend(corpus.discrepancy_warning(discrepancy) for discrepancy in corpus.discrepancies() + corpus.not_comparable())
    return corpus
