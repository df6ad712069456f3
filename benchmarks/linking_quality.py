"""Benchmark: how well does ``check`` link facts across outlets, and what does linking cost?

**Quality.**  The evaluation set ``tests/fixtures/intake_eval/`` holds 40 real
news pages with hand labels: each page's claims, and in ``links.yaml`` the
claims that corroborate one another, the pages that share one origin (agency
copy, press releases) and the conflicts.  This script writes the labelled
articles as archived sources and their labelled claims as facts (the span as
quote and claim; no ``event`` id, and a metric of its own for every figure,
so nothing is wired by hand) into a temporary project, loads it, and measures:

- **links**: every pair of facts inside a proposed link against every pair
  inside a labelled corroboration or conflict (the same *statement*); and
  again with the pairs of ``adjudicated.yaml`` (judged by reading both
  quotes: the same event or figure, or not) counted too: a pair judged
  nowhere is counted wrong and their number is printed.  The *measure of
  record* reads "one event" as one **occasion** (a visit with its arrival,
  talks, signings and ceremonies; another visit, a later meeting or a
  recalled one is another) and "one figure" as the same metric, the same
  parties in the same roles and the same or an overlapping period: the
  ``verdict`` of each adjudicated pair.  The *strict* reading (a part of a
  visit is not the visit), by which some pairs were first judged
  (``strict: different``), is printed beside it.  A further line, which is
  NOT the measure of record, scores the groups an editor ends with after
  accepting every proposal as it stands: ``apply_links`` joins the event ids
  (and metrics) of accepted links that share a fact, and facts with one id
  are one event, so the parts of one occasion proposed in several links
  under one offered id come together (every pair inside such a group counts);
- **conflicts**: discrepancies and possible conflicts (what ``check``
  reports with no link set, reading the facts of undated pages as ``check``
  does: their dates are not set against others) against the labelled
  conflicts, counted as pairs of claims that disagree (``linking_e2e.disagree``: a date conflict's sides
  in different months, a stay's or one act's sides on different days as their quotes give them: a
  meeting "On Wednesday" against "on Tuesday" is labelled a conflict, and a month test never saw it),
  the labelled pairs being a conflict's sides that disagree (``agreeing_pairs``: two "three-day" sides
  against one "two-day" agree, by their labelled values, and are left out);
  and the same through the editor's path
  (``benchmarks/linking_e2e.py``: ``sources add``, ``suggest``, drafts
  accepted unchanged, ``check --json``);
- **conflicts**: every proposal accepted as it stands, the discrepancies found
  (pairs of facts on different sides) against the labelled conflicts;
- **origins**: pairs of articles found to share an origin against ``same_origin``.

A claim with no date of its own takes the article's publication date, and
for an undated article the month its cluster is labelled with (a fact must
have a date; an editor would supply one).  Of a claim's figures the one with
a period is kept, else the first (a fact states one value).

**Cost.**  ``--timing`` generates the 5,000-source / 50,000-fact corpus of
``benchmarks/check_corpus.py`` and times ``briefgen check`` in a fresh process,
with the parse cache complete, as ``check --no-link-proposals`` and as plain
``check``, in turns, the median of ``--repeat`` runs each.

Run from the repository root::

    .venv/bin/python benchmarks/linking_quality.py [--timing] [--repeat 3] [--verbose] [--set DIR]

``--set tests/fixtures/intake_holdout`` measures the out-of-sample set instead (``--fit``
still fits the weights on the default set only).
"""

from __future__ import annotations

import argparse
import itertools
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
EVAL = REPO / "tests" / "fixtures" / "intake_eval"
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

from linking_e2e import disagree  # type: ignore[import-not-found]  # noqa: E402

from briefgen.corpus.cache import ParseCache  # noqa: E402
from briefgen.corpus.links import Link, LinkDecisions, LinkEntry, apply_links  # noqa: E402
from briefgen.corpus.loader import load_corpus  # noqa: E402
from briefgen.corpus.origins import same_origin_pairs  # noqa: E402
from briefgen.corpus.possible import possible_conflicts  # noqa: E402
from briefgen.corpus.proposals import propose_links  # noqa: E402


