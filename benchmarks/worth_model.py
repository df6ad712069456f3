"""Benchmark: would a small model learned from half A's labels decide which sentences to draft better than the rules?

Whether a sentence becomes a draft is decided by many hand-written worth rules
(``briefgen.suggest.worth`` and the filters of ``briefgen.suggest.selection``).  Half A is a fully labelled
supervised set, so this script asks whether a plain logistic regression trained on it decides better:

- **units**: every sentence ``suggest`` considers, split as it splits them
  (:func:`briefgen.suggest.sentences.split_sentences`, plus the headline when ``suggest`` would draft from it);
- **label**: positive when the sentence and a labelled claim overlap by at least half of the shorter (the rule
  ``intake_quality.py`` matches drafts to claims by), or the same with a draft judged keep or edit in the set's
  ``judgements.yaml``; negative otherwise (a draft judged reject, or a sentence no editor would keep);
- **the rules' verdict**: the sentence is drafted when a draft of ``suggest_drafts`` overlaps it so;
- **features**: the rules' own verdicts and signals (every predicate on a sentence's text that ``worth`` and
  ``selection`` use, and every pattern ``worth`` holds), the final verdict, the sentence's place in the page
  (headline, paragraph, share of the way down), its length, a figure, a date word, an attribution, a side named,
  and its words and word pairs hashed;
- **training**: L2-regularised logistic regression by full-batch gradient descent (numpy only), with GROUPED
  cross-validation: the sets are dealt into folds by name, never a set in both train and test.

Printed per fold and pooled over the out-of-fold scores: the rules' recall and precision on the sentences, the
model's recall at the rules' precision and precision at the rules' recall, the same for the model used only as a
last say on the sentences the rules reject (the only way it would be built in), and the curve between.  Claim recall
(a labelled claim covered by the selected sentences over at least half its words) is given beside sentence recall.

Run from the repository root::

    .venv/bin/python benchmarks/worth_model.py collect --upto 146 --cache DIR/units.json
    .venv/bin/python benchmarks/worth_model.py evaluate --cache DIR/units.json [--folds 5] [--examples 10]

``collect`` runs intake on every set of half A (it never opens half B) and writes the units; ``evaluate`` trains and
measures from them (the model and the measures are in ``benchmarks/worth_fit.py``).

Round 99's verdict: the model does not beat the rules.  On half A up to intake_final146 (75 sets, 10,932 sentences,
7,174 positive) the rules select at 86.30% precision and 90.20% recall (claims 90.22%); the model, out of fold over
5 grouped folds, reaches 90.28% recall at that precision (claims 91.07%) and 86.38% precision at the rules' recall,
and no cut of it as a last say on the rejected sentences keeps the rules' precision while adding any: of the 50
rejected sentences it is surest of, 30 are positive (60%), far below the 86% a draft must reach.  The words alone reach
75.76% recall at the rules' precision; the rules' signals alone 90.13%.  Other strengths of regularisation (1e-4 to
1e-2) and longer training move these by less than half a point.  Nothing of it is used by ``suggest``; what it ranks
above the rules (``--examples``) is left for rules: a named meeting, reception or dated visit plan that a ceremony,
hope or praise word vetoes.
"""

from __future__ import annotations

import argparse
import inspect
import json
import re
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

import intake_quality  # noqa: E402
from halves import sets_of_half  # noqa: E402
from worth_fit import Scorer, at_precision, at_recall, curve, design, folds_of, overlap, train  # noqa: E402

from briefgen.corpus.loader import load_corpus  # noqa: E402
from briefgen.errors import BriefgenError  # noqa: E402
from briefgen.suggest import selection, worth  # noqa: E402
from briefgen.suggest.drafts import _headline, suggest_drafts  # noqa: E402
from briefgen.suggest.sentences import Sentence, split_sentences  # noqa: E402
from briefgen.suggest.speakers import attribution, spoken_by_name  # noqa: E402
from briefgen.suggest.third_parties import Sides, page_sides, third_party_background  # noqa: E402
from briefgen.suggest.values import find_values  # noqa: E402
from briefgen.text.english import MONTH_PATTERN, WEEKDAY_WORDS_PATTERN, lead_paragraph  # noqa: E402
from briefgen.text.quotes import fold  # noqa: E402

