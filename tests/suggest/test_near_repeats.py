"""A sentence the page prints twice with a word or two changed is drafted once: the report's, not a standfirst's.

Pairs from half A's pages (Daybreak's FOCAC report, The Economic Times on Brunei, The New Arab's Reuters copy),
and invented pages for what stays two drafts.
"""

from __future__ import annotations

import datetime as dt

from briefgen.corpus.loader import Corpus
from briefgen.corpus.models import Source
from briefgen.suggest.drafts import suggest_drafts
from briefgen.suggest.near_repeats import is_near_repeat

_HEADS = "The two heads of state announced the elevation of China-Nigeria relations to a comprehensive strategic partnership."
_LEADERS = "The two leaders announced the elevation of China-Nigeria relations to a comprehensive strategic partnership."
_WIRE_TOP = (
    "The two leaders will discuss fallout from the war in Ukraine as well as a deal that allowed the export of Ukrainian "
    "grain via the Black Sea, a Turkish source told Reuters."
)
_WIRE_REPORT = (
    "The two leaders will discuss fallout from the war in Ukraine as well as a deal that allowed the export of Ukrainian "
    "grain via the Black Sea, one of the sources said."
)
_MEETING = (
    "Turkish President Recep Tayyip Erdogan will meet counterpart Vladimir Putin in Russia's resort of Sochi on 4 October "
    "to primarily discuss Black Sea grain exports, two Turkish sources told Reuters on Thursday."
)


def _quotes(corpus: Corpus, body: str) -> list[str]:
    source = Source(id="near-repeat-page", published=dt.date(2024, 9, 3), title="Leaders meet", body=body)
    return [str(d.fields["quote"]) for d in suggest_drafts(corpus, source, set())]


def test_a_sentence_printed_again_with_other_words_for_the_same_people_is_a_repeat() -> None:
    assert is_near_repeat(_HEADS, _LEADERS)
    assert is_near_repeat(
        "They also welcomed the commencement of direct flight connection between Bandar Seri Begawan and Chennai.",
        "They welcomed the upcoming commencement of direct flight connection between Bandar Seri Begawan and Chennai.",
    )


def test_another_day_another_figure_or_other_words_are_another_claim() -> None:
    assert not is_near_repeat(
        "The two leaders signed an agreement on energy cooperation in the capital on Monday.",
        "The two leaders signed an agreement on energy cooperation in the capital on Tuesday.",
    )
    assert not is_near_repeat(
        "India announced a line of credit of $250 million to modernise Kenya's agricultural sector.",
        "India announced a line of credit of $100 million to modernise Kenya's agricultural sector.",
    )
    assert not is_near_repeat(
        "Both nations signed a USD 400 million and Rs 3000 crore currency swap agreement.",
        "As per the needs of the Maldives, a 400 million dollars and Rs 3000 crore currency swap agreement was also signed.",
    )


def test_the_later_repeat_is_not_drafted_and_the_first_is(corpus: Corpus) -> None:
    body = (
        "On Tuesday, September 3, 2024, Chinese President Xi Jinping held talks with Nigerian President Tinubu in Beijing.\n\n"
        f"{_HEADS}\n\nXi said China is ready to work with Nigeria on infrastructure, the Lekki port and power plants.\n\n"
        f"{_LEADERS}\n"
    )
    quotes = _quotes(corpus, body)
    assert any(q.startswith("The two heads of state announced") for q in quotes)
    assert not any(q.startswith("The two leaders announced") for q in quotes)


def test_a_standfirst_standing_alone_over_the_report_gives_way_to_the_report_s_sentence(corpus: Corpus) -> None:
    quotes = _quotes(corpus, f"{_WIRE_TOP}\n\n{_MEETING}\n\n{_WIRE_REPORT}\n")
    assert not any(q.endswith("a Turkish source told Reuters") for q in quotes)
    assert any(q.endswith("one of the sources said") for q in quotes)


def test_two_sentences_of_one_paragraph_are_left_alone(corpus: Corpus) -> None:
    body = f"{_MEETING}\n\n{_HEADS} {_LEADERS}\n"
    quotes = _quotes(corpus, body)
    assert any(q.startswith("The two heads of state announced") for q in quotes)
    assert any(q.startswith("The two leaders announced") for q in quotes)
