"""The path an editor takes, measured: add each article, draft it, accept every draft unchanged, check.

For each event cluster of ``tests/fixtures/intake_eval/`` this makes a fresh
project and runs, in this process, what an editor would type::

    briefgen sources add articles/<slug>.txt --id <slug> [--outlet …] [--published … | --undated]
    briefgen suggest <slug>
    (facts/drafts/<slug>.yaml moved to facts/<slug>.yaml with its `draft: true` lines removed)
    briefgen check --json

No link is set by hand.  A draft stands for the labelled claim of its
article whose span it quotes (rapidfuzz, partial ratio 85 or more); drafts
that quote no labelled claim count as extra when they land in a conflict.
Conflicts found are the pairs of facts, from different articles, in one
discrepancy or one possible conflict of ``check --json``.

Used by ``benchmarks/linking_quality.py``; ``tests/commands/test_editors_path.py``
takes the same path through the real command line.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from briefgen.corpus.act_days import acts_told_differently
from briefgen.corpus.discrepancies import values_agree
from briefgen.corpus.models import Fact
from briefgen.corpus.stays import facts_end_differently

EVAL = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "intake_eval"

Claim = tuple[str, str]  # (article, span)


def _briefgen(*args: str) -> tuple[int, str]:
    """One briefgen command in this process: exit code and what it printed on stdout."""
    from briefgen.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue()


def labels(evaluation: Path = EVAL) -> dict[str, dict[str, Any]]:
    return {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((evaluation / "labels").glob("*.yaml"))}


def add_cluster(root: Path, cluster: str, evaluation: Path = EVAL) -> list[str]:
    """A fresh project at ``root`` with the cluster's articles added and drafted, every draft accepted unchanged."""
    every = labels(evaluation)
    topics = sorted({t for label in every.values() for claim in label["claims"] for t in claim["topics"]})
    (root / "facts" / "sources").mkdir(parents=True)
    vocabulary = "topics:\n" + "".join(f"  {t}: {t.replace('-', ' ')}\n" for t in topics)
    if not topics:  # a sample labelled for its metadata alone (claims: []) brings its own vocabulary, as an editor would
        vocabulary = (evaluation / "vocabulary.yaml").read_text(encoding="utf-8")
    (root / "facts" / "vocabulary.yaml").write_text(vocabulary, encoding="utf-8")
    slugs = [slug for slug, label in every.items() if label["cluster"] == cluster]
    for slug in slugs:
        label = every[slug]
        args = ["-C", str(root), "sources", "add", str(evaluation / "articles" / f"{slug}.txt"), "--id", slug]
        if label.get("outlet"):
            args += ["--outlet", str(label["outlet"])]
        published = str(label.get("published") or "")
        args += ["--published", published] if re.fullmatch(r"\d{4}-\d{2}-\d{2}", published) else ["--undated"]
        code, _ = _briefgen(*args)
        if code == 2:  # refused as asked to choose (a page of several articles): the editor's choice, not made here
            print(f"skipped: sources add {slug} asks the editor to choose (exit 2)", file=sys.stderr)
            continue
        if code == 1:  # refused ("no article text found"): the editor cannot cite it; intake_quality counts its claims missed
            print(f"skipped: sources add {slug} refused the page (exit 1)", file=sys.stderr)
            continue
        if code != 0:
            raise SystemExit(f"sources add {slug}: exit {code}")
        _briefgen("-C", str(root), "suggest", slug)
        drafts = root / "facts" / "drafts" / f"{slug}.yaml"
        if drafts.is_file():  # accepted unchanged: moved into facts/, no longer marked as drafts
            text = re.sub(r"(?m)^\s*draft: true\s*\n", "", drafts.read_text(encoding="utf-8"))
            (root / "facts" / f"{slug}.yaml").write_text(text, encoding="utf-8")
            drafts.unlink()
    return slugs


def check_json(root: Path) -> dict[str, Any]:
    code, out = _briefgen("-C", str(root), "check", "--corpus-only", "--json")
    if code != 0:
        raise SystemExit(f"check: exit {code}")
    document: dict[str, Any] = json.loads(out)
    return document


def claim_of(fact: dict[str, Any], claims: dict[str, list[str]]) -> Claim | None:
    """The labelled claim of the fact's article that the fact quotes, if any.

    A quote of two sentences holds two spans whole (a partial ratio of 100 each): the longer span, the
    one that says most of what the quote says, is the claim it stands for, not the later one.
    """
    quote = default_process(str(fact["quote"]))
    best, best_key = None, (85.0, 0)
    for span in claims.get(str(fact["source"]), []):
        key = (fuzz.partial_ratio(quote, default_process(span)), len(span))
        if key >= best_key:
            best, best_key = span, key
    return (str(fact["source"]), best) if best else None


def disagree(kind: str, a: Fact, b: Fact) -> bool:
    """Whether two sides of one conflict disagree with each other (a conflict of three may hold two that agree).

    A "date" conflict counts only sides in different months: the date check lets one visit's facts differ by
    days, so two days of one month are two parts of a visit, not a disagreement.  A "day" conflict is another
    claim, read from the quotes: one act (talks held, a meeting, a signing, a remark) given two days; its
    sides disagree when their quotes do (:func:`~briefgen.corpus.act_days.acts_told_differently`), as a "stay"
    conflict's do.  The labels have always held such conflicts ("On Wednesday" against "on Tuesday" for one
    meeting); without this the checker could report them and never be credited, nor blamed for a wrong one.
    """
    if a.source == b.source:
        return False
    if kind == "date":
        return (a.date.year, a.date.month) != (b.date.year, b.date.month)
    if kind == "stay":
        return facts_end_differently(a, b)
    if kind == "day":
        return acts_told_differently(a, b)
    return a.value is not None and b.value is not None and not values_agree(a.value, b.value)


def conflict_pairs(document: dict[str, Any]) -> set[frozenset[str]]:
    """Pairs of facts from different sources that disagree in one discrepancy or one possible conflict."""
    facts = {f["id"]: Fact.model_validate({k: v for k, v in f.items() if k not in ("path", "line")}) for f in document["facts"]}
    found = set()
    for conflict in document["discrepancies"] + document.get("possible_conflicts", []):
        for a, b in itertools.combinations(conflict["facts"], 2):
            if disagree(conflict["kind"], facts[a], facts[b]):
                found.add(frozenset((a, b)))
    return found


def evaluate(work: Path, evaluation: Path = EVAL) -> list[tuple[frozenset[Claim] | None, str]]:
    """Every cluster through the editor's path: each conflicting pair of facts as the labelled claims it quotes
    (None when a side quotes no labelled claim), with the two quotes for a reader."""
    every = labels(evaluation)
    claims = {slug: [c["span"] for c in label["claims"]] for slug, label in every.items()}
    found: list[tuple[frozenset[Claim] | None, str]] = []
    for cluster in sorted({label["cluster"] for label in every.values()}):
        root = work / cluster
        add_cluster(root, cluster, evaluation)
        document = check_json(root)
        facts = {f["id"]: f for f in document["facts"]}
        for pair in sorted(conflict_pairs(document), key=sorted):
            a, b = (claim_of(facts[i], claims) for i in sorted(pair))
            shown = " | ".join(f"{facts[i]['date']}: {str(facts[i]['quote'])[:70]}" for i in sorted(pair))
            found.append((frozenset((a, b)) if a is not None and b is not None else None, shown))
    return found
