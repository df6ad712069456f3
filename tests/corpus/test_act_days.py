"""One act told on two days: talks, a meeting or a remark that two outlets date a day or two apart disagree.

Invented leaders and countries.  The date check lets one visit's facts differ
by days, so only the act-day check sees "held talks on Tuesday, March 4"
against "a meeting on Monday, March 3"; the days of a visit stay apart.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from briefgen.corpus.act_days import act_day, acts_clash, one_party_told_on_two_days
from briefgen.corpus.conflicts import find_conflicts
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.pairing import ACT_CLASH
from briefgen.corpus.possible import possible_conflicts
from briefgen.corpus.proposals import propose_links
from tests.conftest import run_cli
from tests.corpus.builders import make_fact


def fact(fact_id: str, source: str, quote: str, date: str, event: str | None = "visit", kind: str = "event") -> Fact:
    return make_fact(fact_id, source, quote, date, entities=("Oskaro", "Marden"), topics=("visits",), event=event, kind=kind)


def days(facts: list[Fact]) -> list[str]:
    return [d.describe() for d in find_conflicts(facts) if d.kind == "day"]


def test_talks_dated_to_two_days_by_two_outlets_are_a_conflict_naming_both_days() -> None:
    facts = [
        fact("tue", "gazette", "On Tuesday, March 4, 2031, President Oskaro held talks with Premier Marden in Tarsk.", "2031-03-04"),
        fact("mon", "courier", "Marden began his visit on Monday, March 3, with a meeting with President Oskaro.", "2031-03-03"),
    ]
    (message,) = days(facts)
    assert "sources disagree on the day of one act for event 'visit'" in message
    assert "'tue' says talks on Tuesday 4 March 2031" in message and "'mon' says talks on Monday 3 March 2031" in message
    assert not [d for d in find_conflicts(facts) if d.kind == "date"]  # one month: the date check alone sees nothing


def test_a_remark_given_two_weekdays_is_a_conflict_though_what_was_said_looks_ahead() -> None:
    facts = [
        fact("thu", "gazette", "Premier Marden on Thursday said trade with Norland will double.", "2031-03-06", kind="statement"),
        fact("fri", "courier", "Trade with Norland will double, Premier Marden said on Friday.", "2031-03-07", kind="statement"),
    ]
    (message,) = days(facts)
    assert "'thu' says remark on Thursday 6 March 2031" in message and "'fri' says remark on Friday 7 March 2031" in message


def test_the_days_of_a_visit_plans_and_other_parties_are_no_conflict() -> None:
    facts = [
        fact("arrive", "gazette", "Oskaro arrived in Tarsk on Monday for a three-day visit.", "2031-03-03"),
        fact("talks", "courier", "Oskaro held talks with Marden on Tuesday.", "2031-03-04"),
        fact("signed", "herald", "On Wednesday the two leaders signed six agreements.", "2031-03-05"),
        fact("plan", "tribune", "Oskaro will meet Marden on Thursday, the ministry said.", "2031-03-01", kind="plan"),
        fact("other", "daily", "Queen Sela held talks with the council on Wednesday.", "2031-03-05"),
        fact("span", "post", "Oskaro met Marden in the days from Monday to Wednesday.", "2031-03-05"),
    ]
    assert days(facts) == []
    assert act_day(facts[3]) is None and act_day(facts[5]) is None


def test_one_meeting_told_on_two_days_by_unlinked_reports_is_shown_as_a_possible_conflict() -> None:
    facts = [
        fact(
            "wed",
            "gazette",
            "On Wednesday, Foreign Minister Oskaro met her counterpart Marden in Tarsk to deepen ties.",
            "2031-03-05",
            None,
        ),
        fact(
            "tue", "courier", "Foreign Minister Marden met Foreign Minister Oskaro on Tuesday in Tarsk to deepen ties.", "2031-03-04", None
        ),
    ]
    proposals = propose_links(facts, LinkDecisions())
    assert any({"wed", "tue"} <= set(p.fact_ids) for p in proposals)
    found = [c.discrepancy.describe() for c in possible_conflicts(facts, proposals) if c.discrepancy.kind == "day"]
    assert found and "'wed' says talks on Wednesday 5 March 2031" in found[0] and "'tue' says talks on Tuesday 4 March 2031" in found[0]
    # an undated page's "on Tuesday" names no day
    assert not [c for c in possible_conflicts(facts, proposals, {"courier"}) if c.discrepancy.kind == "day"]


SOURCE = """---
id: {id}
title: "Oskaro in Tarsk"
outlet: "{outlet}"
published: {published}
author: ""
url: ""
place: Tarsk
---
{body}
"""

FACTS = """- id: oskaro-talks-tuesday
  claim: "The Gazette reported that President Oskaro held talks with Premier Marden on Tuesday, March 4."
  source: gazette-2031-03-05
  quote: "On Tuesday, March 4, 2031, President Oskaro held talks with Premier Marden in Tarsk"
  date: "2031-03-04"
  kind: event
  topics: [visits]
  entities: [Oskaro, Marden]
  event: oskaro-visit-2031
