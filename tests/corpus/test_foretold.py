"""A count of texts to be signed, told in a report dated before the signing, is no side of a conflict.

Built on half A's intake_final6: Montsame wrote "11 agreements ... will be signed" the morning of the talks in
Ulaanbaatar, and TASS "signed 10 agreements" after them; the labels call the two a conflict.  Had Montsame written
the day before, its eleven would have been the programme as previewed, not a report of the signing.
"""

from __future__ import annotations

import datetime as dt

from briefgen.corpus.foretold import foretold, without_foretold
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.possible import possible_conflicts
from briefgen.corpus.proposals import propose_links
from tests.corpus.builders import make_fact

PARTIES = ("Vladimir Putin", "Khaltmaagiin Battulga", "Russia", "Mongolia")
PLAN = "Following the talks, 11 agreements on bilateral cooperation of Mongolia and Russia will be signed."
SIGNED = "After talks, Russia and Mongolia signed 10 agreements on developing cooperation in different areas."
EARLIER = "The two presidents witnessed the signing of 12 agreements in Ulaanbaatar."


def fact(fact_id: str, source: str, quote: str, date: str, amount: int) -> Fact:
    return make_fact(fact_id, source, quote, date, entities=PARTIES, kind="event", topics=("diplomacy",), amount=amount, unit="agreements")


def described(published: dict[str, dt.date], *facts: Fact) -> list[str]:
    """What ``check`` says of the conflicts of these facts, with no link set, once the sources' dates are read."""
    found = possible_conflicts(list(facts), propose_links(list(facts), LinkDecisions()))
    return [c.discrepancy.describe() for c in without_foretold(found, {f.id: f for f in facts}, published)]


def test_a_plans_count_told_the_day_of_the_signing_stays_a_side() -> None:
    plan, signed = fact("plan", "montsame", PLAN, "2019-09", 11), fact("signed", "tass", SIGNED, "2019-09-03", 10)
    said = described({"montsame": dt.date(2019, 9, 3), "tass": dt.date(2019, 9, 3)}, plan, signed)
    assert len(said) == 1 and "'plan' says 11 agreements" in said[0] and "'signed' says 10 agreements" in said[0]


def test_a_plans_count_told_the_day_before_the_signing_is_no_side() -> None:
    plan, signed = fact("plan", "montsame", PLAN, "2019-09", 11), fact("signed", "tass", SIGNED, "2019-09-03", 10)
    assert described({"montsame": dt.date(2019, 9, 2), "tass": dt.date(2019, 9, 3)}, plan, signed) == []
    assert foretold(plan, signed, {"montsame": dt.date(2019, 9, 2)})
    assert not foretold(signed, plan, {"tass": dt.date(2019, 9, 3)})  # a signing reported is no plan


def test_a_plan_dated_to_the_day_it_is_due_is_foretold_by_its_earlier_report() -> None:
    plan, signed = fact("plan", "montsame", PLAN, "2019-09-03", 11), fact("signed", "tass", SIGNED, "2019-09", 10)
    assert foretold(plan, signed, {"montsame": dt.date(2019, 9, 1)})


def test_dates_that_cannot_say_the_report_came_first_leave_the_side() -> None:
    plan, signed = fact("plan", "montsame", PLAN, "2019-09", 11), fact("signed", "tass", SIGNED, "2019-09", 10)
    assert not foretold(plan, signed, {"montsame": dt.date(2019, 9, 2)})  # both known to the month only
    assert not foretold(plan, signed, {})  # an undated report
    said = described({"montsame": dt.date(2019, 9, 2)}, plan, signed)
    assert len(said) == 1


def test_the_signed_counts_still_conflict_without_the_foretold_one() -> None:
    plan = fact("plan", "montsame", PLAN, "2019-09", 11)
    signed = fact("signed", "tass", SIGNED, "2019-09-03", 10)
    earlier = fact("earlier", "xinhua", EARLIER, "2019-09-03", 11)
    published = {"montsame": dt.date(2019, 9, 2), "tass": dt.date(2019, 9, 3), "xinhua": dt.date(2019, 9, 3)}
    said = described(published, plan, signed, earlier)
    assert len(said) == 1 and "'plan'" not in said[0]
    assert "'signed' says 10 agreements" in said[0] and "'earlier' says 11 agreements" in said[0]