def _q(text: object) -> str:
    return '"' + str(text).replace("\\", "\\\\").replace('"', '\\"') + '"'


def _figures(claim: dict[str, Any]) -> list[dict[str, Any] | None]:
    figures: list[dict[str, Any] | None] = [f for f in claim.get("figures") or [] if "not_a_figure" not in f]
    return figures or [None]


def write_project(root: Path, evaluation: Path = EVAL) -> dict[str, tuple[str, str]]:
    """The labelled set ``evaluation`` as a project under ``root``; returns fact id -> (article, span)."""
    sources = root / "facts" / "sources"
    sources.mkdir(parents=True)
    topics: set[str] = set()
    spans: dict[str, tuple[str, str]] = {}
    lines: list[str] = []
    for label_path in sorted((evaluation / "labels").glob("*.yaml")):
        slug = label_path.stem
        label = yaml.safe_load(label_path.read_text(encoding="utf-8"))
        body = (evaluation / "articles" / f"{slug}.txt").read_text(encoding="utf-8")
        published = str(label.get("published") or "")
        front = [
            "---",
            f"id: {slug}",
            f"title: {_q(label.get('headline') or '')}",
            f"outlet: {_q(label.get('outlet') or '')}",
            f"published: {_q(published)}",
            f"place: {_q(label.get('place') or '')}",
            "---",
        ]
        (sources / f"{slug}.md").write_text("\n".join(front) + "\n" + body, encoding="utf-8")
        cluster_month = "-".join(str(label["cluster"]).split("-")[-2:])
        for n, claim in enumerate(label["claims"]):
            topics.update(claim["topics"])
            for m, figure in enumerate(_figures(claim)):
                fact_id = f"{slug[:80]}-c{n:02d}-{m}"
                spans[fact_id] = (slug, claim["span"])
                date = str(claim.get("date") or "") or published or cluster_month
                # A labelled claim dated after its article is something due: a plan, as check requires.
                ahead = bool(published) and date[:10] > published[: len(date[:10])] and not published.startswith(date)
                lines += _fact_lines(fact_id, slug, {**claim, "kind": "plan"} if ahead else claim, figure, date)
    (root / "facts" / "eval.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    vocabulary = ["topics:"] + [f"  {t}: {t}" for t in sorted(topics)] if topics else ["topics: {}"]  # claims: [] has none
    (root / "facts" / "vocabulary.yaml").write_text("\n".join(vocabulary) + "\n", encoding="utf-8")
    return spans


def _fact_lines(fact_id: str, slug: str, claim: dict[str, Any], figure: dict[str, Any] | None, date: str) -> list[str]:
    """One labelled claim as a fact (one per figure it states: a fact states one value)."""
    kind = {"agreement": "event"}.get(claim["kind"], claim["kind"])
    lines = [
        f"- id: {fact_id}",
        f"  claim: {_q(claim['span'])}",
        f"  source: {slug}",
        f"  quote: {_q(claim['span'])}",
        f"  date: {_q(date)}",
        f"  kind: {kind}",
        f"  topics: [{', '.join(claim['topics'])}]",
        f"  entities: [{', '.join(_q(e) for e in claim.get('entities') or [])}]",
    ]
    if figure is not None:
        lines += ["  value:", f"    metric: m-{fact_id}", f"    unit: {_q(figure['unit'])}"]
        for key in ("amount", "low", "high", "period"):
            if key in figure:
                lines.append(f"    {key}: {_q(figure[key])}")
        if figure.get("approximate"):
            lines.append('    approximate: "true"')
    return lines


Claim = tuple[str, str]  # (article, span)
ClaimPair = frozenset[Claim]


def _claim_pairs(claims: list[Claim]) -> set[ClaimPair]:
    """Pairs of labelled claims from different articles."""
    return {frozenset((a, b)) for a, b in itertools.combinations(set(claims), 2) if a[0] != b[0]}


_YEAR = re.compile(r"\b\d{4}\b")
_SPAN = re.compile(r"\d\s*[-–—]\s*\d|\b(?:to|until|till|through|between)\b")


def _labelled_claims(evaluation: Path) -> dict[Claim, dict[str, Any]]:
    """Every labelled claim of the set by (article, span)."""
    claims: dict[Claim, dict[str, Any]] = {}
    for label_path in sorted((evaluation / "labels").glob("*.yaml")):
        for claim in yaml.safe_load(label_path.read_text(encoding="utf-8"))["claims"]:
            claims[(label_path.stem, claim["span"])] = claim
    return claims


def _number(value: object) -> object:
    try:
        return float(str(value).replace(",", ""))
    except ValueError:
        return str(value)


def _figure_key(figure: dict[str, Any]) -> tuple[object, ...]:
    """What a labelled figure says: its amount or range and its unit (``approximate`` aside)."""
    return (*(_number(figure[k]) if k in figure else None for k in ("amount", "low", "high")), str(figure.get("unit", "")).lower())


def _side_values(kind: str, sides: list[dict[str, Any]]) -> list[tuple[object, ...] | None]:
    """Each side's labelled value for a conflict of ``kind`` (None when the labels do not give it for certain).

    A date conflict's side: the claim's ``date``, or, when the claim has none, its ``date_phrase`` if that
    names its year ("on Tuesday", "today", "in July" depend on a publication date the labels do not give);
    a phrase of several days ("on September 10-11", "from Oct. 29 to 30") has none (its ``date`` is a first day).
    A figure conflict's side: the claim's one figure of the conflict's unit.  The conflict's units are
    those of the sides that state a single figure, or failing any, those every side states; a side with
    no figure or with two of those units has no value read.
    """
    if kind == "date":
        values: list[tuple[object, ...] | None] = []
        for claim in sides:
            date, phrase = str(claim.get("date") or ""), " ".join(str(claim.get("date_phrase") or "").lower().split())
            absolute = bool(_YEAR.search(phrase))
            if _SPAN.search(phrase):  # "on September 10-11": the date is its first day, not what it says
                values.append(None)
            else:
                values.append(("date", date) if date else ("phrase", phrase) if phrase and absolute else None)
        return values
    if kind != "figure":
        return [None for _ in sides]
    figures = [[f for f in claim.get("figures") or [] if "not_a_figure" not in f] for claim in sides]
    units = {_figure_key(fs[0])[-1] for fs in figures if len(fs) == 1}
    if not units and all(figures):
        units = set.intersection(*({_figure_key(f)[-1] for f in fs} for fs in figures))
    result: list[tuple[object, ...] | None] = []
    for fs in figures:
        of_unit = [f for f in fs if _figure_key(f)[-1] in units]
        period = {str(f.get("period")) for f in of_unit if "period" in f}
        result.append((*_figure_key(of_unit[0]), *period) if len(of_unit) == 1 else None)
    return result


def agreeing_pairs(conflict: dict[str, Any], claims: dict[Claim, dict[str, Any]]) -> set[ClaimPair]:
    """Pairs of a conflict's sides (from different articles) whose labelled values are both known and equal.

    A conflict of three sides or more may hold two that agree ("two-day" against two "three-day"); such a
    pair is no disagreement, and ``check`` rightly never reports it.  A side whose value the labels do not
    give (:func:`_side_values`) keeps its pairs.
    """
    sides = _claims(conflict["sides"])
    values = _side_values(conflict["kind"], [claims.get(side, {}) for side in sides])
    if len({v for v in values if v is not None}) < 2:  # no disagreement read: the value read is not the one in conflict
        return set()
    return {
        frozenset((a, b))
        for (a, va), (b, vb) in itertools.combinations(zip(sides, values, strict=True), 2)
        if a[0] != b[0] and va is not None and va == vb
    }


def conflict_pairs(conflict: dict[str, Any], claims: dict[Claim, dict[str, Any]]) -> set[ClaimPair]:
    """The labelled conflict's expected pairs: its sides from different articles that do not agree."""
    return _claim_pairs(_claims(conflict["sides"])) - agreeing_pairs(conflict, claims)


@dataclass
class Score:
    found: int
    expected: int
    right: int

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.expected if self.expected else 1.0

    def __str__(self) -> str:
        return f"precision {self.precision:.0%} ({self.right}/{self.found}), recall {self.recall:.0%} ({self.right}/{self.expected})"


def _score(found: set[Any], expected: set[Any]) -> Score:
    return Score(len(found), len(expected), len(found & expected))


def _claims(members: list[dict[str, str]]) -> list[Claim]:
    return [(m["article"], m["span"]) for m in members]


def evaluate(verbose: bool = False, end_to_end: bool = True, evaluation: Path = EVAL) -> dict[str, Score]:
    """Proposed links, conflicts and origins against the labels, as pairs of labelled claims (or articles)."""
    gold = yaml.safe_load((evaluation / "links.yaml").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        spans = write_project(root, evaluation)
        corpus = load_corpus(root, cache=ParseCache(None))
        if corpus.errors:
            raise SystemExit("\n".join(p.format() for p in corpus.errors[:10]))
        corroborated = set().union(*(_claim_pairs(_claims(g["members"])) for g in gold["corroborations"]))
        sides = set().union(*(_claim_pairs(_claims(c["sides"])) for c in gold["conflicts"]))
        labelled = _labelled_claims(evaluation)
        conflicting = set().union(*(conflict_pairs(c, labelled) for c in gold["conflicts"]))
        agreeing = sides - conflicting  # a pair that agrees in one conflict and differs in another is a conflict
        expected = corroborated | sides  # sides that agree are still one statement, a link
        facts = corpus.facts_in_date_order()
        proposals = propose_links(facts, LinkDecisions())
        found = set().union(*(_claim_pairs([spans[f] for f in p.fact_ids]) for p in proposals))
        accepted_all = set().union(*(_claim_pairs([spans[f] for f in group]) for group in _accepted_groups(facts, proposals)))
        if verbose:
            print(
                f"conflict pairs left out as agreeing ({len(agreeing)}):",
                "; ".join(" = ".join(f"{a[:40]}: {s[:40]}" for a, s in sorted(p)) for p in sorted(agreeing, key=sorted)),
            )
            for pair in sorted(found - expected, key=sorted):
                print("extra: ", " | ".join(span[:70] for _, span in sorted(pair)))
            for pair in sorted(expected - found, key=sorted):
                print("missed:", " | ".join(span[:70] for _, span in sorted(pair)))
        undated = {sid for sid, source in corpus.sources.items() if source.published is None}  # as check reads them
        possible = [p.discrepancy for p in possible_conflicts(facts, proposals, undated)]
        found_conflicts = {
            frozenset((spans[a], spans[b]))
            for d in corpus.discrepancies() + possible
            for a, b in itertools.combinations(d.fact_ids, 2)
            if disagree(d.kind, corpus.facts[a], corpus.facts[b]) and spans[a][0] != spans[b][0]
        }
        if verbose:
            for pair in sorted(found_conflicts - conflicting, key=sorted):
                print("extra conflict: ", " | ".join(span[:70] for _, span in sorted(pair)))
            for pair in sorted(conflicting - found_conflicts, key=sorted):
                print("missed conflict:", " | ".join(span[:70] for _, span in sorted(pair)))
        origins_found = {frozenset(p) for p in same_origin_pairs(list(corpus.sources.values()))}
    adjudicated = evaluation / "adjudicated.yaml"
    judged = yaml.safe_load(adjudicated.read_text(encoding="utf-8"))["pairs"] if adjudicated.is_file() else []
    same_event = {frozenset(_claims(j["claims"])) for j in judged if j["verdict"] == "same-event"}
    strictly_same = {frozenset(_claims(j["claims"])) for j in judged if j.get("strict", j["verdict"]) == "same-event"}
    all_judged = {frozenset(_claims(j["claims"])) for j in judged}
    unjudged = found - expected - all_judged
    if verbose:
        for pair in sorted(unjudged, key=sorted):
            print("unjudged:", " | ".join(span[:70] for _, span in sorted(pair)))
    scores = {
        "links, same statement (labels only)": _score(found, expected),
        f"links, strict reading (a part of a visit is not the visit; {len(unjudged)} unjudged pairs counted wrong)": _score(
            found, expected | strictly_same
        ),
        f"links, same occasion or figure, OF RECORD (labels, adjudicated.yaml; {len(unjudged)} unjudged pairs counted wrong)": _score(
            found, expected | same_event
        ),
        "links, every proposal accepted as it stands (the groups its event ids and metrics make, transitively; NOT the measure of record; "
        f"{len(accepted_all - expected - all_judged)} unjudged pairs counted wrong)": _score(accepted_all, expected | same_event),
        "conflicts, labelled claims as facts, no link set (pairs of claims in one conflict or possible conflict)": _score(
            found_conflicts, conflicting
        ),
        "same origin (pairs of articles)": _score(origins_found, {frozenset(p) for p in gold["same_origin"]}),
    }
    if end_to_end:
        scores["conflicts, editor's path: sources add, suggest, drafts accepted unchanged, check --json"] = _end_to_end(
            conflicting, verbose, evaluation
        )
    return scores


def _accepted_groups(facts: list[Any], proposals: list[Any]) -> list[list[str]]:
    """The facts an editor finds linked after accepting every proposal unchanged: one group per event id or metric.

    ``apply_links`` joins the event ids (and metrics) of accepted links that share a fact, and facts that
    carry one id are one event, so parts of one occasion proposed in several links under one name, or
    chained by a shared fact, become one group: what ``check`` then compares.
    """
    entries = [Link(LinkEntry(facts=list(p.fact_ids), decision="accepted", **{p.kind: p.name}), 0) for p in proposals]
    groups: dict[tuple[str, str], list[str]] = {}
    for fact in apply_links(facts, LinkDecisions(entries)):
        if fact.event is not None:
            groups.setdefault(("event", fact.event), []).append(fact.id)
        if fact.value is not None:
            groups.setdefault(("metric", fact.value.metric), []).append(fact.id)
    return list(groups.values())


def _end_to_end(conflicting: set[ClaimPair], verbose: bool, evaluation: Path) -> Score:
    """Conflicts found through the editor's path (benchmarks/linking_e2e.py): fact pairs scored, labelled pairs recalled."""
    from linking_e2e import evaluate as editors_path

    with tempfile.TemporaryDirectory() as folder:
        found = editors_path(Path(folder), evaluation)
    right = [pair for pair, _ in found if pair in conflicting]
    if verbose:
        for pair, shown in found:
            print("e2e conflict", "(labelled):" if pair in conflicting else "(extra):   ", shown)
        for pair in sorted(conflicting - set(right), key=sorted):
            print("e2e missed:", " | ".join(span[:70] for _, span in sorted(pair)))
    return Score(found=len(found), expected=len(conflicting), right=len(set(right)))


def _fit(x: Any, y: Any, l2: float = 0.01, steps: int = 6000) -> Any:
    """Logistic regression by gradient descent (L2 on every weight but the bias, the last column)."""
    import numpy as np

    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ w))
        grad = x.T @ (p - y) / len(y) + l2 * w
        grad[-1] -= l2 * w[-1]
        w -= grad
    return w


