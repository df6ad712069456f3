"""A quotation of a few sentences opened by the writer's clause naming its speaker, however it brings them in, is one draft.

Real paragraphs of the development sets (half A), and invented ones (people, places and bodies) where a class is tested.
"""

from __future__ import annotations

from briefgen.suggest.run_openers import opened_by_speaker
from tests.suggest.drafted_quotes import drafted_quotes

# intake_final40, Firstpost: a pronoun, and words the filters read as rhetoric together.
INDO_PACIFIC = (
    "He added, “Australia and India share a commitment to a stable, secure and prosperous Indo-Pacific. Together we have "
    "an important role to play in supporting this vision.”"
)
# intake_final56, PAP: what the speaker did, then ", saying" and a quotation going on in lower case.
PROCUREMENT = (
    'Merz pointed to the need for greater European cooperation in defence procurement, saying "we are producing too '
    'little. We need common standards and streamlined systems in Europe."'
)
# intake_final76, The Statesman: a title, and a post on a platform.
WARSAW = (
    "The Prime Minister posted on X: “Landed in Poland. Looking forward to the various programmes here. This visit will "
    "add momentum to the India-Poland friendship and benefit the people of our nations.”"
)
# intake_final80, Global Legal Review: closed by its speaker, only the last sentence's words kept by the filters.
INDONESIA = (
    "“Our relations with Indonesia are developing steadily. Trade turnover is growing. We have good prospects in a number "
    "of promising and very interesting areas of cooperation,” Putin said, as reported by Russian state media outlet TASS."
)
CONSULATES = "We are opening three new consulates in Vantaa this year. Our trade with Vantaa will double by 2030."


def test_a_quotation_the_writer_brings_in_with_its_speaker_is_one_draft() -> None:
    for body in (INDO_PACIFIC, PROCUREMENT, WARSAW):
        assert drafted_quotes(body) == [body], body


def test_a_quotation_closed_by_its_speaker_is_one_draft_when_only_its_last_sentence_is_drafted_alone() -> None:
    assert drafted_quotes(INDONESIA) == [INDONESIA.rstrip(".")]


def test_thanks_opened_by_their_speaker_stay_out() -> None:
    body = "Minister Aldo Renn thanked his hosts, saying: “I thank President Lena Osei for the warm welcome. We are happy to be in Vantaa.”"
    assert drafted_quotes(body) == []


def test_a_quotation_the_page_quotes_from_a_document_keeps_one_draft_per_sentence() -> None:
    for opening in ("The statement said: ", "It said: "):
        body = f"{opening}“{CONSULATES}”"
        assert not any("consulates" in quote and "trade" in quote for quote in drafted_quotes(body)), opening


def test_openers_naming_the_speaker() -> None:
    for text in (
        'He asserted that, "France is the entry point to Europe.',
        "Lee urged Trump to pursue peace on the Korean Peninsula, saying, “As the last divided nation in the world, we must achieve peace.",
        "During a joint press conference with Polish Prime Minister Donald Tusk, Merz emphasized the importance of a close "
        'partnership between Germany and Poland, stating, "In the heart of Europe, a close German-Polish partnership must be a '
        "matter of course.",
        "The prime minister said: “Canada and the US are our allies.",
        "Speaking to reporters in Nicosia on Monday, Christodoulides said, “We are ready.",
    ):
        match = opened_by_speaker(text)
        assert match is not None and match.group("mark") in '“"', text


def test_openers_naming_no_speaker() -> None:
    for text in (
        "It said: “We are ready.",
        "The statement said: “We are ready.",
        "“We are ready,” the minister said.",  # the quotation opens the sentence: a closing attribution, if any
        "Analysts believe the “reset” will last.",  # a quoted word inside the writer's own sentence
    ):
        assert opened_by_speaker(text) is None, text


# intake_final104, TWF India: the writer's scene, then the speaker by title after a small "the".
BHUTAN = (
    "After his arrival in Bhutan, the Indian PM posted on X: “Thank you for the warm welcome to Bhutan, PM "
    "@tsheringtobgay. May India-Bhutan friendship keep scaling new heights.”"
)


def test_a_title_after_a_small_the_names_the_speaker() -> None:
    assert opened_by_speaker(BHUTAN) is not None
    assert drafted_quotes(BHUTAN) == [BHUTAN.rstrip(".")]
