"""A speaker's view on a named issue of the day (a war, migration, tariffs, the UN) is drafted; praise and values are not.

The sentences are from the labelled pages of half A: the views are labelled claims the worth test used to drop as
emphasis, the others are judged rejects or the kind of line the rule must leave out.
"""

from __future__ import annotations

import functools

import pytest

from briefgen.suggest.issue_views import view_on_issue
from briefgen.suggest.worth import check_worthy
from tests.suggest.drafting import spans_drafted

VIEW = (
    "According to Tokayev, deepening rivalry among major powers has rendered the UN Security Council "
    "unable to resolve large-scale conflicts"
)
PRAISE = "President Aliyev said that goodwill between the two countries reflects deep feelings between the people on both sides"
BODY = f"Kassym-Jomart Tokayev delivered a lecture at the United Nations University in Tokyo on Monday.\n\n{VIEW}.\n\n{PRAISE}."

_drafted = functools.partial(spans_drafted, ref_year=2025)


def test_the_view_on_the_security_council_is_drafted_and_the_praise_beside_it_is_not() -> None:
    drafted = _drafted(BODY)
    assert VIEW in drafted
    assert not any("goodwill" in text for text in drafted)


@pytest.mark.parametrize(
    "sentence",
    [
        "She noted that the return of refugees and the defence of EU external borders against smuggling remain major challenges.",
        f"{VIEW}.",
        "He emphasised the tragic loss of life from the bombing of a refugee camp in Rafah.",
        "In a joint press statement, Prabowo called on Israel to officially recognize the sovereignty of the State of Palestine.",
        # the attribution closes the view: what the two leaders said comes before it
        "The discussions focused on current regional and global issues, particularly the war in Gaza, "
        "the two leaders said in a joint news conference after the meeting.",
        'Albanian police will provide "security and surveillance" at the two migrant centres '
        "which Italy will fund and build, Meloni noted.",
    ],
)
def test_a_view_on_a_named_issue_is_worth_a_draft(sentence: str) -> None:
    assert view_on_issue(sentence)
    assert check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a recital of values, the same at every visit
        "Both leaders underscored their firm commitment to democracy, freedom, human rights and rule of law as key values "
        "in promoting peace, stability and development.",
        "During the discussions, both leaders reaffirmed their commitment to peace, security, sovereignty, and territorial integrity.",
        # praise of the ties, whoever stresses it
        "President Vladimir Putin, who brought a large business delegation to India, "
        "highlighted the scale and potential of the relationship.",
        # the visit, not a speaker, underscores it; and the issue is no part of what was said
        "The visit underscored the shared commitment of Pakistan and Uzbekistan to deepen collaboration in defence.",
        "Amid the war in Ukraine, Modi said that the ties between the two countries are strong.",
    ],
)
def test_values_praise_and_the_writers_setting_are_no_view_on_an_issue(sentence: str) -> None:
    assert not view_on_issue(sentence)
