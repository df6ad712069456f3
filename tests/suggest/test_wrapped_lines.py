"""A hard-wrapped page's sentences are drafted whole, as a reader reads them across its line breaks."""

from __future__ import annotations

from briefgen.corpus.loader import Corpus
from briefgen.suggest.sentences import split_sentences
from briefgen.suggest.wrapped_lines import joined_paragraphs, wrapped_joints
from tests.suggest.drafting import drafted

# Archiving sets each line of a page wrapped without blank lines as a paragraph of its own.
WRAPPED = "\n\n".join(
    [
        "Norland President Anna Berg has arrived in Vestria on a state visit. She was met",
        "by the Vestrian Prime Minister Olaf Dahl at the airport of Vestburg. During",
        "talks with the Vestrian President, the two sides signed an agreement on",
        "a joint ferry line between Vestburg and the Norland port of Kalvik.",
        "Last year, the two",
        "countries recorded a trade volume of $187.5 million.",
        "Norland, Vestria expand",
        "ferry cooperation",
        "The ministers of transport also agreed to open a second ferry line from Kalvik to Vestburg in 2026.",
    ]
)


def _quotes(corpus: Corpus, body: str) -> list[str]:
    return [" ".join(str(d.fields["quote"]).split()) for d in drafted(corpus, body)]


def test_a_sentence_wrapped_over_lines_is_drafted_whole(corpus: Corpus) -> None:
    quotes = _quotes(corpus, WRAPPED)
    assert (
        "During talks with the Vestrian President, the two sides signed an agreement on a joint ferry line between Vestburg "
        "and the Norland port of Kalvik" in quotes
    )
    assert "Last year, the two countries recorded a trade volume of $187.5 million" in quotes
    assert not [q for q in quotes if q.startswith(("talks with", "countries recorded", "a joint ferry"))]  # no fragment


def test_a_heading_wrapped_over_two_lines_is_still_a_heading(corpus: Corpus) -> None:
    quotes = _quotes(corpus, WRAPPED)
    assert not [q for q in quotes if "ferry cooperation" in q]
    assert "The ministers of transport also agreed to open a second ferry line from Kalvik to Vestburg in 2026" in quotes


def test_the_sentences_keep_the_bodys_own_characters() -> None:
    sentences = split_sentences(WRAPPED)
    assert all(WRAPPED[s.start : s.end] == s.text for s in sentences)
    assert "She was met\n\nby the Vestrian Prime Minister Olaf Dahl at the airport of Vestburg." in [s.text for s in sentences]


def test_a_list_of_titles_one_per_line_stays_apart() -> None:
    paragraphs = [
        "The documents signed include:",
        "Agreement on cooperation in the field of agriculture",
        "Memorandum of understanding on the ferry line between the two ports",
        "Programme of cultural exchanges for the years 2026 to 2028",
    ]
    assert wrapped_joints(paragraphs) == set()


def test_a_title_over_its_date_and_a_page_with_one_small_letter_stay_apart() -> None:
    paragraphs = [
        "Norland and Vestria sign a ferry deal",
        "8/23/2024 8:09:07 AM",
        "The two leaders met in the",
        "Vestburg palace on Monday.",
        "Their ministers signed the deal and",
        "exchanged the documents.",
    ]
    assert joined_paragraphs(paragraphs) == [[0], [1], [2], [3], [4], [5]]  # one break goes on in small letters: not a wrapped page
