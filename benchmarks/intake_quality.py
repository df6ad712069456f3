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
- **figure accuracy**: of every value proposed, those that are right.  Where
  the labels decide (the draft matches a claim and the figure's words are in
  its span), right means equal to one of the claim's labelled figures (same
  amount, or same low/high bounds, and the same kind of unit: the currency,
  percent, or a count); a value where the claim lists no figure, or where the
  label says ``not_a_figure``, is wrong.  Where they do not (a draft matching no
  claim, words the span leaves out, a rank), the hand judgement in
  ``figure_judgements.yaml`` decides, and a value nobody has judged is listed.
  A figure left without a value is not wrong, but is counted and listed.  The
  first measure (against the labels alone) is printed too;
- **date accuracy**: labelled claims with a resolved date whose best-matching draft
  carries that date at the same precision, for all dated claims and for those the
  article dates with a relative phrase (no year in the words);
- **metadata accuracy**: outlet, published, headline and place against the labels
  (case, spacing, typography and a leading "The" ignored);
- **duplicate rate**: drafts sharing their quote with another draft of the same
  source;
- **verbatim**: drafts whose quote is word for word in the article as found.

Run from the repository root::

    .venv/bin/python benchmarks/intake_quality.py [--verbose] [--errors] [--misses] [--unjudged] [--set DIR]

``--set tests/fixtures/intake_holdout`` measures the out-of-sample set instead (same
layout: ``articles/``, ``labels/``, ``judgements.yaml``, ``figure_judgements.yaml``).

``--errors`` lists every wrong or missed figure, every value not yet judged and
every wrong date, with the note ``suggest`` gave for it; ``--misses`` every
labelled claim no draft covers; ``--unjudged`` every draft matching no label
that ``judgements.yaml`` does not judge.
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
#: The half split of round 8's experiments (choose a rule on A, measure it on B): the sets each half held then,
#: kept as they were so that the recorded figures of benchmarks/draft_checkability.py and draft_structure.py reproduce.
HALVES = {
    "A": ("intake_eval", "intake_test", "intake_final2", "intake_final4", "intake_final6", "intake_final8"),
    "B": ("intake_holdout", "intake_final", "intake_final3", "intake_final5", "intake_final7", "intake_final9"),
}
sys.path.insert(0, str(REPO / "src"))

from briefgen.corpus.loader import load_corpus  # noqa: E402
from briefgen.errors import BriefgenError  # noqa: E402
from briefgen.ingest.add import add_source  # noqa: E402
from briefgen.ingest.article import AddOptions  # noqa: E402
from briefgen.suggest.drafts import suggest_drafts  # noqa: E402
from briefgen.suggest.drafts_file import Draft  # noqa: E402
from briefgen.suggest.values import find_values  # noqa: E402
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
    figures_labels_only: Tally = field(default_factory=Tally)  # values on matched drafts against the labels alone
    figures_unjudged: int = 0  # values on drafts matching no claim, with no judgement in figure_judgements.yaml
    figures_judged: int = 0  # values on drafts matching no claim, judged by hand (counted in ``figures``)
    figures_missed: int = 0  # labelled figures whose best draft proposes no value (not wrong: left to the editor)
    dates: Tally = field(default_factory=Tally)
    relative_dates: Tally = field(default_factory=Tally)
    invented_dates: Tally = field(default_factory=Tally)  # unresolvable phrases: right when the draft says so
    metadata: dict[str, Tally] = field(default_factory=dict)
    duplicates: Tally = field(default_factory=Tally)  # right = a draft that shares its quote
    verbatim: Tally = field(default_factory=Tally)
    refused: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # every wrong or missed figure and wrong date, for --errors

    @property
    def metadata_all(self) -> Tally:
        return Tally(sum(t.right for t in self.metadata.values()), sum(t.total for t in self.metadata.values()))


