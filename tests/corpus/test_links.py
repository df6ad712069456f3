"""Linking facts across outlets: proposals, the editor's decisions in facts/links.yaml, conflicts, origins.

The passages are real reports from the evaluation set (tests/fixtures/intake_eval):
Dawn and The News running one APP copy of the Shehbaz-Aliyev stakeout of
11 July 2024, and Geo's caption that dates the 2026 Mirziyoyev welcome to 2025.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from briefgen.corpus.cache import ParseCache
from briefgen.corpus.loader import Corpus, load_corpus
from briefgen.corpus.origins import same_origin, same_origin_pairs
from briefgen.errors import Severity
from tests.conftest import FIXTURES

EVAL = FIXTURES / "intake_eval" / "articles"

SOURCES = {
    "dawn-2024-07-11": ("dawn-2024-07-pak-aze-investment-2bn", "Dawn", "2024-07-11"),
    "thenews-2024-07-11": ("thenews-2024-07-11-pak-aze-bilateral-investment-2bn", "The News International", "2024-07-11"),
    "arynews-2024-07-11": ("arynews-2024-07-11-pak-aze-investment-2bn", "ARY News", "2024-07-11"),
    "geo-2026-02-05": ("geo-2026-02-05-mirziyoyev-red-carpet-welcome", "Geo News", "2026-02-05"),
    "nca-2026-02-06": ("newscentralasia-2026-02-06-islamabad-summit-uzb-pak-30-agreements", "News Central Asia", "2026-02-06"),
}

DAWN_UNDER_100M = "The bilateral investment volume of less than $100 million does not reflect the strength of our brotherhood"
NEWS_UNDER_100M = "the bilateral investment volume of less than $100 million does not reflect the strength of our brotherhood"
GEO_2025 = "welcome Uzbekistan President Shavkat Mirziyoyev in Islamabad on February 5, 2025."
NCA_2026 = "On 5 February 2026, summit talks took place in Islamabad between President of Uzbekistan Shavkat Mirziyoyev"

FACTS = f"""\
- id: dawn-investment-under-100m
  claim: Bilateral investment is under US$100 million, Prime Minister Shehbaz Sharif said.
  source: dawn-2024-07-11
  quote: "{DAWN_UNDER_100M}"
  date: "2024-07-11"
  kind: statement
  topics: [investment]
  entities: [Shehbaz Sharif, Pakistan, Azerbaijan]
- id: news-investment-under-100m
  claim: Bilateral investment stands below US$100 million, the Prime Minister said.
  source: thenews-2024-07-11
  quote: "{NEWS_UNDER_100M}"
  date: "2024-07-11"
  kind: statement
  topics: [investment]
  entities: [Shehbaz Sharif, Pakistan, Azerbaijan]
- id: geo-welcome-mirziyoyev
  claim: President Zardari and Prime Minister Shehbaz Sharif welcomed President Mirziyoyev in Islamabad.
  source: geo-2026-02-05
  quote: "{GEO_2025}"
  date: "2025-02-05"
  kind: event
  topics: [visits]
  entities: [Shavkat Mirziyoyev, Shehbaz Sharif]
- id: nca-summit-talks
  claim: President Mirziyoyev and Prime Minister Shehbaz Sharif held summit talks in Islamabad.
  source: nca-2026-02-06
  quote: "{NCA_2026}"
  date: "2026-02-05"
  kind: event
  topics: [visits]
  entities: [Shavkat Mirziyoyev, Shehbaz Sharif]