- id: oskaro-talks-monday
  claim: "The Courier reported that Premier Marden met President Oskaro on Monday, March 3."
  source: courier-2031-03-06
  quote: "Marden began his visit on Monday, March 3, with a meeting with President Oskaro"
  date: "2031-03-03"
  kind: event
  topics: [visits]
  entities: [Oskaro, Marden]
  event: oskaro-visit-2031
"""


def test_check_reports_one_act_on_two_days_and_the_brief_box_says_so(repo_copy: Path) -> None:
    for slug, outlet, published, body in (
        (
            "gazette-2031-03-05",
            "The Gazette",
            "2031-03-05",
            "On Tuesday, March 4, 2031, President Oskaro held talks with Premier Marden in Tarsk.",
        ),
        (
            "courier-2031-03-06",
            "The Courier",
            "2031-03-06",
            "Marden began his visit on Monday, March 3, with a meeting with President Oskaro.",
        ),
    ):
        text = SOURCE.format(id=slug, outlet=outlet, published=published, body=body + "\n")
        (repo_copy / "facts/sources" / f"{slug}.md").write_text(text, encoding="utf-8")
    (repo_copy / "facts/act-days.yaml").write_text(FACTS, encoding="utf-8")
    check = run_cli("-C", str(repo_copy), "check", "--corpus-only", "--json")
    assert check.code == 0, check.stderr
    found = [d for d in json.loads(check.stdout)["discrepancies"] if d["kind"] == "day"]
    assert [d["key"] for d in found] == ["oskaro-visit-2031"]
    assert "talks on Tuesday 4 March 2031" in found[0]["message"] and "talks on Monday 3 March 2031" in found[0]["message"]
    brief = "---\ntitle: Day check\naudience: Test readers\nclassification: OFFICIAL\ntopics: [visits]\n---\n"
    brief += "## Where sources disagree\n\n{% include 'partials/discrepancies.md.j2' %}\n"
    (repo_copy / "briefs/day-check.md").write_text(brief, encoding="utf-8")
    build = run_cli("-C", str(repo_copy), "build", "day-check", "--format", "html", "--as-of", "2031-03-12", "--out", "out")
    assert build.code == 0, build.stderr
    html = (repo_copy / "out/2031-03-12/day-check.html").read_text(encoding="utf-8")
    assert "Sources give one act (talks, a meeting, a signing, a remark) different days (oskaro visit 2031)." in html
    assert "talks on Monday 3 March 2031" in html


def test_two_speakers_remarks_on_two_days_are_two_acts() -> None:
    facts = [
        fact("tue", "gazette", "Norland welcomes the coming summit of Oskaro and Marden, spokesman Ned Vale said Tuesday.", "2031-03-04"),
        fact("thu", "courier", "President Oskaro said Thursday that Norland and Tarsk should work together with Marden.", "2031-03-06"),
    ]
    assert days(facts) == []


def test_one_figure_linked_across_outlets_and_said_on_two_days_is_a_conflict() -> None:
    said = {"metric": "target", "unit": "USD", "amount": "100000000000"}
    facts = [
        make_fact(
            "thu", "gazette", "Premier Marden on Thursday said trade will pass $100 billion.", "2031-03-06", kind="statement", **said
        ),
        make_fact("fri", "courier", "Trade will pass $100 billion, Premier Marden said on Friday.", "2031-03-07", kind="statement", **said),
    ]
    (found,) = [d for d in find_conflicts(facts) if d.kind == "day"]
    assert found.key == "target" and found.statements == ("remark on Thursday 6 March 2031", "remark on Friday 7 March 2031")


def test_one_visitor_meeting_two_titled_hosts_on_two_days_is_two_meetings_not_a_conflict() -> None:
    facts = [
        fact("premier", "gazette", "Prime Minister Ana Lisova on Wednesday met with Norlandic Premier Tam Kerro in Tarsk.", "2031-03-05"),
        fact("president", "courier", "Prime Minister Ana Lisova and President Oskaro Vell met earlier today in Tarsk.", "2031-03-06"),
    ]
    assert days(facts) == []


def test_a_host_named_with_an_abbreviated_office_is_another_party_than_the_president_met_the_next_day() -> None:
    facts = [
        fact(
            "premier",
            "gazette",
            "Upon his arrival in Tarsk on Monday, PM Lisova was welcomed and held talks with his Norlandic counterpart PM Tam Kerro,",
            "2031-03-03",
        ),
        fact("president", "courier", "Norlandic President Oskaro Vell on Tuesday met with visiting Prime Minister Lisova.", "2031-03-04"),
    ]
    premier, president = (act_day(f) for f in facts)
    assert premier is not None and president is not None
    assert premier.titled == (frozenset({"Lisova"}), frozenset({"Tam", "Kerro"})) and "PM" not in premier.names
    assert days(facts) == []  # the premier met on Monday, the president on Tuesday: two meetings, no conflict


def test_a_host_named_after_the_office_of_a_body_is_a_titled_party_of_the_meeting() -> None:
    facts = [
        fact(
            "party",
            "gazette",
            "President Ana Lisova, on a state visit to Norland, has met the General Secretary of the Unity Party, Tam Kerro"
            " in Tarsk today.",
            "2031-03-04",
        ),
        fact("state", "courier", "State President Oskaro Vell held talks with visiting President Ana Lisova on Wednesday.", "2031-03-05"),
    ]
    party, state = (act_day(f) for f in facts)
    assert party is not None and state is not None
    assert not acts_clash(party, state)  # two meetings: the party's leader and the head of state, each named by one report


def test_one_meeting_whose_host_one_report_names_without_a_title_still_clashes() -> None:
    facts = [
        fact("tue", "gazette", "Lisova and Vell met on Tuesday in Tarsk.", "2031-03-04"),
        fact("wed", "courier", "Lisova met President Vell on Wednesday in Tarsk.", "2031-03-05"),
        fact("thu", "herald", "Prime Minister Lisova met President Vell's team on Thursday.", "2031-03-06"),
    ]
    (message,) = days(facts)
    assert "'tue' says talks on Tuesday 4 March 2031" in message and "'wed' says talks on Wednesday 5 March 2031" in message
    assert "'thu' says talks on Thursday 6 March 2031" in message


def test_a_meeting_of_the_two_leaders_takes_its_parties_from_the_facts_entities() -> None:
    facts = [
        fact("pair", "gazette", "The two leaders met on Wednesday to discuss ports.", "2031-03-05"),
        fact("named", "courier", "Oskaro and Marden met earlier today in Tarsk.", "2031-03-06"),
    ]
    (message,) = days(facts)
    assert "'pair' says talks on Wednesday 5 March 2031" in message and "'named' says talks on Thursday 6 March 2031" in message


# Real sentences of one visit (intake_final22, half A), as drafts accepted unchanged: no event, no entities.
PULSE = "He started his official visit on Tuesday, September 2, with a meeting with President Xi Jinping in the Great Hall of the People"
DAYBREAK = (
    "On Tuesday, September 3, 2024, Chinese President Xi Jinping held talks with Nigerian President Tinubu, who was in China"
    " to attend the Forum on China-Africa Cooperation (FOCAC) Beijing Summit"
)


def draft(fact_id: str, source: str, quote: str, date: str, kind: str = "event", **value: Any) -> Fact:
    return make_fact(fact_id, source, quote, date, kind=kind, topics=("visits",), **value)


def test_one_meeting_dated_to_two_days_in_unlike_words_is_proposed_for_its_clash_and_shown() -> None:
    pulse = draft("pulse", "pulse", PULSE, "2024-09-02", kind="statement")
    daybreak = draft("daybreak", "daybreak", DAYBREAK, "2024-09-03")
    proposals = propose_links([pulse, daybreak], LinkDecisions())
    (proposal,) = [p for p in proposals if {"pulse", "daybreak"} <= set(p.fact_ids)]  # worded too unlike to score
    assert ACT_CLASH in proposal.evidence
    (conflict,) = [c.discrepancy.describe() for c in possible_conflicts([pulse, daybreak], proposals) if c.discrepancy.kind == "day"]
    assert "'pulse' says talks on Monday 2 September 2024" in conflict and "'daybreak' says talks on Tuesday 3 September 2024" in conflict


def test_a_remark_dated_to_two_days_by_unlike_words_is_proposed_for_its_clash() -> None:
    today = "French President Emmanuel Macron, in India on a four-day visit, said today that New Delhi is a strategic partner of France"
    earlier = "Macron, who earlier in the morning had said France wants to be “India’s best partner in Europe”"
    pembroke = draft("pembroke", "pembrokeexpress", today, "2018-03-11", kind="statement")
    express = draft("express", "newindianexpress", earlier, "2018-03-10", kind="statement")
    proposals = propose_links([pembroke, express], LinkDecisions())
    assert any({"pembroke", "express"} <= set(p.fact_ids) and ACT_CLASH in p.evidence for p in proposals)
    assert [c.discrepancy.kind for c in possible_conflicts([pembroke, express], proposals)] == ["day"]


def test_two_meetings_of_one_city_are_not_proposed_for_their_days() -> None:
    # intake_final24: the foreign minister's meetings of the Tuesday and the president's talks of the Wednesday
    wang = draft(
        "wang",
        "outlet-a",
        "On Tuesday, Foreign Minister Wang Yi met with counterparts from Yemen and Sudan in Beijing, saying he hoped to"
        ' "strengthen solidarity and coordination"',
        "2024-05-28",
    )
    xi = draft("xi", "outlet-b", "Xi held talks with Sisi at the Great Hall of the People in Beijing on Wednesday", "2024-05-29")
    x, y = act_day(wang), act_day(xi)
    assert x is not None and y is not None and acts_clash(x, y)  # Beijing in common: enough for facts an event already joins
    assert not one_party_told_on_two_days(x, y, said_alike=True)  # but a city is no party: not proposed for the clash alone
    assert not any(ACT_CLASH in p.evidence for p in propose_links([wang, xi], LinkDecisions()))


def test_two_remarks_of_one_speaker_on_two_days_that_share_no_word_are_not_proposed_for_their_days() -> None:
    # intake_final30: a written interview of the Wednesday and the opening of the summit on the Thursday
    interview = (
        "“There is an increasing need for (South) Korea and Japan to co-operate in this time,” Mr Yoon said"
        " in a written interview with international media on Wednesday"
    )
    summit = (
        "President Yoon Suk Yeol said Thursday that South Korea and Japan should work together to deal with threats"
        " from North Korea, as he opened a summit with Japanese Prime Minister Fumio Kishida in Tokyo"
    )
    wednesday = draft("wednesday", "irishtimes", interview, "2023-03-15", kind="statement")
    thursday = draft("thursday", "yonhap", summit, "2023-03-16")
    x, y = act_day(wednesday), act_day(thursday)
    assert x is not None and y is not None and not acts_clash(x, y)  # an interview and a remark: two acts
    assert not one_party_told_on_two_days(x, y, said_alike=False)
    assert not any(ACT_CLASH in p.evidence for p in propose_links([wednesday, thursday], LinkDecisions()))


# Real sentences of half-A sets (intake_eval, intake_final74, intake_final86), as drafts: no entities.
FORUM_THURSDAY = (
    "Prime Minister Narendra Modi on Thursday said India and Russia are poised to surpass the $100-billion bilateral trade"
    " target well before 2030"
)
FORUM_FRIDAY = (
    "India and Russia will cross the $100 billion bilateral trade target much before the appointed 2030 deadline,"
    " Prime Minister Narendra said on Friday"
)


def test_a_plan_told_in_a_remark_dated_by_its_verb_sets_the_remark_against_another_outlets_day() -> None:
    target = {"metric": "trade-target", "unit": "USD", "amount": "100000000000"}
    thursday = draft("thursday", "businesstoday", FORUM_THURSDAY, "2025-12-04", kind="figure", **target)
    friday = draft("friday", "hindustantimes", FORUM_FRIDAY, "2025-12-05", kind="plan", **target)
    assert str(act_day(friday)) == "remark on Friday 5 December 2025"
    (found,) = [d for d in find_conflicts([thursday, friday]) if d.kind == "day"]
    assert found.statements == ("remark on Thursday 4 December 2025", "remark on Friday 5 December 2025")


def test_a_plan_whose_day_is_the_day_due_names_no_remark() -> None:
    due = draft("due", "gazette", "Oskaro will meet Marden on Thursday, the ministry said.", "2031-03-01", kind="plan")
    assert act_day(due) is None


def test_a_visitor_hosted_by_the_host_on_a_day_is_the_talks_of_that_day() -> None:
    hosted = draft(
        "hosted",
        "africanews",
        "Zambia's president Hakainde Hichilema was hosted by his Chinese counter part president Xi Jinping on Friday (Sep. 15)",
        "2023-09-15",
    )
    morning = draft(
        "morning",
        "tellerreport",
        "On the morning of September 9, President Xi Jinping held talks at the Great Hall of the People with Zambian"
        " President Hichilema, who was visiting China on a state visit",
        "2023-09-09",
    )
    assert str(act_day(hosted)) == "talks on Friday 15 September 2023"
    visit = [f.model_copy(update={"event": "hichilema-beijing"}) for f in (hosted, morning)]
    (found,) = [d for d in find_conflicts(visit) if d.kind == "day"]
    assert set(found.fact_ids) == {"hosted", "morning"}


def test_a_meeting_of_a_hyphenated_kind_is_held_talks() -> None:
    four_eyed = draft(
        "four-eyed",
        "thestar",
        "Prime Minister Datuk Seri Anwar Ibrahim held a four-eyed meeting with Turkish President Recep Tayyip Erdogan at"
        " the Perdana Putra Complex here on Tuesday",
        "2025-02-11",
    )
    assert str(act_day(four_eyed)) == "talks on Tuesday 11 February 2025"


def _drafted(fact_id: str, source: str, quote: str, date: str) -> Fact:
    """A fact as ``suggest`` drafts it: no entities, so "the two leaders" names no one but the quote's words."""
    return make_fact(fact_id, source, quote, date, topics=("cpec",), event="xi-meeting")