_MONTH = re.compile(rf"\b{MONTH_PATTERN}\b")
_WEEKDAY = re.compile(rf"\b(?:{WEEKDAY_WORDS_PATTERN})\b", re.IGNORECASE)
_OPENING_QUOTES = ("“", '"')
_RELATIVE = re.compile(r"\b(?:today|tomorrow|yesterday|(?:this|next|last) (?:year|month|week))\b", re.IGNORECASE)


@dataclass
class Unit:
    """One sentence of one article: where it stands, what the rules did with it and what its label says."""

    set: str
    article: str
    text: str
    start: int
    end: int
    drafted: bool
    label: bool
    why: str  # claim, keep, edit, reject or none
    features: list[str] = field(default_factory=list)


def _text_predicates(module: Any) -> list[tuple[str, Callable[[str], Any]]]:
    """The module's functions (its own and those it imports from briefgen) that read one sentence's text alone."""
    found = []
    for name, value in sorted(vars(module).items()):
        if not inspect.isfunction(value) or not str(value.__module__).startswith("briefgen."):
            continue
        try:
            params = list(inspect.signature(value).parameters.values())
        except (TypeError, ValueError):
            continue
        if not params or params[0].annotation not in ("str", str) or any(p.default is inspect.Parameter.empty for p in params[1:]):
            continue
        if str(inspect.signature(value).return_annotation) not in ("bool", "re.Match[str] | None", "str | None"):
            continue  # a reading of the text (its paragraphs, its subjects), not a verdict on it
        found.append((f"{module.__name__.rsplit('.', 1)[-1]}.{name}", value))
    return found


def _patterns(module: Any) -> list[tuple[str, re.Pattern[str]]]:
    return [(f"re.{name}", value) for name, value in sorted(vars(module).items()) if isinstance(value, re.Pattern)]


PREDICATES = _text_predicates(worth) + [p for p in _text_predicates(selection) if p[0].split(".")[1] not in vars(worth)]
PATTERNS = _patterns(worth)


def _bucket(value: int, edges: Iterable[int]) -> str:
    for edge in edges:
        if value <= edge:
            return f"<={edge}"
    return "more"


def named_features(text: str, index: int, count: int, paragraph: int, headline: bool, drafted: bool, sides: Sides) -> list[str]:
    """The rules' verdicts and signals on one sentence, its place and its shape, as names of the features it has."""
    names = [f"rules.drafted={drafted}"]
    for name, predicate in PREDICATES:
        try:
            names.append(f"{name}={bool(predicate(text))}")
        except Exception:  # a predicate that cannot read this text reads nothing in it
            names.append(f"{name}=error")
    names += [f"{name}={bool(pattern.search(text))}" for name, pattern in PATTERNS]
    words = text.split()
    names += [
        f"headline={headline}",
        f"paragraph{_bucket(paragraph, (0, 1, 2, 4, 8))}",
        f"place={min(4, 5 * index // max(1, count))}",
        f"first={index == 0}",
        f"words{_bucket(len(words), (3, 6, 10, 15, 25, 40, 60))}",
        f"figure={bool(find_values(text))}",
        f"month={bool(_MONTH.search(text))}",
        f"weekday={bool(_WEEKDAY.search(text))}",
        f"relative_day={bool(_RELATIVE.search(text))}",
        f"digit={bool(re.search(r'[0-9]', text))}",
        f"attribution={bool(attribution(text))}",
        f"spoken_by_name={spoken_by_name(text)}",
        f"side_named={sides.named_in(text)}",
        f"sides_named={sum(1 for c in sides.countries if c.names and c.names[0] in text)}",
        f"third_party={third_party_background(text, sides)}",
        f"quoted_open={text.lstrip().startswith(_OPENING_QUOTES)}",
        f"capitals{_bucket(sum(1 for w in words[1:] if w[:1].isupper()), (0, 1, 3, 6))}",
        f"ends_colon={text.rstrip().endswith(':')}",
    ]
    return names