def fit_weights() -> None:
    """Fit the evidence weights on the candidate pairs; print them, and precision and recall left-one-event-cluster-out."""
    import numpy as np

    from briefgen.corpus.evidence import _WEIGHTS
    from briefgen.corpus.proposals import candidate_features

    gold = yaml.safe_load((EVAL / "links.yaml").read_text(encoding="utf-8"))
    clusters = {p.stem: yaml.safe_load(p.read_text(encoding="utf-8"))["cluster"] for p in (EVAL / "labels").glob("*.yaml")}
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        spans = write_project(root)
        corpus = load_corpus(root, cache=ParseCache(None))
        expected = set().union(*(_claim_pairs(_claims(g["members"])) for g in gold["corroborations"]))
        expected |= set().union(*(_claim_pairs(_claims(c["sides"])) for c in gold["conflicts"]))
        rows = candidate_features(corpus.facts_in_date_order())
    names = [n for n in _WEIGHTS if n not in {"hand_wired", "one_visit", "one_occasion", "bias"}] + ["bias"]
    x = np.array([[features[n] for n in names] for _, _, features in rows])
    y = np.array([frozenset((spans[a.id], spans[b.id])) in expected for a, b, _ in rows], dtype=float)
    group = np.array([clusters[a.source] for a, _, _ in rows])
    print("weights:", {n: round(float(v), 2) for n, v in zip(names, _fit(x, y), strict=True)})
    held_out = np.zeros(len(y))
    for cluster in sorted(set(group)):
        mask = group == cluster
        held_out[mask] = 1 / (1 + np.exp(-x[mask] @ _fit(x[~mask], y[~mask])))
    for threshold in (0.2, 0.3, 0.4):
        right = int(((held_out >= threshold) & (y == 1)).sum())
        found = int((held_out >= threshold).sum())
        print(f"held out, threshold {threshold}: precision {right / max(found, 1):.0%}, recall {right / y.sum():.0%} (fact pairs compared)")