def test_the_two_leaders_unnamed_meet_the_pair_another_report_names_on_another_day() -> None:
    # intake_final44: Daily Pakistan's drafted sentence names no one; TechJuice's page of Thu 2022-11-03 names the pair
    wednesday = _drafted(
        "dailypakistan",
        "dailypakistan",
        "The two leaders met on Wednesday with a special focus on bilateral cooperation mainly in the industrial sector",
        "2022-11-02",
    )
    today = _drafted(
        "techjuice",
        "techjuice",
        "Prime Minister Shehbaz Sharif and President Xi Jinping met earlier today and agreed to strengthen the strategic "
        "partnership between the two countries, including the China-Pakistan Economic Corridor (CPEC)",
        "2022-11-03",
    )
    x, y = act_day(wednesday), act_day(today)
    assert x is not None and y is not None and x.pair_unnamed and not x.names
    assert one_party_told_on_two_days(x, y, said_alike=False)
    (message,) = days([wednesday, today])
    assert "'dailypakistan' says talks on Wednesday 2 November 2022" in message
    assert "'techjuice' says talks on Thursday 3 November 2022" in message


def test_the_two_leaders_unnamed_do_not_meet_one_named_person_or_a_named_pair_of_the_same_day() -> None:
    wednesday = _drafted(
        "dailypakistan", "dailypakistan", "The two leaders met on Wednesday with a special focus on industry", "2022-11-02"
    )
    one = _drafted("one", "one", "Prime Minister Shehbaz Sharif met business leaders on Tuesday in Beijing", "2022-11-02")
    same_day = _drafted("same", "same", "Prime Minister Shehbaz Sharif and President Xi Jinping met on Wednesday", "2022-11-03")
    x, y, z = act_day(wednesday), act_day(one), act_day(same_day)
    assert x is not None and y is not None and z is not None
    assert not acts_clash(x, y) and not acts_clash(x, z)
    assert not days([wednesday, one]) and not days([wednesday, same_day])


