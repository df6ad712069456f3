"""Loading the corpus: counts, origins, as-of views, drafts, and each cross-file rule."""

from __future__ import annotations

import dataclasses
import datetime as dt
import pickle
from pathlib import Path

import pytest

from briefgen.corpus.cache import ParseCache
from briefgen.corpus.loader import Corpus, Origin, load_corpus
from briefgen.errors import Severity
from tests.conftest import FIXTURES, REPO

NO_CACHE = ParseCache(None)


def load(root: Path) -> Corpus:
    """Load without the parse cache (nothing is written next to the files)."""
    return load_corpus(root, cache=NO_CACHE)


def lines_of(corpus: Corpus) -> list[str]:
    return [p.format() for p in corpus.problems]


def errors_of(corpus: Corpus) -> list[str]:
    return [p.format() for p in corpus.errors]


def write(root: Path, name: str, text: str) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


FACT = """- id: {fid}
  claim: A claim.
  source: {source}
  quote: {quote}
  date: "2025-01"
  topics: [{topic}]
"""


def fact_yaml(
    fid: str, *, source: str = "mini-source", quote: str = "A delegation will visit Minsk next month.", topic: str = "visits"
) -> str:
    return FACT.format(fid=fid, source=source, quote=quote, topic=topic)


# The mini project ---------------------------------------------------------------


def test_mini_counts() -> None:
    corpus = load(FIXTURES / "mini")
    assert sorted(corpus.sources) == ["later-source", "mini-source"]
    assert sorted(corpus.facts) == ["delegation-plan", "delegation-visit", "tractor-assembly", "trade-2019", "trade-2019-later"]
    assert corpus.drafts == {}
    assert sorted(corpus.vocabulary.topics) == ["industry", "trade", "visits"]
    assert corpus.errors == []
    assert corpus.as_of_date is None


def test_mini_warnings_are_the_discrepancies() -> None:
    corpus = load(FIXTURES / "mini")
    assert all(p.severity is Severity.WARNING for p in corpus.problems)
    assert lines_of(corpus) == [
        "facts/trade.yaml:9: warning: sources disagree on figures for trade-volume (2019): "
        "'trade-2019' says 50200000 USD (Test Gazette, 2025-01-31: "
        '"stood at US$50.2 million in 2019, with the "balance of trade" favouring Belarus - officia…"); '
        "'trade-2019-later' says 19050000 USD (Test Gazette, 2025-04-10: \"The trade volume stood at US$19.05 million in 2019\")",
        "facts/trade.yaml:33: warning: sources disagree on dates for event 'delegation-minsk': "
        "'delegation-plan' says 2025-02 (Test Gazette, 2025-01-31: \"A delegation will visit Minsk next month.\"); "
        "'delegation-visit' says 2025-03 (Test Gazette, 2025-04-10: \"The delegation visited Minsk in March.\")",
    ]


def test_mini_origins_and_lines() -> None:
    corpus = load(FIXTURES / "mini")
    assert corpus.origins["tractor-assembly"] == Origin("facts/trade.yaml", 2, 5)
    assert corpus.origins["trade-2019"] == Origin("facts/trade.yaml", 9, 12)
    assert corpus.origins["delegation-visit"] == Origin("facts/trade.yaml", 41, 44)
    assert (corpus.origins["delegation-visit"].source_line, corpus.origins["delegation-visit"].topic_lines) == (43, (48,))
    assert corpus.source_origins["mini-source"] == Origin("facts/sources/mini-source.md", 2)
    assert corpus.source_origins["later-source"] == Origin("facts/sources/later-source.md", 2)


def test_mini_source_fields_and_body() -> None:
    source = load(FIXTURES / "mini").sources["mini-source"]
    assert source.title == "Minsk and Islamabad agree on tractors"
    assert source.published == dt.date(2025, 1, 31)
    assert source.author is None and source.url is None  # empty strings mean "not stated"
    assert source.body.startswith("ISLAMABAD: Pakistan and Belarus")
    assert source.body.endswith("A delegation will visit Minsk next month.\n")


