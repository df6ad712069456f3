"""Part pages: a page telling one part of a visit, which makes no occasion of its own, is a report of the visit.

Real sentences of three outlets' pages on Kassym-Jomart Tokayev's official visit
to Japan, 17-20 December 2025 (tests/fixtures/intake_final116): Kazinform's
report of the visit's days, Nippon.com's report of the meeting with the Emperor,
and Open.kg's undated page on the lecture Tokayev gave at the United Nations
University in Tokyo.  The lecture's page names the visitor and the city, and no
visit, talks or signing: it makes no occasion, and its lines were left out.
"""

from __future__ import annotations

from typing import Any

from briefgen.corpus.evidence import article_context, prepare
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.part_pages import part_pages
from briefgen.corpus.proposals import propose_links
from tests.corpus.builders import make_fact

TOKAYEV = "Kassym-Jomart Tokayev"


def fact(fact_id: str, source: str, quote: str, date: str, entities: tuple[str, ...], kind: str = "event") -> Fact:
    return make_fact(fact_id, source, quote, date, entities=entities, kind=kind, topics=("visits",))


def visit() -> list[Fact]:
    """Kazinform's and Nippon.com's reports of the visit: the arrival, the Emperor, the Governor of Tokyo, the talks."""
    return [
        fact(
            "kazinform-arrived",
            "kazinform",
            "Recall that the Kazakh President arrived in Japan on an official visit on December 17.",
            "2025-12-17",
            (TOKAYEV, "Japan"),
        ),
        fact(
            "kazinform-emperor",
            "kazinform",
            "On December 18, President Tokayev held talks with Emperor Naruhito of Japan in Tokyo.",
            "2025-12-18",
            (TOKAYEV, "Naruhito", "Tokyo"),
        ),
        fact(
            "kazinform-koike",
            "kazinform",
            "On Friday, December 19, Kassym-Jomart Tokayev met with Tokyo Governor Yuriko Koike.",
            "2025-12-19",
            (TOKAYEV, "Yuriko Koike", "Tokyo"),
        ),
        fact(
            "kazinform-takaichi",
            "kazinform",
            "Then, the Kazakh leader held talks with Japanese Prime Minister Sanae Takaichi. The meeting ended with signing 14 documents.",
            "2025-12-20",
            (TOKAYEV, "Sanae Takaichi"),
        ),
        fact(
            "nippon-emperor",
            "nippon",
            "Japan's Emperor Naruhito held a meeting with visiting Kazakh President Kassym-Jomart Tokayev at the Imperial Palace "
            "in Tokyo on Thursday.",
            "2025-12-18",
            ("Naruhito", TOKAYEV, "Imperial Palace", "Tokyo"),
        ),
        fact(
            "nippon-luncheon",
            "nippon",
            "In addition to the 20-minute meeting, Emperor Naruhito and the Kazakh leader had an hour-long luncheon at the palace, "
            "which was also attended by Crown Prince Akishino, the younger brother of the Emperor.",
            "2025-12-18",
            ("Naruhito", TOKAYEV, "Akishino"),
        ),
        fact(
            "nippon-water",
            "nippon",
            "Tokayev said that Kazakhstan is asking the United Nations for a comprehensive approach to help resolve water issues.",
            "2025-12-18",
            (TOKAYEV, "Kazakhstan", "United Nations"),
            kind="statement",
        ),
    ]


#: Open.kg's lede: the lecture, in Tokyo, on a page that gives no day (its facts take the month it is filed under).
LECTURE = fact(
    "openkg-lecture",
    "openkg",
    "Kassym-Jomart Tokayev, the President of Kazakhstan, delivered a lecture at the United Nations University in Tokyo",
    "2025-12",
    (TOKAYEV, "United Nations University", "Tokyo"),
)