def test_a_visitor_meeting_an_emperor_and_a_governor_on_two_days_is_two_meetings() -> None:
    facts = [
        fact("palace", "gazette", "Norland's Emperor Tamaro held a meeting with visiting President Ana Lisova on Thursday.", "2031-03-06"),
        fact("city", "courier", "On Friday, March 7, Ana Lisova met with Tarsk Governor Vera Kolm.", "2031-03-08"),
    ]
    palace, city = (act_day(f) for f in facts)
    assert palace is not None and city is not None and palace.titled == (frozenset({"Tamaro"}), frozenset({"Ana", "Lisova"}))
    assert days(facts) == []  # the emperor and the governor are each named by one report only


def test_one_meeting_with_an_emperor_told_on_two_days_still_clashes() -> None:
    facts = [
        fact("thu", "gazette", "Emperor Tamaro met President Ana Lisova at the palace on Thursday.", "2031-03-06"),
        fact("fri", "courier", "President Ana Lisova met Emperor Tamaro on Friday.", "2031-03-07"),
    ]
    (found,) = [d for d in find_conflicts(facts) if d.kind == "day"]
    assert found.statements == ("talks on Thursday 6 March 2031", "talks on Friday 7 March 2031")


def test_a_remark_given_in_an_interview_is_another_act_than_a_remark_of_the_next_day() -> None:
    facts = [
        fact(
            "wed",
            "gazette",
            "“Norland and Tarsk need each other,” Mr Oskaro said in a written interview with foreign media on Wednesday.",
            "2031-03-05",
        ),
        fact("thu", "courier", "President Oskaro said Thursday that Norland and Tarsk should work together.", "2031-03-06"),
    ]
    interview, remark = (act_day(f) for f in facts)
    assert interview is not None and remark is not None
    assert (interview.act, remark.act) == ("interview", "remark")
    assert days(facts) == []


def test_one_interview_dated_to_two_days_is_still_a_conflict() -> None:
    facts = [
        fact("wed", "gazette", "President Oskaro said in an interview on Wednesday that Norland needs Tarsk.", "2031-03-05"),
        fact("thu", "courier", "In an interview, President Oskaro told Thursday that Norland needs Tarsk.", "2031-03-06"),
    ]
    (found,) = [d for d in find_conflicts(facts) if d.kind == "day"]
    assert found.statements == ("interview on Wednesday 5 March 2031", "interview on Thursday 6 March 2031")
