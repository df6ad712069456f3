"""A sentence the splitter cut at ", adding that" is drafted whole, so the draft says who added what.

Invented sentences (people, places and bodies), so that the rule is tested as a class.
"""

from __future__ import annotations

from tests.suggest.drafted_quotes import drafted_quotes


def test_a_statement_and_what_its_speaker_added_are_one_draft() -> None:
    body = (
        "Norland is ready to help rebuild the ports of Vantaa, President Mira Solt said, adding that she believes "
        "faster reconstruction will encourage the return of refugees."
    )
    assert drafted_quotes(body) == [body.rstrip(".")]


def test_the_added_statement_keeps_its_speaker_when_only_it_is_a_claim() -> None:
    body = (
        "This is another historic moment for our two nations, Premier Aldo Renn said, adding that Vantaa will open "
        "two consulates in Norland next year."
    )
    assert drafted_quotes(body) == [body.rstrip(".")]


def test_a_quotation_opening_the_sentence_keeps_its_own_draft_and_the_addition_its_own() -> None:
    # Joined, the draft would keep only the quoted words and lose what was added: the parts stay apart.
    body = (
        "“We have agreed to double our trade in grain with Vantaa,” he said, adding that the joint investment of "
        "under 100 million euros does not reflect the two countries' friendship."
    )
    drafted = drafted_quotes(body)
    assert len(drafted) == 2
    assert drafted[0].startswith("We have agreed to double") and drafted[1].startswith("the joint investment")


def test_two_figures_keep_one_draft_each() -> None:
    body = (
        "The new line will carry 15 million tonnes of cargo a year, Minister Aldo Renn said, adding that trade "
        "between the two countries crossed 4 billion dollars last year."
    )
    assert len(drafted_quotes(body)) == 2


def test_rhetoric_joined_to_a_claim_its_speaker_added_is_drafted_whole() -> None:
    # The first part alone is a flourish; the part added is a claim, and the draft says who made it.
    body = "This is another historic moment for our relations, Premier Aldo Renn said, adding that Vantaa is ready to sign the grain pact."
    assert drafted_quotes(body) == [body.rstrip(".")]


def test_two_parts_that_say_nothing_are_notdrafted_quotes() -> None:
    body = (
        "Norland is willing to view and develop relations with Vantaa from a strategic and long-term perspective, Minister "
        "Aldo Renn said, adding that the friendship between the two peoples enjoys a bright future."
    )
    assert drafted_quotes(body) == []  # (a named side's readiness to work with the other is a claim: see .dispositions)
