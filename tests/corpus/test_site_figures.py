"""The figures of the thing a visit opens: its cost, its capacity and its jobs are parts of the occasion.

Real sentences of reports no labelled set holds: JCB's factory at Halol, Gujarat, opened by the British prime minister Boris
Johnson on 21 April 2022 (Republic World, LatestLY/PTI, Udayavani of that day), and Unit-I of the Maitree Super Thermal
Power Project at Rampal, unveiled by Narendra Modi and Sheikh Hasina in New Delhi on 6 September 2022 (Prothom Alo, Deccan
Herald, BD24Live, bdnews24); against them the background those reports tell (JCB's factories since 1979, India's loans to
Bangladesh).
"""

from __future__ import annotations

from briefgen.corpus.evidence import prepare
from briefgen.corpus.site_figures import figure_of_site, names_site, sites_opened
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact

JCB_DAY = "2022-04-21"
JCB_OPENED = (
    "Construction equipment major JCB on Thursday said it has opened its newest factory in India set up at an investment of "
    "100 million pounds (nearly Rs 995 crore), with British Prime Minister Boris Johnson inaugurating the facility."
)
MAITREE_DAY = "2022-09-06"
MAITREE_UNVEILED = "Modi and Hasina unveiled the 1320 MW coal-fired power plant after a meeting at Hyderabad House in New Delhi."


def taken(quote: str, opened: str, date: str, kind: str = "statement", dated: str | None = None) -> bool:
    """Whether the rule takes ``quote``, a line dated ``dated`` (``date`` unless given) of a report of the opening
    told by ``opened`` on ``date``, as a part of it."""
    fact = make_fact("x", "page", quote, dated or date, kind=kind, topics=("trade",))
    return figure_of_site(prepare(fact), sites_opened([opened]), PartialDate.parse(date))


def test_the_sites_are_the_nouns_of_the_act_and_their_kin() -> None:
    assert {"factory", "facility", "plant", "unit", "project"} <= sites_opened([JCB_OPENED])
    assert "plant" in sites_opened([MAITREE_UNVEILED])  # unveiled: no act of opening in opened.py's reading
    assert sites_opened(["India has extended nearly $9.5 billion to Bangladesh in concessional loans."]) == frozenset()


def test_a_figure_of_the_site_named_back_by_its_kin_is_a_part() -> None:
    cost = "The plant marks the sixth functioning unit of JCB in India and has been constructed at a cost of approximately Rs 650 crores."
    assert taken(cost, JCB_OPENED, JCB_DAY)
    assert taken(cost, JCB_OPENED, JCB_DAY, kind="figure")  # a figure too: its cost is what it tells
    jobs = (
        'Commenting on the new unit, JCB India CEO and MD Deepak Shetty said, "This new facility will create around 1,200 '
        'direct jobs when complete and thousands more in the supply chain."'
    )
    assert taken(jobs, JCB_OPENED, JCB_DAY)
    assert taken(
        "JCB India said its new plant will be a gender-diverse manufacturing facility employing 50 per cent women.", JCB_OPENED, JCB_DAY
    )
    grid = "Being constructed under India's concessional financing scheme, the project will add 1320 MW to Bangladesh's National Grid."
    assert taken(grid, MAITREE_UNVEILED, MAITREE_DAY)


def test_a_rate_of_output_is_no_other_time() -> None:
    steel = (
        "The plant located at Vadodara in Gujarat will fabricate parts for global production lines and will be capable of "
        "processing 85,000 tonnes of steel annually, JCB said in a statement."
    )
    assert taken(steel, JCB_OPENED, JCB_DAY)


def test_the_sites_history_and_the_relations_level_stay_out() -> None:
    history = (
        "The company, which started manufacturing operations in India in 1979 with its first factory in Ballabgarh near Delhi, "
        "currently has six factories in the country at locations including Jaipur and Pune."
    )
    assert names_site(history, sites_opened([JCB_OPENED]))
    assert not taken(history, JCB_OPENED, JCB_DAY)  # another year: the company's history
    assert not taken("JCB now has six factories in India, including in Jaipur and Pune.", JCB_OPENED, JCB_DAY)  # names none back
    loans = (
        "India has extended nearly $9.5 billion to Bangladesh in concessional loans and is taking up several connectivity "
        "projects, according to Bagchi."
    )
    assert not taken(loans, MAITREE_UNVEILED, MAITREE_DAY)


def test_a_line_of_another_month_or_with_no_figure_is_not_read() -> None:
    cost = (
        "The power plant was set up at an estimated cost of approximately $ 2 billion with $ 1.6 billion as India's development assistance."
    )
    assert not taken(cost, MAITREE_UNVEILED, MAITREE_DAY, dated="2022-11-20")  # another month's page
    assert not taken("The power plant will serve the people of Khulna.", MAITREE_UNVEILED, MAITREE_DAY)  # opened.py's, not this