def _matches(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two passages match as a draft matches a claim: they overlap by at least half of the shorter."""
    return overlap(a, b) * 2 >= min(a[1] - a[0], b[1] - b[0]) > 0


def _places(folded: str, text: str) -> list[tuple[int, int]]:
    needle = fold(" ".join(text.split()))
    found, start = [], folded.find(needle)
    while start >= 0 and needle:
        found.append((start, start + len(needle)))
        start = folded.find(needle, start + 1)
    return found


def collect_set(evaluation: Path) -> tuple[list[Unit], list[dict[str, Any]]]:
    """Archive and draft every article of one set as ``intake_quality.py`` does; its units and its claims' places."""
    results = intake_quality.Results()
    units: list[Unit] = []
    claims_out: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        root, labels, added = intake_quality.archive_set(Path(tmp), evaluation, results)
        corpus = load_corpus(root)
        taken = set(corpus.facts) | set(corpus.drafts)
        judgements = intake_quality.load_judgements(evaluation)
        for slug in added:
            source = corpus.sources[slug]
            raw = fold((evaluation / "articles" / f"{slug}.txt").read_text(encoding="utf-8"))
            flat = " ".join(raw.split())  # every place is read in the article with its spacing made single
            try:
                drafts = suggest_drafts(corpus, source, taken)
            except BriefgenError:
                drafts = []
            claims = [p for c in labels[slug].get("claims") or [] for p in _places(flat, c["span"])[:1]]
            claims_out += [{"set": evaluation.name, "article": slug, "start": a, "end": b} for a, b in claims]
            drafted = [p for d in drafts for p in _places(flat, str(d.fields["quote"]))]
            judged = [(p, v) for (s, quote), v in judgements.items() if s == slug for p in _places(flat, quote)]
            body = source.body
            sentences: list[Sentence] = split_sentences(body)
            headline = _headline(source, fold(body))
            if headline is not None:
                sentences.insert(0, headline)
            sides = page_sides(source.title or "", lead_paragraph(selection.body_paragraphs(body)), [s.text for s in sentences])
            cursor = 0
            for index, sentence in enumerate(sentences):
                places = _places(flat, sentence.text)
                if not places:
                    continue  # a sentence the archive rewrote (a page's chrome cleaned): no place to label it by
                place = next((p for p in places if p[0] >= cursor), places[0])
                cursor = place[1] if sentence is not headline else cursor
                is_drafted = any(_matches(place, d) for d in drafted)
                why = "claim" if any(_matches(place, c) for c in claims) else ""
                verdicts = [v for p, v in judged if _matches(place, p)]
                why = why or next((v for v in ("keep", "edit", "reject") if v in verdicts), "none")
                features = named_features(sentence.text, index, len(sentences), sentence.paragraph, sentence is headline, is_drafted, sides)
                units.append(
                    Unit(
                        evaluation.name,
                        slug,
                        sentence.text,
                        place[0],
                        place[1],
                        is_drafted,
                        why in ("claim", "keep", "edit"),
                        why,
                        features,
                    )
                )
    return units, claims_out


def collect(upto: int, cache: Path) -> None:
    """Collect half A's units, set by set, and write them with the claims' places to ``cache``."""
    units: list[dict[str, Any]] = []
    claims: list[dict[str, Any]] = []
    for name in sets_of_half("A", upto):
        found, placed = collect_set(REPO / "tests" / "fixtures" / name)
        units += [asdict(u) for u in found]
        claims += placed
        print(
            f"{name}: {len(found)} sentences, {sum(u.label for u in found)} positive, {sum(u.drafted for u in found)} drafted", flush=True
        )
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps({"units": units, "claims": claims}), encoding="utf-8")


def _rows(units: list[dict[str, Any]], where: np.ndarray) -> list[dict[str, Any]]:
    return [u for u, w in zip(units, where, strict=True) if w]