def test_facts_in_date_order_and_newest_source() -> None:
    corpus = load(FIXTURES / "mini")
    assert [f.id for f in corpus.facts_in_date_order()] == [
        "trade-2019",
        "trade-2019-later",
        "tractor-assembly",
        "delegation-plan",
        "delegation-visit",
    ]
    assert corpus.newest_source_date() == dt.date(2025, 4, 10)


# As of a date ---------------------------------------------------------------------


def test_as_of_leaves_out_later_sources_and_their_facts() -> None:
    corpus = load(FIXTURES / "mini")
    view = corpus.as_of(dt.date(2025, 2, 1))
    assert list(view.sources) == ["mini-source"]
    assert sorted(view.facts) == ["delegation-plan", "tractor-assembly", "trade-2019"]
    assert view.as_of_date == dt.date(2025, 2, 1)
    assert view.problems == [] and view.drafts == {}
    assert view.newest_source_date() == dt.date(2025, 1, 31)
    assert view.discrepancies() == []  # the disagreeing facts come from the later source
    assert len(corpus.facts) == 5  # the full corpus is untouched


def test_as_of_includes_the_day_itself() -> None:
    corpus = load(FIXTURES / "mini")
    assert list(corpus.as_of(dt.date(2025, 1, 31)).sources) == ["mini-source"]
    assert corpus.as_of(dt.date(2025, 1, 30)).sources == {}
    assert corpus.as_of(dt.date(2025, 1, 30)).newest_source_date() is None
    assert sorted(corpus.as_of(dt.date(2030, 1, 1)).facts) == sorted(corpus.facts)


def test_as_of_leaves_out_undated_sources(mini_project: Path) -> None:
    write(mini_project, "facts/sources/undated.md", "---\nid: undated\n---\nA delegation will visit Minsk next month.\n")
    write(mini_project, "facts/undated.yaml", fact_yaml("undated-fact", source="undated"))
    corpus = load(mini_project)
    assert corpus.errors == []
    assert "undated-fact" in corpus.facts
    view = corpus.as_of(dt.date(2030, 1, 1))
    assert "undated" not in view.sources
    assert "undated-fact" not in view.facts


# Drafts -----------------------------------------------------------------------------


def test_drafts_folder_is_loaded_apart(mini_project: Path) -> None:
    write(mini_project, "facts/drafts/suggested.yaml", fact_yaml("suggested-visit"))
    write(mini_project, "facts/drafts/more.yml", fact_yaml("suggested-too"))
    corpus = load(mini_project)
    assert corpus.errors == []
    assert sorted(corpus.drafts) == ["suggested-too", "suggested-visit"]
    assert "suggested-visit" not in corpus.facts
    assert corpus.origins["suggested-visit"] == Origin("facts/drafts/suggested.yaml", 1, 4)
    assert corpus.as_of(dt.date(2030, 1, 1)).drafts == {}


def test_draft_flag_in_a_facts_file(mini_project: Path) -> None:
    write(mini_project, "facts/extra.yaml", fact_yaml("flagged") + "  draft: yes\n")
    corpus = load(mini_project)
    assert "flagged" in corpus.drafts and "flagged" not in corpus.facts


def test_drafts_are_checked_like_facts(mini_project: Path) -> None:
    write(mini_project, "facts/drafts/bad.yaml", fact_yaml("bad-draft", quote="words the source never said"))
    assert errors_of(load(mini_project)) == ["facts/drafts/bad.yaml:4: fact 'bad-draft': quote not found in source 'mini-source'"]


def test_a_draft_id_may_not_repeat_a_fact_id(mini_project: Path) -> None:
    write(mini_project, "facts/drafts/dup.yaml", fact_yaml("trade-2019"))
    assert errors_of(load(mini_project)) == [
        "facts/drafts/dup.yaml:1: duplicate fact id 'trade-2019' (first defined at facts/trade.yaml:9)"
    ]


# Cross-file rules, one small fixture each ------------------------------------------------


