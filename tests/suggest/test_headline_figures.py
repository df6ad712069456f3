"""A later figure that only places the headline's subject, or adds to what its subject does, leaves the draft its headline figure."""

from __future__ import annotations

from briefgen.corpus.loader import Corpus
from tests.suggest.drafting import drafted

# intake_final90, arabnews: the deal, then where the region lies.
_DEAL_AND_PLACE = (
    "The UAE, represented by a private consortium led by ADQ, a sovereign investment fund based in Abu Dhabi, signed a landmark "
    "agreement with Egypt on Friday to invest $35 billion in Ras El-Hekma, a region on the Mediterranean coast 350 kilometers "
    "northwest of Cairo."
)


def _values(corpus: Corpus, sentence: str) -> list[tuple[str, object]]:
    """Each draft's quote and the amount, bound and unit a reader sees beside it."""
    shown = []
    for draft in drafted(corpus, sentence):
        value = draft.fields.get("value") or {}
        figure = (value.get("amount") or value.get("low") or value.get("high"), value.get("unit")) if value else None
        shown.append((" ".join(str(draft.fields["quote"]).split()), figure))
    return shown


def test_a_distance_closing_the_sentence_leaves_the_draft_its_amount(corpus: Corpus) -> None:
    values = _values(corpus, _DEAL_AND_PLACE)
    assert values[-1] == (_DEAL_AND_PLACE.rstrip("."), ("35000000000", "USD"))
    assert all(figure != ("350", "km") for _, figure in values)


def test_a_distance_beside_an_amount_the_gate_left_in_doubt_gives_no_figure(corpus: Corpus) -> None:
    sentence = _DEAL_AND_PLACE.replace("$35 billion", "Rs 35 crore")  # the same sentence, its amount in a scale not read
    assert [figure for _, figure in _values(corpus, sentence)] == [None]


def test_a_distance_in_the_subject_of_the_sentence_is_its_own_figure(corpus: Corpus) -> None:
    # intake_final66, urdupoint: the labels give both figures, and the draft ends on the distance.
    sentence = (
        "The $3.5-billion complex, about 50 miles (80 kilometers) north of Lima, is meant to serve as a major hub for Chinese "
        "trade at a time when the Asian giant is under threat of major tariff hikes once Trump reenters the White House for a "
        "second term."
    )
    assert ("80", "km") in [figure for _, figure in _values(corpus, sentence)]


def test_a_distance_before_the_amount_is_kept(corpus: Corpus) -> None:
    # intake_final90, thenational: the region's distance has a draft of its own, the price another.
    sentence = (
        "ADQ said it will acquire the development rights for Ras El-Hekma, a coastal region located nearly 350 kilometres "
        "northwest of Cairo, for $24 billion."
    )
    assert [figure for _, figure in _values(corpus, sentence)] == [("350", "km"), ("24000000000", "USD")]


def test_an_amount_joined_on_with_and_also_leaves_the_draft_the_first(corpus: Corpus) -> None:
    # intake_final90, khaleejtimes: the labels give the acquisition's $24 billion to the whole sentence.
    sentence = (
        "ADQ, one of the region’s largest holding companies with a broad portfolio of major enterprises spanning key sectors of "
        "Abu Dhabi’s diversified economy, will acquire the development rights for Ras El-Hekma for $24 billion and will also "
        "convert $11 billion of deposits that will be utilised for investment in prime projects across Egypt."
    )
    figures = [figure for _, figure in _values(corpus, sentence)]
    assert figures == [("24000000000", "USD"), ("24000000000", "USD")]


def test_an_amount_of_the_main_clause_after_an_opening_clause_keeps_its_value(corpus: Corpus) -> None:
    # intake_final90, arabnews: "In addition to …" opens the sentence, and the deposits are its main clause.
    sentence = (
        "In addition to acquiring the development rights for Ras El-Hekma for $24 billion, ADQ will also convert $11 billion of "
        "deposits that will be utilized for investment in prime projects across Egypt."
    )
    figures = [figure for _, figure in _values(corpus, sentence)]
    assert figures == [("24000000000", "USD"), ("11000000000", "USD")]