"""


def make_project(root: Path, links: str | None = None, facts: str = FACTS) -> Path:
    sources = root / "facts" / "sources"
    sources.mkdir(parents=True)
    (root / "facts" / "vocabulary.yaml").write_text(
        "topics:\n  investment: Investment.\n  visits: Visits.\n  trade: Trade.\n", encoding="utf-8"
    )
    for sid, (article, outlet, published) in SOURCES.items():
        body = (EVAL / f"{article}.txt").read_text(encoding="utf-8")
        front = f'---\nid: {sid}\noutlet: "{outlet}"\npublished: "{published}"\n---\n'
        (sources / f"{sid}.md").write_text(front + body, encoding="utf-8")
    (root / "facts" / "facts.yaml").write_text(facts, encoding="utf-8")
    if links is not None:
        (root / "facts" / "links.yaml").write_text(links, encoding="utf-8")
    return root


def load(root: Path) -> Corpus:
    return load_corpus(root, cache=ParseCache(None))


def test_two_outlets_reporting_one_statement_are_proposed_as_one_link(tmp_path: Path) -> None:
    corpus = load(make_project(tmp_path))
    assert corpus.errors == []
    proposals = corpus.link_proposals()
    pairs = [p.fact_ids for p in proposals]
    assert ("dawn-investment-under-100m", "news-investment-under-100m") in pairs
    proposal = proposals[pairs.index(("dawn-investment-under-100m", "news-investment-under-100m"))]
    assert proposal.kind == "event"
    assert "shared entities: Azerbaijan, Pakistan, Shehbaz Sharif" in proposal.evidence
    warning = corpus.proposal_warning(proposal)
    assert warning.severity is Severity.WARNING
    assert (warning.path, warning.line) == ("facts/facts.yaml", 1)
    assert "proposed link: 'dawn-investment-under-100m', 'news-investment-under-100m'" in warning.format()
    assert "facts/links.yaml" in warning.format()


def test_a_decision_is_kept_rejected_pairs_are_not_proposed_again(tmp_path: Path) -> None:
    links = """\
- facts: [dawn-investment-under-100m, news-investment-under-100m]
  event: shehbaz-aliyev-stakeout-2024-07
  decision: accepted
- facts: [geo-welcome-mirziyoyev, nca-summit-talks]
  decision: rejected
  evidence: a caption, not a report
"""
    corpus = load(make_project(tmp_path, links))
    assert corpus.errors == []
    assert corpus.link_proposals() == []


def test_an_accepted_link_feeds_the_date_check_and_names_each_side(tmp_path: Path) -> None:
    links = """\
- facts: [geo-welcome-mirziyoyev, nca-summit-talks]
  event: mirziyoyev-state-visit-2026
  decision: accepted
"""
    corpus = load(make_project(tmp_path, links))
    [found] = corpus.discrepancies()
    assert (found.kind, found.key) == ("date", "mirziyoyev-state-visit-2026")
    text = corpus.discrepancy_warning(found).format()
    assert text.startswith("facts/facts.yaml:17: warning: sources disagree on dates for event 'mirziyoyev-state-visit-2026'")
    assert "'geo-welcome-mirziyoyev' says 2025-02-05 (Geo News, 2026-02-05: \"welcome Uzbekistan President" in text
    assert "'nca-summit-talks' says 2026-02-05 (News Central Asia, 2026-02-06: \"On 5 February 2026" in text
    assert text in [p.format() for p in corpus.problems]
    # the facts as written are untouched: the link lives in links.yaml
    assert corpus.facts["geo-welcome-mirziyoyev"].event is None


def test_a_figure_without_a_period_is_not_comparable_rather_than_skipped(tmp_path: Path) -> None:
    facts = FACTS.replace(
        "  entities: [Shehbaz Sharif, Pakistan, Azerbaijan]\n- id: news",
        "  entities: [Shehbaz Sharif, Pakistan, Azerbaijan]\n  value: {metric: investment-stock, high: '100000000', unit: USD}\n- id: news",
        1,
    ).replace(
        "  entities: [Shehbaz Sharif, Pakistan, Azerbaijan]\n- id: geo",
        "  entities: [Shehbaz Sharif, Pakistan, Azerbaijan]\n"
        "  value: {metric: investment-stock, amount: '150000000', unit: USD, period: '2024'}\n- id: geo",
        1,
    )
    corpus = load(make_project(tmp_path, facts=facts))
    assert corpus.errors == []
    assert corpus.discrepancies() == []
    [note] = corpus.not_comparable()
    assert note.fact_ids == ("dawn-investment-under-100m", "news-investment-under-100m")
    text = corpus.discrepancy_warning(note).format()
    assert "figures for investment-stock are not comparable (one states a period, the other none)" in text
    assert "'dawn-investment-under-100m' says up to 100000000 USD, no period (Dawn, 2024-07-11:" in text


def test_an_accepted_metric_link_compares_figures_that_state_no_period(tmp_path: Path) -> None:
    facts = FACTS.replace(
        "  entities: [Shehbaz Sharif, Pakistan, Azerbaijan]\n- id: news",
        "  entities: [Shehbaz Sharif, Pakistan, Azerbaijan]\n  value: {metric: investment-a, high: '100000000', unit: USD}\n- id: news",
        1,
    ).replace(
        "  entities: [Shehbaz Sharif, Pakistan, Azerbaijan]\n- id: geo",
        "  entities: [Shehbaz Sharif, Pakistan, Azerbaijan]\n  value: {metric: investment-b, amount: '150000000', unit: USD}\n- id: geo",
        1,
    )
    links = "- facts: [dawn-investment-under-100m, news-investment-under-100m]\n  metric: investment-stock\n  decision: accepted\n"
    corpus = load(make_project(tmp_path, links, facts))
    [found] = corpus.discrepancies()
    assert (found.kind, found.key) == ("figure", "investment-stock (no period)")


def test_malformed_links_are_located(tmp_path: Path) -> None:
    links = """\
