"""The writer's inferences and a mood no one named holds get no draft; acts, stands and counts beside them keep theirs."""

from __future__ import annotations

import datetime as dt

from briefgen.suggest.conjectures import is_conjecture
from briefgen.suggest.selection import drafted_spans
from briefgen.suggest.sentences import split_sentences


def test_the_writers_inference_is_read() -> None:
    assert is_conjecture("It’s also easy to see why Hipkins may be reluctant to return home and walk into the unfolding storm.")
    assert is_conjecture(
        'But it was easy to see his repeated advocacy of "fair play in international commerce" as a criticism of Trump\'s '
        "recent punitive trade measures."
    )
    assert is_conjecture(
        "It is likely that their upcoming meeting will address defense cooperation, given Prabowo’s military background "
        "and existing partnerships."
    )
    assert is_conjecture("It appeared, Zambry had set things up for his boss to have a major media ‘coup’ during his visit.")
    assert is_conjecture("The Malaysian media seemed to pick up interest whereby all Anwar’s meetings were reported on an hourly basis.")


def test_a_mood_with_no_holder_named_is_read() -> None:
    assert is_conjecture(
        "The shift in leadership in both London and Ottawa, however, has raised hopes of a reset in relations and the "
        "potential for renewed momentum on a deal."
    )
    assert is_conjecture(
        "There is also growing concern in the EU about China flooding the bloc with discounted goods as a result of US "
        "tariffs, which would hurt European producers."
    )
    assert is_conjecture("Consequently, there were some expectations of an historic announcement that might be made during Anwar’s visit.")
    assert is_conjecture(
        "The North American trade pact, renewed in 2018, faced strains under former U.S. President Donald Trump, who "
        "imposed tariffs and fueled speculation about separate deals."
    )


def test_concerns_a_side_raised_and_states_of_affairs_stay() -> None:
    assert not is_conjecture(
        "This will be the second face-to-face meeting between Marcos and Xi, and comes as the Philippines has raised "
        "concerns over reported Chinese construction activities."
    )
    assert not is_conjecture("Landlocked Laos has been a staunch regional backer of China but debt concerns are mounting.")
    assert not is_conjecture(
        "Israel’s “right to exist” is “irrefutable”, declared Olaf Scholz during a press conference with the Turkish "
        "president, who recently appeared to question the legitimacy of the Jewish state."
    )


def test_a_conjecture_that_counts_something_stays() -> None:
    assert not is_conjecture("It is likely that the two sides will sign agreements worth $2 billion during the visit.")


def test_the_drafts_keep_the_meeting_and_leave_out_the_guess_about_its_agenda() -> None:
    body = "\n\n".join(
        [
            "Indonesian President Prabowo Subianto will meet Prime Minister Mark Carney in Ottawa on Wednesday.",
            "It is likely that their upcoming meeting will address defense cooperation, given Prabowo’s military "
            "background and existing partnerships.",
        ]
    )
    spans = drafted_spans(body, split_sentences(body), None, False, dt.date(2025, 9, 22), 2025, "Prabowo to visit Canada")
    drafted = [span.text for _, span, _ in spans]
    assert any("will meet Prime Minister Mark Carney in Ottawa" in text for text in drafted)
    assert not any("It is likely that" in text for text in drafted)
