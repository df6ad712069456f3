"""The works a visit founds: a foundation stone laid, ground broken or a project launched names the thing of its figures.

Real sentences of reports no labelled set holds: the Arun III hydropower project, whose foundation stone Narendra Modi and
K P Sharma Oli laid from Kathmandu on 11 May 2018 (Business Standard/PTI, CanIndia/IANS, Nepali Times, Republica of that
day); against them the background those reports tell (the licence granted "recently", the bidding of 2008).
"""

from __future__ import annotations

from briefgen.corpus.evidence import prepare
from briefgen.corpus.founded import things_founded
from briefgen.corpus.site_figures import figure_of_site, sites_opened
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact

DAY = "2018-05-11"
LAID = (
    "Prime Minister Narendra Modi and his Nepalese counterpart K P Sharma Oli today jointly laid the foundation stone of the "
    "900-megawatt Arun III Hydroelectric Power Plant in Tumlingtar area in eastern Nepal through a remote system here."
)
LAID_FOR = (
    "Nepali Prime Minister K.P. Sharma Oli and his visiting Indian counterpart Narendra Modi jointly laid the foundation stone "
    "for the Arun III Hydropower Project remotely from Kathmandu on Friday."
)
FOUNDATION = (
    "PM KP Oli and his visiting Indian counterpart Narendra Modi remotely pressed a button in Kathmandu to lay the foundation "
    "of the Arun III hydropower project in Num 200km away in eastern Nepal."
)


def taken(quote: str, act: str = LAID_FOR) -> bool:
    """Whether the site's figures rule takes ``quote``, a line of a report of the founding told by ``act``."""
    fact = make_fact("x", "page", quote, DAY, kind="statement", topics=("trade",))
    return figure_of_site(prepare(fact), sites_opened([act]), PartialDate.parse(DAY))


def test_the_works_are_the_nouns_after_the_act_of_founding() -> None:
    assert things_founded([LAID]) == frozenset({"plant"})
    assert things_founded([LAID_FOR]) == frozenset({"project"})
    assert things_founded([FOUNDATION]) == frozenset({"project"})
    hope = "Modi expressed the hope that Arun III will help create jobs and investment opportunities in Nepal."
    assert things_founded([hope]) == frozenset()


def test_a_figure_of_the_works_founded_is_a_part() -> None:
    assert taken("The project's estimated cost is US$ 1.2 billion.")
    assert taken("The project will also provide 21.9 per cent or 197 megawatts of the generated energy free of cost to Nepal.")
    assert taken(
        "The project is expected to bring in USD 1.5 billion foreign direct investment into Nepal and create jobs for thousands of people.",
        LAID,
    )


def test_the_works_history_is_no_part() -> None:
    assert not taken(
        "Investment Board Nepal (IBN) recently granted the licence to Satluj Jala Vodyut Nigam Power Development Company to "
        "generate power from the Arun-III Hydropower Project, nearly 500-km from Kathmandu."
    )
    assert not taken(
        "The government of Nepal awarded the project through competitive bidding in 2008 and project development agreement "
        "with the company was signed after Prime Minister Modi came to power in 2014."
    )
    assert not taken(
        "The Investment Board Nepal (IBN) on Thursday granted an electricity generation licence to SJVN Arun III Power "
        "Development Company to generate power from the Arun III Hydropower Project located in eastern Nepal."
    )
