"""Words a named speaker "told" someone, or gave in reply, are the speaker's statement, as "said" makes them.

Made-up sentences: Dalen leads Norland, hosting Vestria's president.
"""

from __future__ import annotations

import pytest

from briefgen.suggest.worth import check_worthy


@pytest.mark.parametrize(
    "sentence",
    [
        "Dalen told reporters that the harbour dispute with Vestria was now behind them.",
        "\u201cThe level of trust we have reflects our standing in the region,\u201d Dalen told reporters.",
        "Dalen responded that he and Osk still had a working channel on the river border.",
    ],
)
def test_a_statement_told_or_given_in_reply_is_drafted(sentence: str) -> None:
    assert check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # generic words addressed to a guest stay generic: "told" is no position on named things
        "Dalen told his guest, \u201cNorland is willing to deepen cooperation with Vestria and Ostria.\u201d",
        "The guards were told the harbour would stay open.",  # the passive names no speaker
        "He told reporters that the harbour dispute with Vestria was now behind them.",  # the draft would not say who
    ],
)
def test_generic_words_passive_or_unnamed_telling_stay_out(sentence: str) -> None:
    assert not check_worthy(sentence)