def measure(title: str, units: list[dict[str, Any]], claims: list[dict[str, Any]], scores: np.ndarray) -> list[str]:
    """The lines comparing the rules with the model, and the model as the rules' last say, on some units."""
    scorer = Scorer(units, claims)
    y = scorer.y
    rules = np.array([u["drafted"] for u in units], dtype=bool)
    base = scorer.point(rules)
    lines = [f"== {title}: {len(units)} sentences, {int(y.sum())} positive, {len(claims)} claims", f"rules            {base}"]
    precision, recall, thresholds = curve(y, scores)
    best, cut = at_precision(precision, recall, thresholds, base.precision)
    lines.append(f"model alone      {scorer.point(scores >= cut)}   (the cut keeping the rules' precision, score >= {cut:.3f})")
    lines.append(
        f"model alone      at the rules' recall, precision {100 * at_recall(precision, recall, base.recall):.2f}%"
        f" (rules {100 * base.precision:.2f}%); at their precision, recall {100 * best:.2f}% (rules {100 * base.recall:.2f}%)"
    )
    precision, recall, thresholds = curve(y, scores, base=rules)
    best, cut = at_precision(precision, recall, thresholds, base.precision)
    lines.append(f"last say         {scorer.point(rules | (scores >= cut))}   (rejected sentences scoring >= {cut:.3f} drafted)")
    lines.append("last say, " + "; ".join(top_rejected(units, scores, (25, 50, 100, 200))))
    lines.append("curve (model alone): recall at precision " + ", ".join(_curve_points(y, scores)))
    return lines


def top_rejected(units: list[dict[str, Any]], scores: np.ndarray, sizes: tuple[int, ...] = (10, 25, 50, 100, 200, 400)) -> list[str]:
    """How many of the rejected sentences the model is surest of are positive: the precision a last say would add at."""
    rejected = sorted((n for n, u in enumerate(units) if not u["drafted"]), key=lambda n: -scores[n])
    return [
        f"top {size} rejected: {sum(units[n]['label'] for n in rejected[:size])} positive"
        f" ({100 * sum(units[n]['label'] for n in rejected[:size]) / max(1, len(rejected[:size])):.0f}%)"
        for size in sizes
    ]


def _curve_points(y: np.ndarray, scores: np.ndarray) -> list[str]:
    precision, recall, thresholds = curve(y, scores)
    return [f"{p}% {100 * at_precision(precision, recall, thresholds, p / 100)[0]:.1f}%" for p in (80, 84, 86, 88, 90, 92, 94, 96)]


def cross_validate(units: list[dict[str, Any]], count: int, words: bool, rules: bool, l2: float, rejected_only: bool = False) -> np.ndarray:
    """Out-of-fold scores: each fold's sentences scored by a model trained on the other folds' sets alone.

    With ``rejected_only`` the model learns from the sentences the rules reject alone: a last say's own model.
    """
    x, _ = design(units, words=words, rules=rules)
    y = np.array([u["label"] for u in units], dtype=float)
    fold_of = folds_of([u["set"] for u in units], count)
    folds = np.array([fold_of[u["set"]] for u in units])
    learn = np.array([not (rejected_only and u["drafted"]) for u in units])
    scores = np.zeros(len(units))
    for k in range(count):
        test = np.flatnonzero(folds == k)
        rows = np.flatnonzero((folds != k) & learn)
        fitted = train(x.take(rows), y[rows], l2=l2)
        scores[test] = x.take(test).dot(fitted)
    return scores


def evaluate(cache: Path, count: int, examples: int, l2: float, variants: bool) -> None:
    data = json.loads(cache.read_text(encoding="utf-8"))
    units: list[dict[str, Any]] = data["units"]
    claims: list[dict[str, Any]] = data["claims"]
    fold_of = folds_of([u["set"] for u in units], count)
    scores = cross_validate(units, count, words=True, rules=True, l2=l2)
    folds = np.array([fold_of[u["set"]] for u in units])
    for k in range(count):
        names = sorted(s for s, f in fold_of.items() if f == k)
        here = folds == k
        title = f"fold {k + 1} of {count} ({len(names)} sets: {', '.join(n.removeprefix('intake_') for n in names)})"
        kept_claims = [c for c in claims if fold_of.get(c["set"]) == k]
        print("\n".join(measure(title, _rows(units, here), kept_claims, scores[here])), "\n")
    print("\n".join(measure(f"pooled out-of-fold, {count} grouped folds, l2 {l2}", units, claims, scores)), "\n")
    if variants:
        for words, rules, name in ((False, True, "rules' signals only"), (True, False, "words and pairs only")):
            other = cross_validate(units, count, words=words, rules=rules, l2=l2)
            print("\n".join(measure(f"pooled, {name}", units, claims, other)), "\n")
        own = cross_validate(units, count, words=True, rules=True, l2=l2, rejected_only=True)
        lines = measure("pooled, last say learned from the rules' rejections alone", units, claims, own)
        print("\n".join([*lines[:2], *(line for line in lines if line.startswith("last say"))]))
        print("\n".join(top_rejected(units, own)), "\n")
    if examples:
        _examples(units, scores, examples)


