"""How good are the drafts?  Measured on the five seed reports (six sources).

- Recall: of the held-out substantive claims in tests/fixtures/ingest/claims.yaml
  (short verbatim phrases written by hand from the seeds), the share that some
  draft's quote covers (at least half of the phrase).  Must be at least 85%.
- Precision: of the drafts, the share worth keeping, measured as overlapping a
  curated fact's quote in facts/*.yaml (at least half of the shorter of the
  two).  Must be at least 60%.
- Every draft's quote passes briefgen's own quote check.

The figures are printed to the terminal even when the test passes.
"""

from __future__ import annotations

import pytest
import yaml

from briefgen.corpus.loader import Corpus
from briefgen.suggest.drafts import suggest_drafts
from briefgen.suggest.drafts_file import Draft
from briefgen.text.quotes import contains_quote, fold
from tests.conftest import FIXTURES

CLAIMS = FIXTURES / "ingest" / "claims.yaml"


def _interval(folded_body: str, text: str) -> tuple[int, int]:
    needle = fold(text)
    start = folded_body.find(needle)
    assert start >= 0, f"not in the body: {text!r}"
    return start, start + len(needle)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


@pytest.fixture(scope="module")
def drafts(corpus: Corpus) -> dict[str, list[Draft]]:
    taken = set(corpus.facts)
    return {sid: suggest_drafts(corpus, source, taken) for sid, source in sorted(corpus.sources.items())}


def test_drafts_recall_precision_and_quotes(corpus: Corpus, drafts: dict[str, list[Draft]], capsys: pytest.CaptureFixture[str]) -> None:
    held_out = yaml.safe_load(CLAIMS.read_text(encoding="utf-8"))
    total_claims = sum(len(entry["phrases"]) for entry in held_out)
    assert total_claims >= 40

    found, missed = 0, []
    for entry in held_out:
        folded = fold(corpus.sources[entry["source"]].body)
        spans = [_interval(folded, str(d.fields["quote"])) for d in drafts[entry["source"]]]
        for phrase in entry["phrases"]:
            claim = _interval(folded, phrase)
            if any(_overlap(claim, span) * 2 >= claim[1] - claim[0] for span in spans):
                found += 1
            else:
                missed.append(phrase)

    kept, total_drafts, failing_quotes = 0, 0, []
    for source_id, source_drafts in drafts.items():
        folded = fold(corpus.sources[source_id].body)
        curated = [_interval(folded, f.quote) for f in corpus.facts.values() if f.source == source_id]
        for draft in source_drafts:
            total_drafts += 1
            quote = str(draft.fields["quote"])
            if not contains_quote(folded, quote):
                failing_quotes.append(draft.fields["id"])
                continue
            span = _interval(folded, quote)
            if any(_overlap(span, c) * 2 >= min(span[1] - span[0], c[1] - c[0]) for c in curated):
                kept += 1

    recall = found / total_claims
    precision = kept / total_drafts
    with capsys.disabled():
        print(
            f"\nsuggest on {len(drafts)} seed sources: {total_drafts} drafts; "
            f"recall {found}/{total_claims} = {recall:.1%} of held-out claims; "
            f"precision {kept}/{total_drafts} = {precision:.1%} overlap a curated fact; "
            f"quote check {total_drafts - len(failing_quotes)}/{total_drafts} pass"
        )
        for phrase in missed:
            print(f"  missed: {phrase}")
    assert not failing_quotes
    assert recall >= 0.85
    assert precision >= 0.60


def test_every_draft_is_a_valid_draft_fact(corpus: Corpus, drafts: dict[str, list[Draft]]) -> None:
    from briefgen.corpus.models import Fact

    ids = [d.fields["id"] for ds in drafts.values() for d in ds]
    assert len(ids) == len(set(ids))
    assert not set(ids) & set(corpus.facts)
    for source_drafts in drafts.values():
        for draft in source_drafts:
            fact = Fact.model_validate(draft.fields)
            assert fact.draft
            assert set(fact.topics) <= set(corpus.vocabulary.topics)
