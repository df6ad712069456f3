"""A named meeting's day carried to the undated past sentences after it that name its people again, on real pages
(an outlet and relations no labelled set uses)."""

from __future__ import annotations

import datetime as dt

from briefgen.corpus.loader import Corpus
from briefgen.suggest.meeting_days import meeting_people
from tests.suggest.drafting import drafted

# South Asia Network TV (sicomedia), 19 November 2023, a Sunday: the meeting was on the Friday, the 17th.
_MALDIVES = (
    "The newly inaugurated Maldivian President Dr. Mohamed Muizzu has accepted an invitation by Sri Lankan President "
    "Ranil Wickremesinghe to make a state visit to Colombo.\n\n"
    "Wickremesinghe invited Muizzu to make a state visit to Sri Lanka during a meeting at Kurumba Maldives on Friday "
    "evening.\n\n"
    "According to the President’s Office, Muizzu accepted the invitation.\n\n"
    "At the meeting, Muizzu expressed his gratitude and extended a warm welcome to the Sri Lankan president for "
    "visiting Maldives to attend his inauguration.\n\n"
    "During the meeting, the two leaders highlighted on the long-standing bilateral relations between the Maldives and "
    "Sri Lanka, and discussed ways to further strengthen the relations between both countries.\n\n"
    "They discussed various issues of mutual interest, including education, multiple visa entry for students under 18, "
    "and economic recovery efforts."
)
_SUNDAY = dt.date(2023, 11, 19)


def _dates(corpus: Corpus, body: str, published: dt.date) -> dict[str, str]:
    return {" ".join(str(d.fields["quote"]).split()[:4]): str(d.fields["date"]) for d in drafted(corpus, body, published=published)}


def test_a_sentence_naming_the_meeting_s_people_again_takes_its_day(corpus: Corpus) -> None:
    dates = _dates(corpus, _MALDIVES, _SUNDAY)
    assert dates["According to the President’s"] == "2023-11-17"  # not the Sunday it was printed
    assert dates["At the meeting, Muizzu"] == "2023-11-17"


def test_a_sentence_naming_none_of_them_takes_the_day_the_second_paragraph_gives(corpus: Corpus) -> None:
    # A pronoun ties nothing to the meeting's people here; the Friday it gets is the occasion's, from the paragraph
    # after the lede that retells the meeting with its day (suggest/second_ledes.py).
    notes = {" ".join(str(d.fields["quote"]).split()[:4]): d.date_note for d in drafted(corpus, _MALDIVES, published=_SUNDAY)}
    assert "the paragraph after the lede" in notes["They discussed various issues"]
    assert _dates(corpus, _MALDIVES, _SUNDAY)["They discussed various issues"] == "2023-11-17"


def test_the_people_of_a_meeting_are_its_names_not_its_places_or_titles() -> None:
    # thetransparency.uk, 1 September 2023
    sentence = (
        "Russian Foreign Minister Sergei Lavrov and his Turkish counterpart Hakan Fidan held talks in Moscow on "
        "Thursday, to discuss the issues to be addressed at an upcoming meeting between their two leaders, Vladimir "
        "Putin and Recep Tayyip Erdogan."
    )
    assert meeting_people(sentence) == {"Lavrov", "Fidan", "Putin", "Erdogan"}
    assert meeting_people(_MALDIVES.split("\n\n")[1]) == {"Wickremesinghe", "Muizzu"}  # "at Kurumba Maldives" is a place
