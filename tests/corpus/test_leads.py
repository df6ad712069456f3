"""Two reports written around two leaders, neither naming the other's, are two occasions.

Real sentences of intake_final112: Kronen Zeitung and Outlook India on Modi's
visit to Vienna (9-10 July 2024), which name the leg before it in Moscow and
Putin, and Censor.NET and Local News 8 on Orban's visit to Moscow (5 July),
four days earlier.  Each pair of pages shares "Putin" and "Russia" or
"Moscow" with the other, inside the days an occasion allows; before the rule
the four pages were proposed as one occasion.
"""

from __future__ import annotations

from collections import Counter

from briefgen.corpus.evidence import prepare
from briefgen.corpus.leads import ReportLeads, leading_parties, of_other_leads
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.parties import party_key
from briefgen.corpus.proposals import propose_links
from tests.corpus.builders import make_fact


def page(source: str, date: str, lines: list[tuple[str, str, tuple[str, ...]]]) -> list[Fact]:
    return [
        make_fact(f"{source}-{n}", source, quote, date, entities=entities, kind=kind, topics=("visits",))
        for n, (kind, quote, entities) in enumerate(lines)
    ]


def krone() -> list[Fact]:
    return page(
        "krone",
        "2024-07-09",
        [
            ("event", "Indian Prime Minister Narendra Modi is visiting Austria.", ("Narendra Modi", "Austria")),
            (
                "event",
                "In Vienna, talks are planned with Federal Chancellor Karl Nehammer (ÖVP), a meeting with Federal President "
                "Alexander Van der Bellen and a meeting with leading Austrian entrepreneurs.",
                ("Vienna", "Karl Nehammer", "Alexander Van der Bellen"),
            ),
            ("event", "Modi arrives by plane on Tuesday from a two-day visit to Moscow.", ("Narendra Modi", "Moscow")),
            (
                "event",
                "In the Russian capital, Modi held talks with President Vladimir Putin.",
                ("Narendra Modi", "Vladimir Putin", "Moscow"),
            ),
            (
                "statement",
                'They played "a special role in the Ukraine war. Putin listens to them", said the Chancellor.',
                ("Karl Nehammer", "BRICS", "Vladimir Putin"),
            ),
            (
                "statement",
                'Nehammer is relying "very heavily on India" and wants to intensify economic relations '
                "with the world's most populous country.",
                ("Karl Nehammer", "India"),
            ),
        ],
    )


def outlook() -> list[Fact]:
    return page(
        "outlookindia",
        "2024-07-10",
        [
            (
                "event",
                "After a two day visit to Russia, Prime Minister Narendra Modi has arrived in Austria.",
                ("Narendra Modi", "Russia", "Austria"),
            ),
            (
                "event",
                "PM Modi was welcomed by Austria Foreign Minister Alexander Schallenberg or his first ever bilateral visit "
                "to the European country.",
                ("Narendra Modi", "Alexander Schallenberg", "Austria"),
            ),
            (
                "event",
                "Shortly after he arrived, the Austrian Chancellor Karl Nehammer hosted a private engagement with PM Modi, marking their "
                "first meeting together as leaders of India and Austria.",
                ("Karl Nehammer", "Narendra Modi"),
            ),
            (
                "statement",
                "Modi's visit to Austria also comes as part of the 75 year anniversary of the establishment of diplomatic ties between "
                "Vienna and New Delhi.",
                ("Narendra Modi", "Austria", "India"),
            ),
        ],
    )


def censor() -> list[Fact]:
    return page(
        "censor",
        "2024-07-05",
        [
            (
                "event",
                "At a press conference with Russian dictator Vladimir Putin, Hungarian Prime Minister Viktor Orban made several "
                "statements about Russia's war against Ukraine.",
                ("Vladimir Putin", "Viktor Orban", "Ukraine"),
            ),
            (
                "statement",
                'In particular, he emphasized that the positions of Kyiv and Moscow on peace are "very far from each other."',
                ("Viktor Orban", "Kyiv", "Moscow"),
            ),
            (
                "statement",
                "He also said that he wanted to hear Putin's opinion on three important issues: what he thinks about the ceasefire and "
                "peace talks, in what sequence they can be held, and thirdly, his vision of Europe after the war.",
                ("Viktor Orban", "Vladimir Putin"),
            ),
            ("statement", "Hungary, according to Orban, is one of those countries.", ("Hungary", "Viktor Orban")),
        ],
    )