def _run_check(project: Path, *extra: str) -> tuple[float, str]:
    """``briefgen check`` in a fresh process, as an editor runs it: wall time and its last line."""
    env = {k: v for k, v in os.environ.items() if k != "BRIEFGEN_NO_CACHE"}
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "briefgen", "-C", str(project), "check", *extra], capture_output=True, text=True, env=env, check=False
    )
    seconds = time.perf_counter() - start
    last = (result.stdout.strip().splitlines() or [""])[-1]
    proposals = result.stderr.count("warning: proposed link:")
    possible = result.stderr.count("warning: possible conflict")
    return seconds, f"{last} (exit {result.returncode}, {proposals} proposals, {possible} possible conflicts)"


def timing(repeat: int) -> tuple[float, float, str, str]:
    """Median wall time of ``check`` without and with link proposals on the 50,000-fact corpus (parse cache complete)."""
    from check_corpus import generate  # type: ignore[import-not-found]

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        generate(root, 50000)
        _run_check(root, "--no-link-proposals")  # fills the parse cache
        without: list[float] = []
        with_links: list[float] = []
        summary_without = summary_with = ""
        for _ in range(repeat):  # taken in turns, so that other work on the machine weighs on both alike
            seconds, summary_without = _run_check(root, "--no-link-proposals")
            without.append(seconds)
            seconds, summary_with = _run_check(root)
            with_links.append(seconds)
    return statistics.median(without), statistics.median(with_links), summary_without, summary_with


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--timing", action="store_true", help="also time check with and without linking on 50,000 facts")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--verbose", action="store_true", help="print the pairs missed and the extra ones")
    parser.add_argument("--fit", action="store_true", help="fit the evidence weights and estimate them on held-out event clusters")
    parser.add_argument("--set", type=Path, default=EVAL, metavar="DIR", help="the labelled set (default: tests/fixtures/intake_eval)")
    args = parser.parse_args()
    if args.fit:
        fit_weights()
    for name, score in evaluate(args.verbose, evaluation=args.set).items():
        print(f"{name}: {score}")
    if args.timing:
        without, with_links, summary_without, summary_with = timing(args.repeat)
        print(f"check --no-link-proposals, 50,000 facts: {without:.2f} s median ({summary_without})")
        print(f"check, 50,000 facts: {with_links:.2f} s median ({summary_with}); {with_links / without:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