def test_no_facts_folder(tmp_path: Path) -> None:
    corpus = load(tmp_path)
    assert errors_of(corpus) == [
        "facts: no facts/ directory here (hint: run briefgen from the project's top folder, or pass --project)",
    ]


def test_missing_vocabulary(mini_project: Path) -> None:
    (mini_project / "facts/vocabulary.yaml").unlink()
    corpus = load(mini_project)
    assert errors_of(corpus) == ["facts/vocabulary.yaml: the topic vocabulary is missing"]
    assert corpus.vocabulary.topics == {}


def test_vocabulary_with_a_bad_topic(mini_project: Path) -> None:
    write(mini_project, "facts/vocabulary.yaml", "topics:\n  trade: Trade.\n  Bad Topic: No.\n")
    [line] = errors_of(load(mini_project))
    assert line.startswith("facts/vocabulary.yaml:3: vocabulary: field 'topics.Bad Topic': 'Bad Topic' is not a valid id")


def test_vocabulary_that_does_not_parse(mini_project: Path) -> None:
    write(mini_project, "facts/vocabulary.yaml", "topics: [unclosed\n")
    assert errors_of(load(mini_project))[0].startswith("facts/vocabulary.yaml:1: YAML syntax error")


def test_unknown_source_with_a_hint(mini_project: Path) -> None:
    write(mini_project, "facts/extra.yaml", fact_yaml("orphan", source="mini-sourc") + fact_yaml("stray", source="nothing-like-it"))
    assert errors_of(load(mini_project)) == [
        "facts/extra.yaml:3: fact 'orphan': unknown source 'mini-sourc' (hint: did you mean 'mini-source'?)",
        "facts/extra.yaml:9: fact 'stray': unknown source 'nothing-like-it'",
    ]


def test_quote_not_found_points_at_the_quote_line(mini_project: Path) -> None:
    write(mini_project, "facts/extra.yaml", fact_yaml("misquoted", quote="The trade volume stood at US$19.5 million in 2019"))
    [line] = errors_of(load(mini_project))
    assert line.startswith(
        "facts/extra.yaml:4: fact 'misquoted': quote not found in source 'mini-source' (closest passage: \"…The trade volume stood at"
    )


def test_quote_typography_is_forgiven(mini_project: Path) -> None:
    quote = "'the \u201cbalance of trade\u201d favouring Belarus \u2014 officials said'"
    write(mini_project, "facts/extra.yaml", fact_yaml("typographic", quote=quote, topic="trade"))
    assert errors_of(load(mini_project)) == []


def test_topic_not_in_vocabulary(mini_project: Path) -> None:
    write(mini_project, "facts/extra.yaml", fact_yaml("off-topic", topic="trades") + fact_yaml("far-off", topic="zoology"))
    assert errors_of(load(mini_project)) == [
        "facts/extra.yaml:6: fact 'off-topic': topic 'trades' is not in the vocabulary (hint: did you mean 'trade'?)",
        "facts/extra.yaml:12: fact 'far-off': topic 'zoology' is not in the vocabulary (hint: add it to facts/vocabulary.yaml first)",
    ]


def test_unknown_topic_is_reported_at_its_own_list_item(mini_project: Path) -> None:
    listed = FACT.format(fid="listed", source="mini-source", quote="A delegation will visit Minsk next month.", topic="visits")
    listed = listed.replace("  topics: [visits]\n", "  topics:\n    - visits\n    - visists\n    - trade\n")
    write(mini_project, "facts/extra.yaml", listed)
    assert errors_of(load(mini_project)) == [
        "facts/extra.yaml:8: fact 'listed': topic 'visists' is not in the vocabulary (hint: did you mean 'visits'?)"
    ]


def test_duplicate_fact_id_across_files(mini_project: Path) -> None:
    write(mini_project, "facts/zz-more.yaml", "# again\n" + fact_yaml("tractor-assembly"))
    corpus = load(mini_project)
    assert errors_of(corpus) == ["facts/zz-more.yaml:2: duplicate fact id 'tractor-assembly' (first defined at facts/trade.yaml:2)"]
    assert corpus.origins["tractor-assembly"].path == "facts/trade.yaml"  # the first one stays


