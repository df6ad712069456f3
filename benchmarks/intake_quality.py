"""Benchmark: how good is intake (``sources add`` + ``suggest``) on real news nobody here wrote?

The evaluation set is ``tests/fixtures/intake_eval/``: 40 real news pages on
bilateral relations other than Pakistan–Belarus, each with hand labels written
before any tool ran on them (see its README for the labelling rules).  For every
article, in a temporary copy of the project, this script archives the text as an
editor would (``--url`` with the page's address; when the article states no date,
``--undated`` after the refusal) and drafts facts from it, then prints:

- **recall**: labelled claims that some draft covers (the draft's quote covers at
  least half of the labelled span);
- **precision**: drafts an editor would keep, as they stand or with light edits:
  a draft that matches a labelled claim (they overlap by at least half of the
  shorter of the two) is kept; one that matches none is kept or not as
  ``judgements.yaml`` says, where each such draft was judged by reading it
  against its article.  Drafts matching no label and not judged there (new
  drafts after a change to the code) are counted apart, never as kept, and
  listed by ``--unjudged``;
- **figure accuracy**: of the values proposed on drafts that match a claim, those
  equal to one of the claim's labelled figures (same amount, or same low/high
  bounds, and the same kind of unit: the currency, percent, or a count); a value
  proposed where the claim has no figure, or where the label says
  ``not_a_figure``, is wrong; a figure left without a value is not wrong;
- **date accuracy**: labelled claims with a resolved date whose best-matching draft
  carries that date at the same precision, for all dated claims and for those the
  article dates with a relative phrase (no year in the words);
- **metadata accuracy**: outlet, published, headline and place against the labels
  (case, spacing, typography and a leading "The" ignored);
- **duplicate rate**: drafts sharing their quote with another draft of the same
  source;
- **verbatim**: drafts whose quote is word for word in the article as found.

Run from the repository root::

    .venv/bin/python benchmarks/intake_quality.py [--verbose] [--misses] [--unjudged]
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import shutil
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
EVAL = REPO / "tests" / "fixtures" / "intake_eval"
sys.path.insert(0, str(REPO / "src"))

from briefgen.corpus.loader import load_corpus  # noqa: E402
from briefgen.errors import BriefgenError  # noqa: E402
from briefgen.ingest.add import add_source  # noqa: E402
from briefgen.ingest.article import AddOptions  # noqa: E402
from briefgen.suggest.drafts import Draft, suggest_drafts  # noqa: E402
from briefgen.text.quotes import fold  # noqa: E402

CURRENCIES = {"usd", "pkr", "eur", "gbp", "inr", "rub", "cny", "azn", "uzs", "try"}


@dataclass
class Tally:
    """A count of right answers out of the judged ones."""

    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.right += int(ok)

    def __str__(self) -> str:
        share = f"{self.right / self.total:.1%}" if self.total else "n/a"
        return f"{self.right}/{self.total} = {share}"

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass
class Results:
    """Every measure, and the cases behind the misses for --verbose."""

    recall: Tally = field(default_factory=Tally)
    recall_drafted: Tally = field(default_factory=Tally)  # over articles suggest could draft at all
    precision: Tally = field(default_factory=Tally)  # over drafts matching a label or judged
    matched: int = 0  # drafts that match a labelled claim
    unjudged: list[str] = field(default_factory=list)  # drafts matching no label and not judged, as YAML to judge
    judgement_counts: Counter[str] = field(default_factory=Counter)  # verdicts used, by verdict
    stale_judgements: int = 0  # judged quotes no draft has any more
    misses: list[str] = field(default_factory=list)
    verdicts: list[tuple[str, str, str]] = field(default_factory=list)  # (article, quote, matched|keep|edit|reject|unjudged)
    figures: Tally = field(default_factory=Tally)
    figures_unjudged: int = 0
    dates: Tally = field(default_factory=Tally)
    relative_dates: Tally = field(default_factory=Tally)
    invented_dates: Tally = field(default_factory=Tally)  # unresolvable phrases: right when the draft says so
    metadata: dict[str, Tally] = field(default_factory=dict)
    duplicates: Tally = field(default_factory=Tally)  # right = a draft that shares its quote
    verbatim: Tally = field(default_factory=Tally)
    refused: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def metadata_all(self) -> Tally:
        return Tally(sum(t.right for t in self.metadata.values()), sum(t.total for t in self.metadata.values()))


def _norm(text: object) -> str:
    value = fold(str(text or "")).casefold()
    value = re.sub(r"[^\w\s/]", " ", value)
    value = " ".join(value.split())
    return value.removeprefix("the ")


def _interval(folded_body: str, text: str) -> tuple[int, int] | None:
    needle = fold(text)
    start = folded_body.find(needle)
    return None if start < 0 else (start, start + len(needle))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _unit_kind(unit: str) -> str:
    lowered = unit.casefold()
    if lowered in CURRENCIES:
        return lowered
    if lowered in {"percent", "%", "per cent"}:
        return "percent"
    return "count"


def _number(value: Any) -> Decimal | None:
    return None if value is None or value == "" else Decimal(str(value))


def figure_matches(proposed: dict[str, Any], label: dict[str, Any]) -> bool:
    """A proposed value equals a labelled figure: the same numbers in the same places and unit kind."""
    if "not_a_figure" in label:
        return False
    for key in ("amount", "low", "high"):
        if _number(proposed.get(key)) != _number(label.get(key)):
            return False
    return _unit_kind(str(proposed.get("unit", ""))) == _unit_kind(str(label.get("unit", "")))


def _add(root: Path, article: Path, label: dict[str, Any], results: Results) -> str | None:
    """Archive one article as an editor would: with its address, and --undated when refused for want of a date."""
    options = AddOptions(url=label.get("url") or None, source_id=article.stem)
    try:
        add_source(root, str(article), options)
    except BriefgenError as error:
        text = " ".join(f"{p.message} {p.hint or ''}" for p in error.problems)
        if "undated" not in text or "undated" not in {f.name for f in dataclasses.fields(AddOptions)}:
            results.refused.append(f"{article.stem}: {text}")
            return None
        add_source(root, str(article), dataclasses.replace(options, undated=True))  # type: ignore[call-arg]
    return article.stem


VERDICTS = {"keep": True, "edit": True, "reject": False}


def load_judgements() -> dict[tuple[str, str], str]:
    """The verdict on each judged draft, keyed by (article, folded quote)."""
    path = EVAL / "judgements.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None
    verdicts: dict[tuple[str, str], str] = {}
    for slug, items in (data or {}).items():
        for item in items or []:
            verdict = str(item["verdict"])
            if verdict not in VERDICTS:
                raise ValueError(f"judgements.yaml: {slug}: verdict {verdict!r} is not one of {', '.join(VERDICTS)}")
            verdicts[(slug, fold(" ".join(str(item["quote"]).split())))] = verdict
    return verdicts


def _best_draft(claim: tuple[int, int], spans: list[tuple[tuple[int, int], Draft]]) -> Draft | None:
    best = max(spans, key=lambda item: _overlap(claim, item[0]), default=None)
    if best is None or _overlap(claim, best[0]) * 2 < claim[1] - claim[0]:
        return None
    return best[1]


def evaluate(verbose: bool = False) -> Results:
    """Run intake on every evaluation article in a temporary project and measure the drafts."""
    results = Results()
    for name in ("outlet", "published", "headline", "place"):
        results.metadata[name] = Tally()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "project"
        root.mkdir()
        for name in ("facts", "briefs", "templates"):
            shutil.copytree(REPO / name, root / name)
        shutil.rmtree(root / "facts" / "drafts", ignore_errors=True)
        labels = {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((EVAL / "labels").glob("*.yaml"))}
        added = [sid for slug, label in labels.items() if (sid := _add(root, EVAL / "articles" / f"{slug}.txt", label, results))]
        corpus = load_corpus(root)
        taken = set(corpus.facts) | set(corpus.drafts)
        judgements = load_judgements()
        used: set[tuple[str, str]] = set()
        for slug in added:
            _measure(slug, labels[slug], corpus, taken, results, verbose, judgements, used)
        results.stale_judgements = len(set(judgements) - used)
    return results


def _measure(
    slug: str,
    label: dict[str, Any],
    corpus: Any,
    taken: set[str],
    results: Results,
    verbose: bool,
    judgements: dict[tuple[str, str], str],
    used: set[tuple[str, str]],
) -> None:
    source = corpus.sources[slug]
    raw = fold((EVAL / "articles" / f"{slug}.txt").read_text(encoding="utf-8"))
    for name, got in (("outlet", source.outlet), ("published", source.published), ("headline", source.title), ("place", source.place)):
        ok = _norm(got) == _norm(label.get(name))
        results.metadata[name].add(ok)
        if not ok and verbose:
            results.notes.append(f"{slug}: {name} {got!r}, labelled {label.get(name)!r}")
    try:
        drafts = suggest_drafts(corpus, source, taken)
    except BriefgenError:
        drafts = []
    drafted = bool(drafts) or source.published is not None or bool(re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", source.body))
    folded = raw  # the article as found: its body and its headline (a draft may quote either)
    spans: list[tuple[tuple[int, int], Draft]] = []
    quotes = Counter(str(d.fields["quote"]) for d in drafts)
    for draft in drafts:
        quote = str(draft.fields["quote"])
        results.verbatim.add(fold(quote) in raw)
        results.duplicates.add(quotes[quote] > 1)
        interval = _interval(folded, quote)
        if interval is not None:
            spans.append((interval, draft))
    claims = []
    for claim in label.get("claims") or []:
        interval = _interval(folded, claim["span"])
        claims.append((interval, claim))
        best = _best_draft(interval, spans) if interval else None
        results.recall.add(best is not None)
        if drafted:
            results.recall_drafted.add(best is not None)
        if best is None:
            results.misses.append(f"{slug}: {claim['span']}")
            if verbose:
                results.notes.append(f"{slug}: missed {claim['span'][:90]!r}")
            continue
        date, phrase = str(claim.get("date") or ""), claim.get("date_phrase")
        got = str(best.fields["date"])
        if date:
            results.dates.add(got == date)
            if phrase and not re.search(r"\d{4}", phrase):
                results.relative_dates.add(got == date)
            if got != date and verbose:
                results.notes.append(f"{slug}: date {got} ({best.date_note}), labelled {date} ({phrase}) for {claim['span'][:60]!r}")
        elif phrase:
            results.invented_dates.add("unresolved" in best.date_note or "cannot" in best.date_note)
    for interval, draft in spans:
        matched = [c for span, c in claims if span and _overlap(interval, span) * 2 >= min(interval[1] - interval[0], span[1] - span[0])]
        quote = " ".join(str(draft.fields["quote"]).split())
        if matched:
            results.matched += 1
            results.precision.add(True)
            results.verdicts.append((slug, quote, "matched"))
        elif (key := (slug, fold(quote))) in judgements:
            used.add(key)
            results.judgement_counts[judgements[key]] += 1
            results.precision.add(VERDICTS[judgements[key]])
            results.verdicts.append((slug, quote, judgements[key]))
        else:
            results.unjudged.append(f"{slug}: {quote}")
            results.verdicts.append((slug, quote, "unjudged"))
        value = draft.fields.get("value")
        if not isinstance(value, dict):
            continue
        if not matched:
            results.figures_unjudged += 1
            continue
        figures = [f for c in matched for f in (c.get("figures") or [])]
        ok = any(figure_matches(value, f) for f in figures)
        results.figures.add(ok)
        if not ok and verbose:
            results.notes.append(f"{slug}: value {value} against {figures or 'no figure'} in {str(draft.fields['quote'])[:70]!r}")
    if verbose:
        for interval, draft in spans:
            if not any(span and _overlap(interval, span) * 2 >= min(interval[1] - interval[0], span[1] - span[0]) for span, _ in claims):
                results.notes.append(f"{slug}: unmatched draft {str(draft.fields['quote'])[:90]!r}")


def report(results: Results) -> str:
    """The figures as printed by the benchmark and by tests/suggest/test_intake_quality.py."""
    lines = [
        f"recall            {results.recall}",
        f"precision         {results.precision}  ({results.matched} match a label; of the others, judged in judgements.yaml: "
        + ", ".join(f"{n} {verdict}" for verdict, n in sorted(results.judgement_counts.items()))
        + f"; {len(results.unjudged)} not judged, left out"
        + (f"; {results.stale_judgements} judged drafts are no longer drafted" if results.stale_judgements else "")
        + ")",
        f"figure accuracy   {results.figures}  ({results.figures_unjudged} values on drafts matching no claim, not judged)",
        f"dates (all)       {results.dates}",
        f"relative dates    {results.relative_dates}",
        f"unresolvable      {results.invented_dates}  (relative phrases in undated articles: right when left unresolved)",
        f"metadata          {results.metadata_all}  "
        + ", ".join(f"{name} {tally.right}/{tally.total}" for name, tally in results.metadata.items()),
        f"duplicate drafts  {results.duplicates}",
        f"verbatim quotes   {results.verbatim}",
    ]
    if results.refused:
        lines.append("refused: " + "; ".join(results.refused))
    return "\n".join(lines)


def main() -> int:
    """Run the evaluation and print the figures (and, with --verbose, every miss)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--verbose", action="store_true", help="list every miss, wrong figure and wrong date")
    parser.add_argument("--misses", action="store_true", help="list every labelled claim no draft covers, in full")
    parser.add_argument("--unjudged", action="store_true", help="list the drafts matching no label that judgements.yaml does not judge")
    args = parser.parse_args()
    results = evaluate(verbose=args.verbose)
    if args.verbose:
        print("\n".join(results.notes))
    if args.misses:
        print("\n".join(f"missed: {miss}" for miss in results.misses))
    if args.unjudged:
        print("\n".join(f"unjudged: {draft}" for draft in results.unjudged))
    print(report(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