def _norm(text: object) -> str:
    value = fold(str(text or "")).casefold()
    value = re.sub(r"[^\w\s/]", " ", value)
    value = " ".join(value.split()).removeprefix("the ")
    return value.replace(" ", "")  # spacing ignored: "VietnamPlus" is "Vietnam Plus"


def _interval(folded_body: str, text: str) -> tuple[int, int] | None:
    needle = fold(text)
    start = folded_body.find(needle)
    return None if start < 0 else (start, start + len(needle))


def _draft_interval(folded_body: str, quote: str, claims: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Where a draft's quote stands on the page: of the places its words occur, the one that overlaps a labelled
    claim most (a caption or a standfirst may print the same words above the sentence the claim labels), else the first.

    A draft is its words, found word for word; the first copy alone made a draft of a body sentence that a caption
    repeats higher up count as missing the claim it is (docs/evaluation-rounds.md, "A ruling on repeated words")."""
    needle = fold(quote)
    places = []
    start = folded_body.find(needle)
    while start >= 0 and needle:
        places.append((start, start + len(needle)))
        start = folded_body.find(needle, start + 1)
    if not places:
        return None
    return max(places, key=lambda place: max((_overlap(place, claim) for claim in claims), default=0))


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


FigureJudgements = dict[tuple[str, str], list[dict[str, Any]]]


def load_figure_judgements(evaluation: Path = EVAL) -> FigureJudgements:
    """Hand judgements of values the labels do not decide, keyed by (article, quote): one per value judged."""
    path = evaluation / "figure_judgements.yaml"
    entries = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else []
    found: FigureJudgements = {}
    for entry in entries or []:
        found.setdefault((entry["article"], " ".join(str(entry["quote"]).split())), []).append(entry)
    return found


def _same_value(proposed: dict[str, Any], judged: dict[str, Any]) -> bool:
    """The judgement is about this very value (same numbers and unit), not an older reading."""
    keys = ("amount", "low", "high")
    return all(_number(proposed.get(k)) == _number(judged.get(k)) for k in keys) and str(proposed.get("unit", "")) == str(
        judged.get("unit", "")
    )


def _decided_by_labels(value: dict[str, Any], quote: str, matched: list[dict[str, Any]]) -> bool:
    """Whether the labels say a value is wrong when its claim lists no figure.

    They do when the figure's words lie inside a labelled span (the labeller saw
    them and listed no figure), unless it is a rank, which the labelling rules
    do not cover.  A figure outside every matched span ("In the light of … two
    billion dollars, the Prime Minister formed a committee", where the label
    keeps only the main clause) or on a draft matching no claim is judged by hand.
    """
    if not matched or str(value.get("unit", "")) == "rank":
        return False
    same = [quote[v.start : v.end] for v in find_values(quote) if _same_value(value, v.as_fields())]
    return not same or any(fold(words) in fold(c["span"]) for c in matched for words in same)


def deciding_figures(value: dict[str, Any], matched: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The labelled figures that decide a proposed value: those of every claim its draft matches.

    A rank is the exception: labellers differ on ranks, some giving "second-largest" the value 2, others keeping it
    as words (``not_a_figure``), so words kept do not make a rank wrong; it is judged by hand, as a rank in a claim
    that lists no figure always was.
    """
    figures = [f for claim in matched for f in (claim.get("figures") or [])]
    if str(value.get("unit", "")) == "rank":
        return [f for f in figures if "not_a_figure" not in f]
    return figures


def _judge(slug: str, quote: str, value: dict[str, Any], judgements: FigureJudgements, results: Results) -> None:
    """Count a value the labels do not decide by its hand judgement; list it when there is none."""
    judged = next((j for j in judgements.get((slug, quote), []) if _same_value(value, j)), None)
    if judged is None:
        results.figures_unjudged += 1
        results.errors.append(f"{slug}: figure NOT JUDGED {_shown(value)} in {quote!r}")
        return
    results.figures_judged += 1
    results.figures.add(judged["verdict"] == "right")
    if judged["verdict"] != "right":
        results.errors.append(f"{slug}: figure wrong (judged by hand: {judged['why']}): {_shown(value)} in {quote[:80]!r}")


