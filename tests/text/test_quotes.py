"""Quote checking: what folding forgives (typography only) and what it does not."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from briefgen.text.quotes import closest_passage, contains_quote, fold, fold_checked, locate, source_index

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("two  spaces", "two spaces"),
        ("tab\tand\nnewline\r\nand\n\nparagraph", "tab and newline and paragraph"),
        (f"non{NBSP}breaking and\u2009thin\u202fnarrow\u3000ideographic", "non breaking and thin narrow ideographic"),
        ("  leading and trailing \n", "leading and trailing"),
        ("\u201cdouble\u201d \u201elow\u201f \u00abguillemets\u00bb \uff02wide\uff02", '"double" "low" "guillemets" "wide"'),
        ("\u2018single\u2019 \u201alow\u201b \u2039angle\u203a", "'single' 'low' 'angle'"),
        ("Belarus\u2019s and Pakistan\u02bcs", "Belarus's and Pakistan's"),
        (
            "en\u2013dash em\u2014dash minus\u2212sign hyphen\u2010 nb\u2011hyphen figure\u2012 bar\u2015",
            "en-dash em-dash minus-sign hyphen- nb-hyphen figure- bar-",
        ),
        ("", ""),
        (" \n\t ", ""),
    ],
)
def test_fold_forgives_whitespace_quotes_apostrophes_and_dashes(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(
    "text",
    [
        "Case Stays",
        "an ellipsis\u2026 stays",
        "three dots... stay",
        "commas, semicolons; colons: stay",
        "accents: Lukašenka, café",
        "US$50.2 million",
        "zero\u200bwidth space is not whitespace",
    ],
)
def test_fold_keeps_everything_else(text: str) -> None:
    assert fold(text) == text


BODY = (
    "ISLAMABAD: Pakistan and Belarus have agreed to locally assemble Belarusian tractors.\n\n"
    "The trade volume stood at US$50.2 million in 2019, with the \u201cbalance of trade\u201d favouring Belarus\u2019s "
    "exporters \u2014 officials said.\n"
    "A delegation will visit Minsk next month\u2026 and more."
)
FOLDED = fold(BODY)


@pytest.mark.parametrize(
    "quote",
    [
        "have agreed to locally assemble Belarusian tractors",
        'with the "balance of trade" favouring Belarus\'s exporters - officials said',
        "with the \u201cbalance of trade\u201d favouring Belarus\u2019s exporters \u2014 officials said",
        "tractors. The trade volume",  # across a paragraph break
        "officials   said.\nA   delegation",  # the quote's own whitespace is folded too
        "next month\u2026 and more.",
    ],
)
def test_contains_quote_found(quote: str) -> None:
    assert contains_quote(FOLDED, quote)


@pytest.mark.parametrize(
    "quote",
    [
        "Have agreed to locally assemble Belarusian tractors",  # case
        "next month... and more.",  # three dots for an ellipsis
        "The trade volume stood at US$50.2 million in 2019 with the",  # a comma dropped
        "trade volume stood at $50.2 million",  # a word changed
        "locally assembled Belarusian tractors",  # a letter added
        "",  # nothing
        "   ",  # nothing but space
    ],
)
def test_contains_quote_not_forgiven(quote: str) -> None:
    assert not contains_quote(FOLDED, quote)


def test_locate_covers_exactly_the_passage() -> None:
    quote = "have agreed to locally assemble"
    start, end = locate(BODY, quote) or (0, 0)
    assert BODY[start:end] == quote


def test_locate_across_an_apostrophe_and_a_line_break() -> None:
    quote = "favouring Belarus's exporters - officials said. A delegation"
    span = locate(BODY, quote)
    assert span is not None
    start, end = span
    assert BODY[start:end] == "favouring Belarus\u2019s exporters \u2014 officials said.\nA delegation"


def test_locate_skips_leading_whitespace_and_paragraph_breaks() -> None:
    body = "\n\n  First line.\n\n\n   Second\u00a0line."
    span = locate(body, "line. Second line")
    assert span is not None
    assert body[span[0] : span[1]] == "line.\n\n\n   Second\u00a0line"
    first = locate(body, "First")
    assert first is not None and body[first[0] : first[1]] == "First"


def test_locate_not_found() -> None:
    assert locate(BODY, "not in the body") is None
    assert locate(BODY, "  ") is None
    assert locate("", "anything") is None


def test_closest_passage_points_at_the_near_miss() -> None:
    passage = closest_passage(FOLDED, "The trade volume stood at US$19.05 million in 2019")
    assert passage.startswith("…The trade volume stood at US$")
    assert passage.endswith("…")


def test_closest_passage_at_the_start_has_no_leading_ellipsis() -> None:
    passage = closest_passage(FOLDED, "ISLAMABAD: Pakistan and Belarus have agreed to assemble")
    assert passage.startswith("ISLAMABAD: Pakistan and Belarus have agreed")
    assert passage.endswith("…")


def test_closest_passage_is_cut_to_the_width() -> None:
    quote = FOLDED[10:200].replace("trade", "TRADE")
    passage = closest_passage(FOLDED, quote, width=40)
    assert len(passage.strip("…")) == 40


def test_closest_passage_at_the_end_has_no_trailing_ellipsis() -> None:
    passage = closest_passage(FOLDED, "A delegation will visit Minsk next month... and more.")
    assert passage.endswith("and more.")
    assert not passage.endswith("…")


@pytest.mark.parametrize(("body", "quote"), [(FOLDED, "zzzz qqqq xxxx wwww"), ("", "anything"), (FOLDED, ""), (FOLDED, "Minsk")])
def test_closest_passage_nothing_alike(body: str, quote: str) -> None:
    assert closest_passage(body, quote) == ""


# Property tests ---------------------------------------------------------------

SPACES = [" ", "  ", "\n", "\n\n", "\t", NBSP, " \n ", "\u2009", "\r\n"]
TYPOGRAPHY = "\u201c\u201d\u2018\u2019\u2013\u2014\u2212\u00ab\u00bb\u02bc"
LETTERS = "abcdefgHIJ0123456789.,;:!?$%()\u2026é" + TYPOGRAPHY + "\"'-"
words = st.text(alphabet=LETTERS, min_size=1, max_size=8)
any_text = st.text(alphabet=LETTERS + "".join(SPACES) + "\u3000\v\f", max_size=80)


@given(any_text)
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(any_text)
def test_fold_leaves_no_whitespace_runs_or_typography(text: str) -> None:
    folded = fold(text)
    assert folded == folded.strip()
    assert "  " not in folded
    assert not any(c.isspace() and c != " " for c in folded)
    assert not any(c in TYPOGRAPHY for c in folded)


@st.composite
def body_and_span(draw: st.DrawFn) -> tuple[str, str]:
    """A body of words and separators, and a run of its whole words re-joined differently."""
    items = draw(st.lists(words, min_size=1, max_size=30))
    separators = draw(st.lists(st.sampled_from(SPACES), min_size=len(items) + 1, max_size=len(items) + 1))
    body = separators[0] + "".join(w + s for w, s in zip(items, separators[1:], strict=True))
    i = draw(st.integers(0, len(items) - 1))
    j = draw(st.integers(i + 1, len(items)))
    joiner = draw(st.sampled_from([" ", "\n", "  "]))
    return body, joiner.join(items[i:j])


@given(body_and_span())
def test_any_run_of_words_is_found_after_folding(case: tuple[str, str]) -> None:
    body, quote = case
    assert contains_quote(fold(body), quote)
    straightened = quote.translate(str.maketrans(TYPOGRAPHY, '""\'\'---""\''))
    assert contains_quote(fold(body), straightened)


@given(body_and_span())
def test_locate_span_folds_to_the_quote(case: tuple[str, str]) -> None:
    body, quote = case
    span = locate(body, quote)
    assert span is not None
    start, end = span
    assert fold(body[start:end]) == fold(quote)
    assert not body[start].isspace() and not body[end - 1].isspace()


@given(any_text, st.text(alphabet=LETTERS + " \n", max_size=12))
def test_locate_agrees_with_contains_quote(body: str, quote: str) -> None:
    found = contains_quote(fold(body), quote)
    span = locate(body, quote)
    assert (span is not None) == found
    if span is not None:
        assert fold(body[span[0] : span[1]]) == fold(quote)


@given(any_text)
def test_fold_of_the_whole_body_is_found(body: str) -> None:
    assume(fold(body))
    assert contains_quote(fold(body), body)


@given(st.text(alphabet=LETTERS + "".join(SPACES) + "\u3000\v\f\x1b\u202e\xad", max_size=80))
def test_fold_checked_folds_as_splitting_does_and_tells_printable_text(text: str) -> None:
    folded, printable = fold_checked(text)
    assert folded == " ".join(fold(text).split()) == " ".join(text.translate(str.maketrans(TYPOGRAPHY, '""\'\'---""\'')).split())
    assert printable == text.replace("\n", " ").isprintable()


@pytest.mark.parametrize(
    ("body", "folded", "printable"),
    [
        ("Talks were held.\n\nThe \u2018sides\u2019 agreed.\n", "Talks were held. The 'sides' agreed.", True),
        ("Three\n\n\nbreaks and  two spaces\n", "Three breaks and two spaces", True),
        ("A tab\there.\n", "A tab here.", False),
        ("An escape \x1b[31m here.\n", "An escape \x1b[31m here.", False),
    ],
)
def test_fold_checked_on_bodies(body: str, folded: str, printable: bool) -> None:
    assert fold_checked(body) == (folded, printable)


@given(any_text)
def test_source_index_folds_as_fold_does(text: str) -> None:
    assert source_index(text).folded == fold(text)


def test_each_body_is_indexed_once_and_each_quote_located_once() -> None:
    """A note and the annex both locate a cited quote: the second time reuses the body's index and the found span."""
    body = "".join(["Index me once.\n\n", BODY])  # an equal body built afresh, as after the corpus is reloaded
    index = source_index(body)
    assert source_index("".join(["Index me once.\n\n", BODY])) is index
    first = locate(body, "have agreed to locally assemble")
    assert first is not None and body[first[0] : first[1]] == "have agreed to locally assemble"
    assert locate(body, "have agreed to locally assemble") == first
    assert index.locate("have agreed to locally assemble") == first
    assert source_index(body + " changed") is not index
