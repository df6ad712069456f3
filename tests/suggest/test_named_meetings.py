"""A meeting with a counterpart or at a place the sentence names is drafted, whatever generic purpose it is told with.

Sentences of half A's pages (a meeting ahead, a meeting held, a press conference after one) and invented near misses:
a meeting that names no one, or only "shows" a country's effort, and a pose at a meeting stay out.
"""

from __future__ import annotations

from briefgen.suggest.hollow import agenda_only
from briefgen.suggest.named_meetings import meets_someone_named
from briefgen.suggest.worth import check_worthy


def test_a_meeting_ahead_with_named_counterparts_is_drafted_through_its_generic_purpose() -> None:
    for text in (
        "During his stay, Xi will meet with Prime Minister Hun Manet and Senate President Hun Sen to discuss strengthening "
        "bilateral ties and exchanging views on regional and global issues of mutual concern.",
        "Narendra Modi will hold talks with Mitsotakis to discuss ways to further deepen the relationship.",
        "During his visit, Modi will meet with Croatian President Zoran Milanovic and Prime Minister Plenkovic to discuss "
        "ways to deepen cooperation in areas of mutual interest.",
        "Marcos is expected to meet the leaders of Vietnam including President Thuong to discuss the two nations' "
        '"multifaceted relationship".',
    ):
        assert meets_someone_named(text)
        assert check_worthy(text), text


def test_what_was_said_at_a_meeting_held_with_a_named_counterpart_or_at_a_named_place_is_drafted() -> None:
    assert check_worthy(
        "Ishiba told a joint press conference with Lula after their meeting in Tokyo that the two countries will deepen "
        "their cooperation in many fields including diplomacy, trade and investment, and climate change."
    )
    assert check_worthy("Xi and Sisi met outside Beijing's Great Hall of the People as Beijing hosts a forum aimed at deepening ties.")
    assert not agenda_only("Narendra Modi will hold talks with Mitsotakis to discuss ways to further deepen the relationship.")


def test_a_meeting_that_names_no_one_and_a_pose_at_one_stay_out() -> None:
    assert not meets_someone_named("The statement explained that the meeting shows Nigeria's effort to strengthen its partnership.")
    assert not meets_someone_named("The proposal met with resistance from Washington.")
    assert not check_worthy("The two leaders will meet to discuss ways to further deepen the relationship.")
    assert not check_worthy("The leaders discussed ways to further strengthen bilateral cooperation in various fields.")
    assert not check_worthy(
        "Philippine President Marcos and Japan Prime Minister Kishida pose for a photo as they met on the sidelines in New York."
    )