def test_source_rules(mini_project: Path) -> None:
    write(mini_project, "facts/sources/renamed.md", "---\nid: mini-source\n---\nBody.\n")
    write(mini_project, "facts/sources/aa-empty.md", "---\nid: aa-empty\ntitle: Nothing below\n---\n\n\n")
    write(mini_project, "facts/sources/ab-list.md", "---\n- not\n- a mapping\n---\nBody.\n")
    write(mini_project, "facts/sources/ac-body.md", "---\nid: ac-body\nbody: inline\n---\nBody.\n")
    write(mini_project, "facts/sources/ad-open.md", "---\nid: ad-open\nBody.\n")
    write(mini_project, "facts/sources/ae-none.md", "No front matter at all.\n")
    write(mini_project, "facts/sources/af-bad.md", "---\nid: af-bad\npublished: 2025-02-30\nlanguage: English\n---\nBody.\n")
    assert errors_of(load(mini_project)) == [
        "facts/sources/aa-empty.md:4: source 'aa-empty': the article body is empty",
        "facts/sources/ab-list.md:2: front matter must be a mapping of fields",
        "facts/sources/ac-body.md:3: 'body' is not a front-matter field; the body goes below the closing '---'",
        "facts/sources/ad-open.md:1: front matter is not closed by a '---' line",
        "facts/sources/ae-none.md:1: file must start with '---' and YAML front matter",
        "facts/sources/af-bad.md:3: source: field 'published': '2025-02-30': February 2025 has no day 30",
        "facts/sources/af-bad.md:4: source: field 'language': 'English' is not a valid id: "
        "use lowercase letters, digits and '-', starting with a letter or digit",
        "facts/sources/renamed.md:2: source id 'mini-source' does not match the file name (hint: rename the file to mini-source.md)",
        "facts/sources/renamed.md:2: duplicate source id 'mini-source' (also in facts/sources/mini-source.md:2)",
    ]


def test_facts_file_shapes(mini_project: Path) -> None:
    write(mini_project, "facts/empty.yaml", "# nothing yet\n")
    write(mini_project, "facts/mapping.yaml", "id: lonely\nclaim: Not in a list.\n")
    write(mini_project, "facts/items.yaml", "- just a string\n- [a, list]\n" + fact_yaml("fine"))
    assert errors_of(load(mini_project)) == [
        "facts/items.yaml:1: fact #1: each fact must be a mapping of fields",
        "facts/items.yaml:2: fact #2: each fact must be a mapping of fields",
        "facts/mapping.yaml:1: a facts file must be a list of facts ('- id: …' entries)",
    ]


def test_yml_files_are_facts_too_and_vocabulary_yml_is_not(mini_project: Path) -> None:
    write(mini_project, "facts/extra.yml", fact_yaml("from-yml"))
    write(mini_project, "facts/vocabulary.yml", "not: a facts file\n")
    corpus = load(mini_project)
    assert corpus.errors == []
    assert "from-yml" in corpus.facts


def test_file_that_is_not_utf8(mini_project: Path) -> None:
    (mini_project / "facts/latin1.yaml").write_bytes(b"- id: caf\n  claim: Caf\xe9\n")
    (mini_project / "facts/sources/latin.md").write_bytes(b"---\nid: latin\n---\n\xe9t\xe9\n")
    assert sorted(errors_of(load(mini_project))) == [
        "facts/latin1.yaml:2: not valid UTF-8 (byte 0xe9); save the file as UTF-8",
        "facts/sources/latin.md:4: not valid UTF-8 (byte 0xe9); save the file as UTF-8",
    ]


def test_file_over_the_size_cap(mini_project: Path) -> None:
    (mini_project / "facts/huge.yaml").write_bytes(b"#" * (8 * 1024 * 1024 + 1))
    assert errors_of(load(mini_project)) == ["facts/huge.yaml: file is 8,388,609 bytes, over the 8 MB limit"]


