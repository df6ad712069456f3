"""A quotation of a few sentences closed by any speaker, and where and when they spoke, is drafted as one span.

Real paragraphs of the development sets (half A).
"""

from __future__ import annotations

from briefgen.suggest.run_attributions import closes_with_attribution
from tests.suggest.drafted_quotes import drafted_quotes

# intake_final68, eqmagpro: the speaker named, then where and when he spoke.
NEPAL = (
    "“Long-term power trade agreement has been established between India and Nepal today. This will give strength to "
    "the power sector of our countries,” PM Modi said in a joint briefing at the Hyderabad House Thursday."
)
# intake_final76, The Statesman: a pronoun, then where and when.
POLAND = (
    "“My visit to Poland comes as we mark 70 years of our diplomatic relations. Poland is a key economic partner in "
    "Central Europe,” he said in his departure statement earlier today."
)
# intake_final80, Inquirer: a pronoun alone.
PACTS = (
    "“We have… upwards of six agreements to be concluded. And though the working day is not yet over, we expect more "
    "to come on line,” she added."
)


def test_a_quotation_closed_by_its_speaker_and_where_and_when_he_spoke_is_one_draft() -> None:
    assert drafted_quotes(NEPAL) == [NEPAL.rstrip(".")]


def test_a_quotation_closed_by_a_pronoun_is_one_draft_of_its_words() -> None:
    assert drafted_quotes(POLAND) == [
        "My visit to Poland comes as we mark 70 years of our diplomatic relations. Poland is a key economic partner in Central Europe"
    ]
    assert drafted_quotes(PACTS) == [
        "We have… upwards of six agreements to be concluded. And though the working day is not yet over, we expect more to come on line"
    ]


def test_attributions_saying_who_spoke_where_and_when_close_the_run() -> None:
    for closing in (
        "This will give strength to the power sector of our countries,” PM Modi said in a joint briefing at the Hyderabad House Thursday.",
        "Poland is a key economic partner in Central Europe,” he said in his departure statement earlier today.",
        # intake_final80, Global Legal Review
        "We have good prospects in a number of promising and very interesting areas of cooperation,” Putin said, as reported by "
        "Russian state media outlet TASS.",
        # intake_final80, Malaya
        "We are committed to peace, security, prosperity and the rules-based order in the Indo-Pacific Region,” the Prime Minister said.",
    ):
        assert closes_with_attribution(closing, "“"), closing


def test_an_attribution_saying_more_does_not_close_the_run() -> None:
    for closing in (
        # intake_eval, Business Today: what he added is a statement of its own
        "We are moving forward with determination to achieve that goal ahead of time,” he said, adding that talks on a Free "
        "Trade Agreement (FTA) with the Eurasian Economic Union (EAEU) have already begun.",
        # intake_final54, National Herald: a paper's reading, quoted by another page
        "Greece could be the first point of call for the India Middle East Europe Corridor in Europe,” noted The Economic Times.",
        "Poland is a key economic partner in Central Europe.” He said in his departure statement earlier today.",  # no comma: closed
    ):
        assert not closes_with_attribution(closing, "“"), closing


# Own sample (dtnext.in, 2017; hanoitimes.vn, 2019): a post on a platform closes the quotation like "said" does.
POSTED = "Important strategic issues to discuss with a true friend!,” Trump posted on his official (@POTUS) Twitter handle."
TWEETED = "Chairman Kim will make a wise decision!” he tweeted on February 25."
# intake_final104, ETV Bharat: four sentences of a post, the label citing the first three with the post's speaker.
DRUK = (
    "“It is with great humility that I accept the Order of the Druk Gyalpo. I am grateful to HM the King of Bhutan for "
    "presenting the Award. I dedicate it to the 140 crore people of India. I am also confident that India-Bhutan "
    "relations will keep growing and benefit our citizens,” PM Modi posted on X."
)


def test_a_post_or_a_tweet_closes_a_quotation_as_said_does() -> None:
    assert closes_with_attribution(POSTED, "“")
    assert closes_with_attribution(TWEETED, "“")


def test_a_quotation_closed_by_a_post_on_x_is_one_draft() -> None:
    # its words are a claim on their own, so the draft quotes them within the marks (see .attributed_quotes)
    assert drafted_quotes(DRUK) == [DRUK[1 : DRUK.index(",”")]]