def lecture_page(lede: Fact = LECTURE) -> list[Fact]:
    """Open.kg's page: its lede and what Tokayev said in the lecture."""
    return [
        lede,
        fact(
            "openkg-un",
            "openkg",
            "The President emphasized that the United Nations remains a key element of international security; however, its current "
            "model was created in the post-war period and no longer corresponds to the modern distribution of power.",
            "2025-12",
            (TOKAYEV, "United Nations"),
            kind="statement",
        ),
        fact(
            "openkg-reform",
            "openkg",
            "In this regard, he stated the need for deep reform of the UN, including updating its Charter and enhancing the "
            "effectiveness of its main mechanisms.",
            "2025-12",
            (TOKAYEV, "United Nations"),
            kind="statement",
        ),
        fact(
            "openkg-middle-powers",
            "openkg",
            'In this context, the President proposed to increase the role of so-called "middle powers," which are not among the '
            "global centers of power but possess significant diplomatic and regional influence.",
            "2025-12",
            (TOKAYEV,),
            kind="statement",
        ),
    ]


def occasions(proposals: list[Any]) -> list[Any]:
    return [p for p in proposals if p.kind == "event" and "one occasion" in p.evidence]


def test_the_lecture_page_joins_the_visit_with_what_was_said_there() -> None:
    """The lecture's lede is worded like Kazinform's day in Tokyo; the page and Tokayev's words in the lecture join the visit."""
    [occasion] = occasions(propose_links(visit() + lecture_page(), LinkDecisions()))
    assert {"openkg-lecture", "openkg-un", "openkg-reform", "openkg-middle-powers"} <= set(occasion.fact_ids)
    assert {"kazinform-koike", "nippon-emperor"} <= set(occasion.fact_ids)
    assert "4 fact(s) of pages that tell one of its parts" in occasion.evidence


def test_the_lecture_page_alone_makes_no_occasion() -> None:
    """Why the rule is needed: the page names the visitor and the city, and no visit, talks or signing."""
    assert not occasions(propose_links(visit()[:4] + lecture_page(), LinkDecisions()))


def _paged(page: list[Fact], part_id: str = "kazinform-koike") -> list[list[Fact]]:
    """What joins the visit when the page's first fact is scored with one of the visit's parts."""
    occasion = visit()
    part = next(f for f in occasion if f.id == part_id)
    prepared = {p.fact.id: p for p in map(prepare, [*occasion, *page])}
    article_context(list(prepared.values()))
    return part_pages([occasion], [(part, page[0])], prepared)


def test_the_page_joins_with_its_lines_said_there() -> None:
    assert [f.id for f in _paged(lecture_page())[0]] == ["openkg-lecture", "openkg-un", "openkg-reform", "openkg-middle-powers"]


def test_a_page_dated_a_month_before_tells_another_matter() -> None:
    """A preview of the trip, dated the month before, is no report of the visit's days, however alike its words."""
    early = fact(LECTURE.id, "openkg", LECTURE.quote, "2025-11", LECTURE.entities)
    assert _paged(lecture_page(early)) == [[]]


def test_a_line_dated_elsewhere_by_its_words_tells_no_part() -> None:
    """A delegation's visit "in October", told beside a December meeting, is background (The Star's line on China and
    Mexico, tests/fixtures/intake_final36, tied by its words to the talks of December; here set beside Tokyo's)."""
    quote = "A China-Mexico working group was established when a Mexican delegation visited China in October."
    background = fact(LECTURE.id, "openkg", quote, "2025-12", ("China", "Mexico"))
    assert _paged(lecture_page(background)) == [[]]


def test_a_writers_line_tells_no_part() -> None:
    """A statement with no one speaking is the writer's own line, not what was said at the visit (KVIA's line on
    Italy's deal with Albania, tests/fixtures/intake_final100, which the judges hold apart from the deal's announcement)."""
    line = fact(
        LECTURE.id,
        "openkg",
        "Migration experts and activists are planning an agreement between Italy and Albania that would direct thousands of "
        "migrants to the Balkan nation while their asylum applications are under review.",
        "2025-12",
        ("Italy", "Albania"),
        kind="statement",
    )
    assert _paged(lecture_page(line)) == [[]]


def test_a_page_with_a_fact_in_the_occasion_is_a_report_of_its_own() -> None:
    """Nippon.com's page is already a report of the visit: only its statements the occasion's reading takes are read, not here."""
    nippon = next(f for f in visit() if f.id == "nippon-water")
    assert _paged([nippon], part_id="kazinform-emperor") == [[]]