def test_unreadable_file(mini_project: Path) -> None:
    (mini_project / "facts/dangling.yaml").symlink_to(mini_project / "nowhere.yaml")
    assert errors_of(load(mini_project)) == ["facts/dangling.yaml: cannot read file: No such file or directory"]


def test_every_problem_is_reported_at_once(mini_project: Path) -> None:
    write(mini_project, "facts/a.yaml", fact_yaml("one", source="missing") + fact_yaml("two", topic="nope") + "- id: three\n")
    write(mini_project, "facts/b.yaml", "- id: x\n  id: y\n")
    lines = sorted(errors_of(load(mini_project)))
    assert lines == sorted(
        [
            "facts/a.yaml:3: fact 'one': unknown source 'missing'",
            "facts/a.yaml:13: fact 'three': missing field 'claim'",
            "facts/a.yaml:13: fact 'three': missing field 'date'",
            "facts/a.yaml:13: fact 'three': missing field 'quote'",
            "facts/a.yaml:13: fact 'three': missing field 'source'",
            "facts/a.yaml:13: fact 'three': missing field 'topics'",
            "facts/a.yaml:12: fact 'two': topic 'nope' is not in the vocabulary (hint: add it to facts/vocabulary.yaml first)",
            "facts/b.yaml:2: duplicate key 'id' (first given at line 1)",
        ]
    )


# The real project -------------------------------------------------------------------------


def test_real_corpus_loads_cleanly() -> None:
    if not list((REPO / "facts").glob("*.yaml")):
        pytest.skip("facts/*.yaml is not written yet (the data engineer is still writing it)")
    corpus = load(REPO)
    assert errors_of(corpus) == []
    assert len(corpus.facts) >= 45
    assert len(corpus.sources) >= 5
    for fact in corpus.facts.values():
        assert fact.source in corpus.sources
        assert set(fact.topics) <= set(corpus.vocabulary.topics)


def test_loading_leaves_the_garbage_collector_as_it_found_it() -> None:
    import gc

    assert gc.isenabled()
    load(FIXTURES / "mini")
    assert gc.isenabled()
    gc.disable()
    try:
        load(FIXTURES / "mini")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_loading_does_not_keep_earlier_garbage_for_good() -> None:
    """The collector is run before the load freezes what exists, so older cycles are still freed."""
    import gc
    import weakref

    class Node:
        pass

    a, b = Node(), Node()
    a.other, b.other = b, a  # type: ignore[attr-defined]
    watch = weakref.ref(a)
    del a, b
    load(FIXTURES / "mini")
    gc.collect()
    assert watch() is None


def test_a_facts_origin_made_in_one_step_is_the_dataclass_one() -> None:
    """``Origin.of_fact`` skips the frozen dataclass's ``__init__``: same fields, equality, hash, pickle, still frozen."""
    quick = Origin.of_fact("facts/x.yaml", 10, 12, 13, (15, 16), 14)
    made = Origin("facts/x.yaml", 10, 12, source_line=13, topic_lines=(15, 16), date_line=14)
    assert dataclasses.astuple(quick) == dataclasses.astuple(made)
    assert (quick == made, hash(quick) == hash(made), repr(quick) == repr(made)) == (True, True, True)
    assert pickle.dumps(quick) == pickle.dumps(made)
    with pytest.raises(dataclasses.FrozenInstanceError):
        quick.line = 3  # type: ignore[misc]


def test_sources_are_read_in_the_order_of_their_file_names(mini_project: Path) -> None:
    # The first source read keeps a duplicated id; the others are reported, each where it stands in that order.
    for name in ("b.md", "a.z.md", "A.md", "a.md", "a-z.md"):
        write(mini_project, f"facts/sources/{name}", "---\nid: mini-source\npublished: 2025-01-01\n---\nBody.\n")
    duplicates = [line.split(":")[0] for line in errors_of(load(mini_project)) if "duplicate source id" in line]
    assert duplicates == [
        "facts/sources/a-z.md",
        "facts/sources/a.md",
        "facts/sources/a.z.md",
        "facts/sources/b.md",
        "facts/sources/mini-source.md",
    ]