- facts: [dawn-investment-under-100m, news-investment-under-10m]
  event: stakeout
  decision: accepted
- facts: [geo-welcome-mirziyoyev, nca-summit-talks]
  event: visit
  metric: visits
  decision: accepted
- facts: [geo-welcome-mirziyoyev, nca-summit-talks]
  decision: maybe
"""
    corpus = load(make_project(tmp_path, links))
    lines = [p.format() for p in corpus.errors]
    assert len(lines) == 3
    assert lines[0].startswith("facts/links.yaml:1: link #1: unknown fact 'news-investment-under-10m'")
    assert "did you mean 'news-investment-under-100m'?" in lines[0]
    assert lines[1].startswith("facts/links.yaml:4: link #2:")
    assert lines[2].startswith("facts/links.yaml:9: link #3: field 'decision'")


def test_links_yaml_is_not_read_as_a_facts_file(tmp_path: Path) -> None:
    links = "- facts: [geo-welcome-mirziyoyev, nca-summit-talks]\n  decision: rejected\n"
    corpus = load(make_project(tmp_path, links))
    assert corpus.errors == []
    assert len(corpus.facts) == 4


def test_reprinted_agency_copy_is_one_origin_rewritten_reports_are_not() -> None:
    from briefgen.corpus.models import Source

    def source(sid: str) -> Source:
        article, outlet, _ = SOURCES[sid]
        return Source(id=sid, outlet=outlet, body=(EVAL / f"{article}.txt").read_text(encoding="utf-8"))

    dawn, news, ary = source("dawn-2024-07-11"), source("thenews-2024-07-11"), source("arynews-2024-07-11")
    assert same_origin(dawn, news)
    assert not same_origin(dawn, ary)
    assert same_origin_pairs([ary, news, dawn]) == [("dawn-2024-07-11", "thenews-2024-07-11")]


def test_a_metric_link_between_facts_without_values_is_located(tmp_path: Path) -> None:
    links = "- facts: [geo-welcome-mirziyoyev, nca-summit-talks]\n  metric: visits\n  decision: accepted\n"
    corpus = load(make_project(tmp_path, links))
    assert [p.format() for p in corpus.errors] == [
        "facts/links.yaml:1: fact 'geo-welcome-mirziyoyev' states no value, so it cannot share metric 'visits' "
        "(hint: link it by event instead, or give the fact a value)",
        "facts/links.yaml:1: fact 'nca-summit-talks' states no value, so it cannot share metric 'visits' "
        "(hint: link it by event instead, or give the fact a value)",
    ]


def test_figures_for_overlapping_periods_that_cannot_both_be_true_conflict(tmp_path: Path) -> None:
    facts = FACTS.replace(
        "  entities: [Shehbaz Sharif, Pakistan, Azerbaijan]\n- id: news",
        "  entities: [Shehbaz Sharif, Pakistan, Azerbaijan]\n"
        "  value: {metric: investment-stock, high: '100000000', unit: USD, period: '2024'}\n- id: news",
        1,
    ).replace(
        "  entities: [Shehbaz Sharif, Pakistan, Azerbaijan]\n- id: geo",
        "  entities: [Shehbaz Sharif, Pakistan, Azerbaijan]\n"
        "  value: {metric: investment-stock, amount: '150000000', unit: USD, period: 2024-01/2024-12}\n- id: geo",
        1,
    )
    corpus = load(make_project(tmp_path, facts=facts))
    [found] = corpus.discrepancies()
    assert (found.kind, found.key, found.fact_ids) == (
        "figure",
        "investment-stock (2024, 2024-01/2024-12)",
        ("dawn-investment-under-100m", "news-investment-under-100m"),
    )
    assert found.statements == ("up to 100000000 USD for 2024", "150000000 USD for 2024-01/2024-12")


def test_the_entry_a_proposal_suggests_is_a_valid_accepted_link(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    [proposal] = [p for p in load(project).link_proposals() if p.fact_ids[0] == "dawn-investment-under-100m"]
    (project / "facts" / "links.yaml").write_text(proposal.entry_yaml() + "\n", encoding="utf-8")
    corpus = load(project)
    assert corpus.errors == []
    assert [link.entry.facts for link in corpus.links.accepted()] == [["dawn-investment-under-100m", "news-investment-under-100m"]]
    assert all(p.fact_ids[0] != "dawn-investment-under-100m" for p in corpus.link_proposals())


def test_accepted_links_join_events_and_metrics_through_shared_facts() -> None:
    from briefgen.corpus.links import Link, LinkDecisions, LinkEntry, apply_links
    from briefgen.corpus.models import Fact

    def fact(fid: str, event: str | None = None, metric: str | None = None) -> Fact:
        value = {"metric": metric, "amount": "1", "unit": "USD"} if metric else None
        data = {
            "id": fid,
            "claim": "A claim.",
            "source": "s",
            "quote": "q",
            "date": "2024",
            "topics": ["trade"],
            "event": event,
            "value": value,
        }
        return Fact.model_validate(data)

    def link(facts: list[str], **key: str) -> Link:
        return Link(LinkEntry.model_validate({"facts": facts, "decision": "accepted", **key}), 1)

    facts = [
        fact("a", event="visit-hand"),
        fact("b"),
        fact("c"),
        fact("d", event="visit-hand"),
        fact("m1", metric="x"),
        fact("m2", metric="y"),
        fact("m3", metric="z"),
    ]
    decisions = LinkDecisions(
        [
            link(["a", "b"], event="visit-proposed"),
            link(["b", "c"], event="visit-other"),
            link(["m1", "m2"], metric="x"),
            link(["m2", "m3"], metric="w"),
        ]
    )
    linked = {f.id: f for f in apply_links(facts, decisions)}
    # one event: the hand-set id, the two link ids, and every fact carrying any of them
    assert {linked[f].event for f in "abcd"} == {"visit-hand"}
    assert {linked[f].value.metric for f in ("m1", "m2", "m3") if linked[f].value} == {"w"}
    assert facts[1].event is None  # the facts as written are untouched


def test_proposals_do_not_chain_reports_that_merely_share_a_third() -> None:
    from briefgen.corpus.models import Fact
    from briefgen.corpus.proposals import _grouped

    def fact(fid: str) -> Fact:
        return Fact.model_validate({"id": fid, "claim": "A claim.", "source": fid, "quote": "q", "date": "2024", "topics": ["trade"]})

    a, b, c, d = fact("a"), fact("b"), fact("c"), fact("d")
    pairs = [(a, b, 0.9, ""), (b, c, 0.8, ""), (a, d, 0.7, ""), (b, d, 0.6, "")]
    groups = [sorted({p[0].id for p in g} | {p[1].id for p in g}) for g in _grouped(pairs)]
    # a, b and d all pair with one another; c pairs with b only, so it is proposed with b alone
    assert sorted(groups) == [["a", "b", "d"], ["b", "c"]]


def test_a_busy_name_is_compared_in_windows_and_a_ubiquitous_one_not_at_all() -> None:
    from briefgen.corpus.evidence import prepare
    from briefgen.corpus.models import Fact
    from briefgen.corpus.pairing import BLOCK_LIMIT, WINDOW_LIMIT, blocks

    def facts(count: int, name: str) -> list[Fact]:
        return [
            Fact.model_validate(
                {
                    "id": f"{name}-{n}",
                    "claim": "A claim.",
                    "source": f"s{n}",
                    "quote": "q",
                    "date": f"2024-11-{1 + n % 28:02d}",
                    "topics": [f"t{n}"],
                    "entities": [name],
                }
            )
            for n in range(count)
        ]

    busy = [prepare(f) for f in facts(BLOCK_LIMIT + 20, "busy")]
    found = blocks(busy)
    assert found and all(len(b) <= BLOCK_LIMIT for b in found)
    together = {frozenset((busy[i].fact.id, busy[j].fact.id)) for b in found for i in b for j in b if i != j}
    by_date = sorted(busy, key=lambda p: (p.fact.date.sort_key(), p.fact.id))
    assert all(frozenset((a.fact.id, b.fact.id)) in together for a, b in itertools.pairwise(by_date))
    assert blocks([prepare(f) for f in facts(WINDOW_LIMIT + 1, "everyone")]) == []