#: Lines of other news (real sentences of other pages of the sets), none of them a part of the visit.
OTHER_NEWS = (
    "Opinion polls show a large majority of Canadian voters reject Trump's argument that their country would be better off as "
    'the "51st state of the United States".',
    "No other postwar candidate for German chancellor has failed to win on the first ballot.",
    "Children and pregnant women will be excluded from the plan.",
    "Until now, Ethiopian birrs were printed in Europe by the British company De La Rue.",
    "Humanitarian groups say the initiative could violate both EU and international laws.",
    "The Spanish PM will take advantage of his trip to Asia to visit Vietnam with a view to opening up new market opportunities.",
    "French officials had indicated it could initially be limited to about 50 a week.",
    "It could reach up to 36 thousand people.",
    "Currently, 18 countries are designated as non-NATO allies, including Israel, Brazil and the Philippines.",
    "At least 21,000 people have already made the journey since January, putting 2025 on course to be a record year for crossings.",
)


def test_a_part_told_in_passing_brings_no_more_of_its_page() -> None:
    """The lecture told in one line of a page of other news joins alone: the page's other sayings may be of anything."""
    other_news = [fact(f"openkg-other-{n}", "openkg", line, "2025-12", ()) for n, line in enumerate(OTHER_NEWS)]
    found = _paged(lecture_page() + other_news)[0]
    assert [f.id for f in found] == ["openkg-lecture"]


def summit() -> list[Fact]:
    """Korea.net's and JoongAng Daily's reports of Lee Jae Myung's first summit with Donald Trump, 25 August 2025
    (tests/fixtures/intake_final42)."""
    lee, trump = "Lee Jae Myung", "Donald Trump"
    return [
        fact(
            "koreanet-summit",
            "koreanet",
            "President Lee Jae Myung on Aug. 25 held his first summit with U.S. President Donald Trump at the White House in "
            "Washington, discussing a possible meeting with North Korean leader Kim Jong Un and boosting bilateral cooperation "
            "centered on shipbuilding.",
            "2025-08-25",
            (lee, trump, "White House", "Kim Jong Un"),
        ),
        fact(
            "koreanet-shipbuilding",
            "koreanet",
            "The two presidents also agreed to bolster bilateral economic cooperation centered on shipbuilding.",
            "2025-08-26",
            (lee, trump),
        ),
        fact(
            "joongang-request",
            "joongangdaily",
            "responding to a request by President Lee Jae Myung to play a role in bringing about peace on the Korean Peninsula "
            "during their pivotal summit in Washington Monday.",
            "2025-08-25",
            (lee, trump, "Korean Peninsula", "Washington"),
        ),
        fact(
            "joongang-arrived",
            "joongangdaily",
            "Earlier, Lee arrived at the White House at around 12:30 p.m. and shook hands with Trump before heading into their "
            "bilateral talks in the Oval Office",
            "2025-08-26",
            (lee, trump, "White House", "Oval Office"),
        ),
    ]


def readout() -> list[Fact]:
    """Asia Today's page: the summit told only by what the two presidents said to each other, no talks named."""
    lee, trump = "Lee Jae Myung", "Donald Trump"
    return [
        fact(
            "asiatoday-told",
            "asiatoday",
            "South Korean President Lee Jae-myung told U.S. President Donald Trump on August 25 that he hoped Trump would “play the "
            "role of a global peacemaker,”",
            "2025-08-25",
            (lee, trump),
            kind="statement",
        ),
        fact(
            "asiatoday-praised",
            "asiatoday",
            "He praised Trump as a “peacemaker” and added, “I will be the pacemaker supporting your role.”",
            "2025-08-26",
            (lee, trump),
            kind="statement",
        ),
        fact(
            "asiatoday-economy",
            "asiatoday",
            "On economic issues, Lee emphasized expanding cooperation beyond defense into industries such as shipbuilding and "
            "advanced manufacturing.",
            "2025-08-26",
            (lee,),
            kind="statement",
        ),
    ]


def test_a_readout_told_by_what_the_leaders_said_joins_the_summit() -> None:
    """Asia Today's "Lee ... told U.S. President Donald Trump on August 25" is worded like Korea.net's lede: its page joins."""
    assert not occasions(propose_links(readout(), LinkDecisions()))
    [occasion] = occasions(propose_links(summit() + readout(), LinkDecisions()))
    assert {"asiatoday-told", "asiatoday-praised", "asiatoday-economy", "koreanet-summit", "joongang-request"} <= set(occasion.fact_ids)
