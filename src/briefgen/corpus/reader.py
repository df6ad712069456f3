"""Reading the corpus's files into models: the topic vocabulary, each source, each facts file.

Each item is validated on its own and every problem is kept with its file
and line, so that one run reports them all; then the checks that span files
(source ids, topics, every quote word for word in its source) run over the
whole.  :mod:`briefgen.corpus.loader` drives it and builds the
:class:`~briefgen.corpus.loader.Corpus` from what it read.
"""

from __future__ import annotations

import difflib
import functools
from pathlib import Path

from pydantic import ValidationError

from briefgen.corpus.cache import ParseCache
from briefgen.corpus.chronology import dated_after_its_source
from briefgen.corpus.files import ParsedFile, parse_yaml_file, read_text
from briefgen.corpus.models import Fact, Origin, Source, Vocabulary, control_character_problem
from briefgen.corpus.origin_lines import ORIGIN_KEYS, ORIGIN_LIST
from briefgen.errors import BriefgenError, Problem, Severity, shown
from briefgen.loading.frontmatter import split_front_matter
from briefgen.loading.projectfile import OpenFolder, ProjectFiles
from briefgen.loading.validation import validate_item
from briefgen.project import SOURCES_DIR, VOCABULARY_FILE, project_name
from briefgen.text.quotes import closest_passage, contains_quote, fold, fold_checked, headline_span


def _fact_named(item: object, index: int) -> str:
    """How messages name a fact: by its id when it gives one, else by its place in the file."""
    given = item.get("id") if isinstance(item, dict) else None
    return f"fact '{shown(given)}'" if isinstance(given, str) else f"fact #{index + 1}"


class CorpusReader:
    """Accumulates items and problems while walking the facts/ tree."""

    def __init__(self, root: Path, cache: ParseCache) -> None:
        self.root = root
        self.cache = cache
        self.project = ProjectFiles(root)  # the project folder resolved once per load, not once per source
        self.problems: list[Problem] = []
        self.sources: dict[str, Source] = {}
        self.source_origins: dict[str, Origin] = {}
        self.facts: dict[str, Fact] = {}
        self.drafts: dict[str, Fact] = {}
        self.origins: dict[str, Origin] = {}
        self.vocabulary = Vocabulary(topics={})
        # Each source's body folded for the quote check, made while it was read (see load_source).
        self.folded_bodies: dict[str, str] = {}

    def display(self, path: Path) -> str:
        """``path`` relative to the project, with ``/``: as ``relative_to(root).as_posix()``, without its cost on a path under the root."""
        return project_name(self.root, path)

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

    def load_source(self, path: Path, folder: OpenFolder | None = None) -> None:
        """Read and check one archived source; ``folder``, when given, is its folder, opened once for all the sources."""
        display = self.display(path)
        text, problems = read_text(path, display, self.project, folder)
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
        folded, printable = fold_checked(body)
        control = None if printable else control_character_problem(body)
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
        self.folded_bodies[source.id] = folded

    def load_fact_file(self, parsed: ParsedFile, *, drafts: bool) -> list[Fact]:
        """Validate one parsed facts file into the corpus; the (non-draft) facts it added, for linking to prepare now."""
        display, loaded, origin_lines = parsed.display, parsed.loaded, parsed.origin_lines
        self.problems += parsed.problems
        added: list[Fact] = []
        if loaded is None or loaded.data == "":
            return added
        if not isinstance(loaded.data, list):
            self.problems.append(Problem(display, loaded.line_of(()), "a facts file must be a list of facts ('- id: …' entries)"))
            return added
        validate = Fact.__pydantic_validator__.validate_python  # as validate_item calls it, without its frame for a valid fact
        for index, item in enumerate(loaded.data):
            if not isinstance(item, dict):
                self.problems.append(
                    Problem(display, loaded.line_of((index,)), f"{_fact_named(item, index)}: each fact must be a mapping of fields")
                )
                continue
            try:
                fact: Fact | None = validate(item)
            except ValidationError:  # validated again, to the same end, for the problems with their lines
                fact, problems = validate_item(Fact, item, loaded, (index,), display, functools.partial(_fact_named, item, index))
                self.problems += problems
            if fact is None:
                continue
            if origin_lines is None:  # parsed here: looked up now, for the valid facts alone
                item_line, (quote_line, source_line, date_line), topic_lines = loaded.item_lines(
                    index, ORIGIN_KEYS, ORIGIN_LIST, len(fact.topics)
                )
            else:  # looked up by the worker that parsed the file
                item_line, quote_line, source_line, date_line, topic_lines = origin_lines[index]
            origin = Origin.of_fact(display, item_line, quote_line, source_line, topic_lines, date_line)
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
                added.append(fact)
        return added

    def check_links(self) -> None:
        """Source ids, topics and quotes: the checks that span files."""
        folded_bodies, self.folded_bodies = self.folded_bodies, {}
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