def localnews8() -> list[Fact]:
    return page(
        "localnews8",
        "2024-07-05",
        [
            (
                "event",
                "Hungarian Prime Minister Viktor Orbán has arrived in Moscow for talks with Russian President Vladimir Putin, a rare "
                "visit to Russia by a European leader since it invaded Ukraine more than two years ago.",
                ("Viktor Orbán", "Moscow", "Vladimir Putin", "Ukraine"),
            ),
            (
                "statement",
                "Orbán’s press chief told Hungarian news agency MTI that the trip to Russia on Friday is a “peace mission.”",
                ("Viktor Orbán", "MTI", "Russia"),
            ),
        ],
    )


def occasions(facts: list[Fact]) -> list[set[str]]:
    """The sources of each occasion proposed."""
    proposals = propose_links(facts, LinkDecisions())
    by_id = {f.id: f.source for f in facts}
    return [{by_id[i] for i in p.fact_ids} for p in proposals if p.kind == "event" and "one occasion" in p.evidence]


def test_two_leaders_visits_four_days_apart_sharing_putin_and_russia_are_two_occasions() -> None:
    found = occasions([*krone(), *outlook(), *censor(), *localnews8()])
    assert {"krone", "outlookindia"} in found
    assert {"censor", "localnews8"} in found
    assert not any({"krone", "outlookindia"} & sources and {"censor", "localnews8"} & sources for sources in found)


def test_a_report_keeps_coming_back_to_its_visitor() -> None:
    counts = Counter({"modi": 4, "neham": 3, "putin": 2, "mosco": 2})
    assert leading_parties(counts, counts) == {"modi"}
    assert leading_parties(Counter({"orban": 3, "putin": 3, "mosco": 2}), {"orban", "putin", "mosco"}) == {"orban", "putin"}
    assert leading_parties(Counter(), set()) == frozenset()


def test_reports_of_one_visit_name_each_others_lead_even_when_one_is_written_around_the_host() -> None:
    modi_page, nehammer_page = frozenset({"modi", "neham", "austr", "putin"}), frozenset({"neham", "modi", "india"})
    assert not of_other_leads(frozenset({"modi"}), modi_page, frozenset({"neham"}), nehammer_page)


def test_reports_written_around_two_leaders_who_share_only_side_names_are_two_visits() -> None:
    modi_page, orban_page = frozenset({"modi", "neham", "austr", "putin", "russi"}), frozenset({"orban", "putin", "russi", "ukrai"})
    assert of_other_leads(frozenset({"modi"}), modi_page, frozenset({"orban"}), orban_page)


def test_one_report_naming_the_others_lead_is_enough() -> None:
    """A page may come back most to a name the other leaves out (an adviser, an agency); the other's lead is still named on it."""
    assert not of_other_leads(
        frozenset({"sadeq"}), frozenset({"sadeq", "pezes", "iraq", "iran"}), frozenset({"pezes"}), frozenset({"pezes", "iraq"})
    )


def test_a_report_without_a_lead_keeps_nothing_apart() -> None:
    assert not of_other_leads(frozenset(), frozenset({"modi"}), frozenset({"orban"}), frozenset({"orban"}))


def test_two_leaders_reports_are_not_proposed_as_one_event_for_their_wording() -> None:
    """Krone's "In the Russian capital, Modi held talks with President Vladimir Putin" and Local News 8's "Orbán has arrived
    in Moscow for talks with Russian President Vladimir Putin" share the words of a visit to Putin: no proposal joins them."""
    facts = [*krone(), *outlook(), *censor(), *localnews8()]
    by_id = {f.id: f.source for f in facts}
    for proposal in propose_links(facts, LinkDecisions()):
        sources = {by_id[i] for i in proposal.fact_ids}
        assert not ({"krone", "outlookindia"} & sources and {"censor", "localnews8"} & sources), proposal.describe()


def test_a_report_is_read_for_its_lead_from_its_facts() -> None:
    """Krone keeps coming back to Modi and Nehammer, Local News 8 to Orbán, and each line names a visitor the other page never
    names: their lines on each visitor's talks with Putin are kept apart."""
    pages = {"krone": krone(), "localnews8": localnews8()}
    leads = ReportLeads({source: [prepare(f) for f in facts] for source, facts in pages.items()}, party_key)
    modi_talks, orban_arrives = pages["krone"][3], pages["localnews8"][0]
    assert leads.apart("krone", "localnews8", keys(modi_talks), keys(orban_arrives))


