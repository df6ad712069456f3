"""A participant's quoted words at a visit join it when they name no speaker or are filed as a plan; the past stays out.

Real sentences of half A: Meloni announcing the centres for migrants in Albania
on 6 November 2023 (intake_final100), Scholz's hydrogen alliance with Canada in
August 2022 (intake_final102), Modi's visit to the Maldives (intake_final18) and,
for the reading of the whole occasion, Modi's meeting with Xi Jinping in Tianjin
(intake_final94).
"""

from __future__ import annotations

from briefgen.corpus.evidence import Prepared, prepare
from briefgen.corpus.quote_lines import line_of_quotation, quoted_line_there, tells_the_past
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact
from tests.corpus.test_occasion_month_pages import occasion_members
from tests.corpus.test_quoted_figures import DAY, business_today, fact, zee_news

LAST_LINE = "The initiative does not concern pregnant women, minors and other protected categories.”"
FIRST_LINE = (
    "“The Canada-Germany Hydrogen Alliance is a historic step forward for our shared future. Our target is clear: working "
    "towards initial exports of Canadian hydrogen to Germany by 2025."
)
#: Quoted whole, or words quoted inside the writer's sentence: the speaker is named, the rules of speech read them.
NOT_LINES = [
    '"At Gjader, a model expulsion centre will be created," Meloni added.',
    'Trudeau touted Canada as "a reliable supplier of the clean energy that a net-zero (emissions) world requires."',
    "For Meloni it is “an innovative solution that demonstrates that new ideas can arise from friendship and cooperation",
    "Opposition politicians warn that it could face significant bureaucratic and human rights obstacles.",
    # reported speech closed by a stray mark: the writer's frame, not the speaker's words
    "Finally, he emphasized that the idea for this agreement arose when Georgia Meloni was on vacation in Albania (this summer, "
    "s.s.) days when the news about immigrants landing in Italy was non-stop.”",
]
SIDES = frozenset({"india", "china", "jinpi"})
ON_THE_DAY = PartialDate.parse(DAY)


def item(quote: str, kind: str = "statement", date: str = DAY) -> Prepared:
    return prepare(make_fact("x", "globalindian", quote, date, entities=("Narendra Modi",), kind=kind, topics=("tianjin-meeting",)))


def test_the_first_and_last_lines_of_a_quotation_are_read_and_a_sentence_quoted_whole_is_not() -> None:
    assert line_of_quotation(LAST_LINE) and line_of_quotation(FIRST_LINE)
    assert line_of_quotation('"The jurisdiction of the centres will be Italian.')
    assert not any(line_of_quotation(quote) for quote in NOT_LINES)


def test_a_line_naming_no_side_is_said_there_on_the_days_of_the_visit() -> None:
    nobody = frozenset[str]()
    assert quoted_line_there(item(LAST_LINE), nobody, SIDES, ON_THE_DAY)
    assert quoted_line_there(item(FIRST_LINE), nobody, SIDES, ON_THE_DAY)
    assert not quoted_line_there(item(LAST_LINE, date="2025-10-23"), nobody, SIDES, ON_THE_DAY)
    assert not quoted_line_there(item(LAST_LINE, kind="figure"), nobody, SIDES, ON_THE_DAY)


def test_a_line_telling_the_past_or_background_stays_out() -> None:
    past = "When I came here in 2015, the port was a sandbank.”"
    assert tells_the_past(past) and not quoted_line_there(item(past), SIDES, SIDES, ON_THE_DAY)
    assert tells_the_past("“Two years ago our trade was half of what it is.")
    level = "Our trade has reached a record this year.”"
    assert not quoted_line_there(item(level), SIDES, SIDES, ON_THE_DAY)
    assert not tells_the_past(LAST_LINE)


def test_a_plan_in_a_participants_own_words_is_said_there_when_it_names_a_side() -> None:
    training = (
        "At the strategic level, Modi said, “We will continue to support in the training and capacity building of the Maldives "
        "national defence forces (MNDF)”."
    )
    assert quoted_line_there(item(training, kind="plan"), SIDES, SIDES, ON_THE_DAY)
    assert not quoted_line_there(item(training, kind="plan"), frozenset({"japan"}), SIDES, ON_THE_DAY)
    # a plan told by the writer, in no one's words, is not this rule's to read
    port = "India is to build a new commercial port in Thilafushi."
    assert not quoted_line_there(item(port, kind="plan"), SIDES, SIDES, ON_THE_DAY)


def test_the_last_line_of_a_quotation_joins_the_meeting_and_the_writers_line_does_not() -> None:
    line = fact("z-line", "zeenews", "Our two countries are partners, not rivals.”", entities=())
    writers = fact("z-line", "zeenews", "The two countries are partners, not rivals.", entities=())
    assert "z-line" in occasion_members([*business_today(), *zee_news(line)])
    found = occasion_members([*business_today(), *zee_news(writers)])
    assert "z-line" not in found and {"b-met", "z-talks"} <= found