def _shown(value: dict[str, Any]) -> str:
    """A value in one short line: ``2000000000 USD``, ``low 64000000000 high 65000000000 USD``, ``~230 enterprises``."""
    numbers = " ".join(f"{k} {value[k]}" if k != "amount" else str(value[k]) for k in ("amount", "low", "high") if k in value)
    return ("~" if str(value.get("approximate", "")).casefold() == "true" else "") + f"{numbers} {value.get('unit', '')}"


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


def load_judgements(evaluation: Path = EVAL) -> dict[tuple[str, str], str]:
    """The verdict on each judged draft, keyed by (article, folded quote)."""
    path = evaluation / "judgements.yaml"
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


def archive_set(tmp: Path, evaluation: Path, results: Results) -> tuple[Path, dict[str, Any], list[str]]:
    """A fresh project in ``tmp`` (the repository's facts, briefs and templates, no drafts) with every article of the
    set archived as an editor would: the project, the labels by slug, and the slugs archived."""
    root = tmp / "project"
    root.mkdir()
    for name in ("facts", "briefs", "templates"):
        shutil.copytree(REPO / name, root / name)
    shutil.rmtree(root / "facts" / "drafts", ignore_errors=True)
    labels = {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((evaluation / "labels").glob("*.yaml"))}
    added = [sid for slug, label in labels.items() if (sid := _add(root, evaluation / "articles" / f"{slug}.txt", label, results))]
    return root, labels, added


def evaluate(verbose: bool = False, evaluation: Path = EVAL) -> Results:
    """Run intake on every article of the set ``evaluation`` in a temporary project and measure the drafts."""
    results = Results()
    figure_judgements = load_figure_judgements(evaluation)
    for name in ("outlet", "published", "headline", "place"):
        results.metadata[name] = Tally()
    with tempfile.TemporaryDirectory() as tmp:
        root, labels, added = archive_set(Path(tmp), evaluation, results)
        corpus = load_corpus(root)
        taken = set(corpus.facts) | set(corpus.drafts)
        judgements = load_judgements(evaluation)
        used: set[tuple[str, str]] = set()
        for slug in added:
            _measure(slug, labels[slug], corpus, taken, results, verbose, judgements, used, figure_judgements, evaluation)
        for slug in labels.keys() - set(added):
            _count_refused(slug, labels[slug], results, verbose)
        results.stale_judgements = len(set(judgements) - used)
    return results


def _count_refused(slug: str, label: dict[str, Any], results: Results, verbose: bool) -> None:
    """A page ``sources add`` refused yields nothing an editor can use: each of its claims is missed, each metadata field wrong.

    Leaving it out of the counts instead would flatter recall and metadata
    exactly when intake fails worst.
    """
    for name in results.metadata:
        results.metadata[name].add(False)
        if verbose:
            results.notes.append(f"{slug}: {name} not read (the page was refused), labelled {label.get(name)!r}")
    for claim in label.get("claims") or []:
        results.recall.add(False)
        results.misses.append(f"{slug}: {claim['span']}")
        if verbose:
            results.notes.append(f"{slug}: missed {claim['span'][:90]!r} (the page was refused)")