def test_a_line_that_does_not_name_its_reports_lead_is_not_kept_apart() -> None:
    """The project's own reports of Lukashenko's visit to Islamabad: a page on tractor joint ventures keeps coming back to
    the Minsk Tractor Plant, the visit's page to Sharif, and neither names the other's lead; but "Lukashenko arrived in
    Islamabad" names no one the tractor page does not name, so the tractor page's "agreement reached during ...
    Lukashenko's visit in December 2024" is still proposed with it (the date conflict ``check`` then shows)."""
    tractors = page(
        "tractors",
        "2025-01-31",
        [
            (
                "event",
                "Minsk Tractor Plant (MTZ) will supply 2,700 Belarus tractors to Pakistan this year under an agreement reached "
                "during Belarusian President Aleksandr Lukashenko’s visit in December 2024",
                ("Aleksandr Lukashenko", "Minsk Tractor Plant"),
            ),
            ("plan", "Minsk Tractor Plant (MTZ) will supply 2,700 Belarus tractors to Pakistan this year", ("Minsk Tractor Plant",)),
        ],
    )
    visit = page(
        "visit",
        "2024-11-26",
        [
            (
                "event",
                "Pakistani Prime Minister Shehbaz Sharif and Belarus President Aleksandr Lukashenko on Tuesday witnessed the signing "
                "of 15 memorandums of agreements in Islamabad",
                ("Shehbaz Sharif", "Aleksandr Lukashenko"),
            ),
            (
                "statement",
                "Witnessed the signing of 15 pivotal MoUs/agreements between Pakistan and Belarus today,” Sharif said on X",
                ("Shehbaz Sharif",),
            ),
            (
                "statement",
                "Together, we are forging pathways for a stronger, more resilient partnership for the future",
                ("Shehbaz Sharif",),
            ),
            ("event", "Lukashenko arrived in Islamabad on Monday evening", ("Aleksandr Lukashenko",)),
        ],
    )
    leads = ReportLeads({"tractors": [prepare(f) for f in tractors], "visit": [prepare(f) for f in visit]}, party_key)
    assert not leads.apart("tractors", "visit", keys(tractors[0]), keys(visit[3]))


def keys(fact: Fact) -> frozenset[str]:
    return frozenset(k for k in map(party_key, fact.entities or ()) if k)


def test_a_facts_party_keys_drop_the_names_that_give_none() -> None:
    """The keys two reports' facts are compared by: none for a fact with no entities, none for a joint body's name."""
    quote = "Erdogan and Sisi chaired the Supreme Strategic Cooperation Council."
    named = make_fact("n", "a", quote, "2024-09-04", entities=("Recep Tayyip Erdoğan", "Abdel Fattah el-Sisi", "Supreme Strategic Council"))
    leads = ReportLeads({}, party_key)
    assert leads._fact_keys(named) == keys(named) == frozenset({"erdog", "sisi"})
    assert leads._fact_keys(make_fact("u", "a", quote, "2024-09-04")) == frozenset()


def test_a_reports_lines_with_no_entities_count_for_no_party() -> None:
    """A report's leads are counted from the lines that name parties; a line with no entities adds none."""
    named = [
        make_fact("a1", "a", "Modi held talks with Putin in Moscow.", "2024-07-09", entities=("Narendra Modi", "Vladimir Putin")),
        make_fact("a2", "a", "Modi was received by Putin at Novo-Ogaryovo.", "2024-07-08", entities=("Narendra Modi", "Vladimir Putin")),
        make_fact("a3", "a", "Modi addressed the Indian community.", "2024-07-09", entities=("Narendra Modi",)),
    ]
    bare = [make_fact("a4", "a", "The two sides signed nine agreements.", "2024-07-09"), make_fact("a5", "a", "Trade grew.", "2024-07-09")]
    with_bare = ReportLeads({"a": [prepare(f) for f in [bare[0], *named, bare[1]]]}, party_key)
    without = ReportLeads({"a": [prepare(f) for f in named]}, party_key)
    assert with_bare._leads("a") == without._leads("a")
    assert with_bare._leads("a")[1] == frozenset({"modi", "putin"})