#: The verdicts that drop a sentence, and the classes of words that count against it (see worth.check_worthy).
_AGAINST = re.compile(
    r"^(?:worth\.is_\w+|selection\.\w+|worth\.meeting_as_subject|worth\.relation_forecast|third_party|"
    r"re\._(?:COURTESY|GENERIC|CEREMONY|PRAISE|EMPHASIS|TOPIC|WISH|CHARACTERISATION|OPINION|FURNITURE|CIRCUMSTANCE_ONLY|SPREAD))=True$"
)


def rejected_by(features: list[str]) -> str:
    """Why the rules passed a sentence over, in their own words: the worth verdict and what counted against it."""
    worthy = "worth.check_worthy=True" in features
    against = [name.removesuffix("=True") for name in features if _AGAINST.match(name)]
    where = "worthy, dropped in selection or as a draft" if worthy else "not worthy"
    return f"{where}; against it: {', '.join(against) or 'nothing named'}"


def _examples(units: list[dict[str, Any]], scores: np.ndarray, count: int) -> None:
    """Sentences the rules reject that the model ranks highest, out of fold: right ones (positives) and wrong ones."""
    rejected = [n for n, u in enumerate(units) if not u["drafted"]]
    ranked = sorted(rejected, key=lambda n: -scores[n])
    right = [n for n in ranked if units[n]["label"]][:count]
    wrong = [n for n in ranked if not units[n]["label"]][:count]
    for title, chosen in (
        ("rejected by the rules, kept by the labels, scored highest", right),
        ("rejected by both, scored highest", wrong),
    ):
        print(f"== {title}")
        for n in chosen:
            unit = units[n]
            print(f"{scores[n]:+.2f} [{unit['why']}] {unit['set']}/{unit['article']}: {' '.join(unit['text'].split())}")
            print(f"      the rules: {rejected_by(unit['features'])}")
        print()
    missed = [n for n, u in enumerate(units) if u["drafted"] and not u["label"]]
    print(f"== drafted by the rules, not kept by the labels, scored lowest (of {len(missed)})")
    for n in sorted(missed, key=lambda n: scores[n])[:count]:
        unit = units[n]
        print(f"{scores[n]:+.2f} [{unit['why']}] {unit['set']}/{unit['article']}: {' '.join(unit['text'].split())}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    commands = parser.add_subparsers(dest="command", required=True)
    gather = commands.add_parser("collect", help="run intake on half A and write its sentences, features and labels")
    gather.add_argument("--upto", type=int, default=146, help="leave out final sets numbered above N")
    gather.add_argument("--cache", type=Path, required=True)
    judge = commands.add_parser("evaluate", help="cross-validate the model against the rules")
    judge.add_argument("--cache", type=Path, required=True)
    judge.add_argument("--folds", type=int, default=5)
    judge.add_argument("--examples", type=int, default=10)
    judge.add_argument("--l2", type=float, default=1e-3)
    judge.add_argument("--variants", action="store_true", help="also the rules' signals alone and the words alone")
    args = parser.parse_args(argv)
    if args.command == "collect":
        collect(args.upto, args.cache)
    else:
        evaluate(args.cache, args.folds, args.examples, args.l2, args.variants)
    return 0


if __name__ == "__main__":
    sys.exit(main())