def _measure(
    slug: str,
    label: dict[str, Any],
    corpus: Any,
    taken: set[str],
    results: Results,
    verbose: bool,
    judgements: dict[tuple[str, str], str],
    used: set[tuple[str, str]],
    figure_judgements: FigureJudgements,
    evaluation: Path = EVAL,
) -> None:
    source = corpus.sources[slug]
    raw = fold((evaluation / "articles" / f"{slug}.txt").read_text(encoding="utf-8"))
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
    claim_spans = [_interval(folded, claim["span"]) for claim in label.get("claims") or []]
    for draft in drafts:
        quote = str(draft.fields["quote"])
        results.verbatim.add(fold(quote) in raw)
        results.duplicates.add(quotes[quote] > 1)
        interval = _draft_interval(folded, quote, [span for span in claim_spans if span])
        if interval is not None:
            spans.append((interval, draft))
    claims = []
    for claim, interval in zip(label.get("claims") or [], claim_spans, strict=True):
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
        labelled_figures = [f for f in claim.get("figures") or [] if "not_a_figure" not in f]
        if labelled_figures and not isinstance(best.fields.get("value"), dict):
            results.figures_missed += 1
            shown = ", ".join(_shown({k: str(v) for k, v in f.items()}) for f in labelled_figures)
            results.errors.append(f"{slug}: figure missed (left without a value): labelled {shown} in {claim['span'][:80]!r}")
        if date:
            results.dates.add(got == date)
            if phrase and not re.search(r"\d{4}", phrase):
                results.relative_dates.add(got == date)
            if got != date:
                kind = "relative date" if phrase and not re.search(r"\d{4}", phrase) else "date"
                results.errors.append(
                    f"{slug}: {kind} wrong: {got} ({' '.join(best.date_note.split())}), labelled {date} "
                    f"({phrase or 'no phrase'}) for {claim['span'][:70]!r}"
                )
            if got != date and verbose:
                results.notes.append(f"{slug}: date {got} ({best.date_note}), labelled {date} ({phrase}) for {claim['span'][:60]!r}")
        elif phrase:
            unresolved = "unresolved" in best.date_note or "cannot" in best.date_note
            results.invented_dates.add(unresolved)
            if not unresolved:
                results.errors.append(f"{slug}: undated article, {phrase!r} dated {got} ({best.date_note}) for {claim['span'][:60]!r}")
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
        quote = " ".join(str(draft.fields["quote"]).split())
        figures = deciding_figures(value, matched)
        if matched:  # the measure as first defined: a value where the labelled claim has no figure is wrong
            results.figures_labels_only.add(any(figure_matches(value, f) for f in figures))
        if not figures and not _decided_by_labels(value, quote, matched):
            _judge(slug, quote, value, figure_judgements, results)
            continue
        ok = any(figure_matches(value, f) for f in figures)
        results.figures.add(ok)
        if not ok:
            shown = ", ".join(_shown({k: str(v) for k, v in f.items()}) for f in figures) or "no figure"
            results.errors.append(f"{slug}: figure wrong: {_shown(value)}, labelled {shown}, in {quote[:80]!r}")
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
        f"figure accuracy   {results.figures}  ({results.figures_judged} of them judged by hand in figure_judgements.yaml: "
        f"on drafts matching no claim, or words the labelled span leaves out, or ranks; {results.figures_unjudged} not judged; "
        f"{results.figures_missed} labelled figures left without a value)",
        f"  against the labels alone (a value where the matched claim lists no figure is wrong): {results.figures_labels_only}",
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
    parser.add_argument("--errors", action="store_true", help="list every wrong or missed figure and every wrong date")
    parser.add_argument("--misses", action="store_true", help="list every labelled claim no draft covers, in full")
    parser.add_argument("--unjudged", action="store_true", help="list the drafts matching no label that judgements.yaml does not judge")
    parser.add_argument("--set", type=Path, default=EVAL, metavar="DIR", help="the labelled set (default: tests/fixtures/intake_eval)")
    args = parser.parse_args()
    results = evaluate(verbose=args.verbose, evaluation=args.set)
    if args.verbose:
        print("\n".join(results.notes))
    if args.errors:
        print("\n".join(sorted(results.errors)))
    if args.misses:
        print("\n".join(f"missed: {miss}" for miss in results.misses))
    if args.unjudged:
        print("\n".join(f"unjudged: {draft}" for draft in results.unjudged))
    print(report(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
