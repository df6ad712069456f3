"""Which sentences ``suggest`` drafts, seen in the drafts it prints: split where the page splits them, junk left out."""

from __future__ import annotations

import shutil

import pytest
import yaml

from briefgen.suggest.sentences import Sentence, Span, before_the_cut, cut_off, quotable_span, split_sentences
from tests.conftest import REPO, run_cli

ARTICLE = """Pakistan and Uzbekistan sign transit accord

TASHKENT: Pakistan and Uzbekistan on Monday signed a transit trade agreement in Tashkent.

WE WILL DOUBLE OUR TRADE, SAYS DAR
Pointing out that the accord opens a route through Afghanistan, Dar said the two sides would ship 5,000 containers a year.

“Trade has grown every year,” the minister said, adding that talks on a preferential trade agreement have already begun.

Ishaq Dar thanked the Uzbek President and conveyed the greetings and best wishes of the Prime Minister.

Both sides expressed a strong desire to further deepen cooperation across the entire spectrum of bilateral relations.

Read: Pakistan, Uzbekistan agree to boost trade

Dar (left) with his Uzbek counterpart at the signing ceremony in Tashkent.

You can help us survive with a monthly membership or a single donation.

The two ministers also agreed to open a joint freight office in Termez and to review rail tariffs under the new \
transit accord by the end of the ye"""


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    root = tmp_path_factory.mktemp("sentences") / "repo"
    root.mkdir()
    for name in ("facts", "briefs", "templates"):
        shutil.copytree(REPO / name, root / name)
    article = root / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    added = run_cli("sources", "add", str(article), "--published", "2023-02-21", "--id", "uzb-transit", cwd=root)
    assert added.code == 0, added.stderr
    result = run_cli("suggest", "uzb-transit", "--dry-run", cwd=root)
    assert result.code == 0, result.stderr
    return [str(d["quote"]) for d in yaml.safe_load(result.stdout)]


def test_a_line_break_ends_a_sentence(drafted: list[str]) -> None:
    """A heading glued to the next line by a single line break is not part of the sentence under it."""
    assert (
        "Pointing out that the accord opens a route through Afghanistan, Dar said the two sides would ship 5,000 containers a year"
        in drafted
    )
    assert not [q for q in drafted if "SAYS DAR" in q]  # and a heading in capitals is not drafted


def test_what_follows_adding_that_keeps_its_speaker(drafted: list[str]) -> None:
    """Cut at ", adding that", the second half would lose who said it: the sentence is drafted whole (see .added_statements)."""
    assert (
        "“Trade has grown every year,” the minister said, adding that talks on a preferential trade agreement have already begun" in drafted
    )
    assert "talks on a preferential trade agreement have already begun" not in drafted


@pytest.mark.parametrize(
    "words",
    [
        "thanked the Uzbek President",  # a courtesy
        "further deepen cooperation",  # generic prose with nothing specific
        "Read:",  # navigation
        "(left)",  # a photo caption
        "donation",  # an appeal to the reader
    ],
)
def test_junk_is_not_drafted(drafted: list[str], words: str) -> None:
    assert not [q for q in drafted if words in q]


def test_an_excerpt_cut_mid_word_keeps_only_whole_words(drafted: list[str]) -> None:
    assert (
        "The two ministers also agreed to open a joint freight office in Termez and to review rail tariffs under the new transit accord "
        "by the end" in drafted
    )  # "of the ye" goes: a partial word, and the words it leaves dangling


def test_the_checkable_sentences_are_all_drafted(drafted: list[str]) -> None:
    assert "Pakistan and Uzbekistan on Monday signed a transit trade agreement in Tashkent" in drafted
    assert len(drafted) == 4


@pytest.mark.parametrize(
    "cut",
    [
        # Real last lines of half-A pages (intake_final12, 74, 52, 36): the cut fell inside the clause and took what it
        # was about; the few words left name who acted, not what was done.
        "PM Modi and President Dissanayake also virtually inaugurated t",
        "Qatar is already a big investor in Britain through t",
        "Mr El Sisi’s spokesman said it reflected “the depth o",
        "Ramaphosa said South Africa will remain a trustworthy and reliabl",
        # A preposition left at the cut (intake_final68, intake_final50) goes, and the clause is then too short.
        "In November 2019, a border disputed flared up between India and Nepal over the Kalapa",
        "During the meeting with her, Tokayev noted that he was very optimistic about the",
    ],
)
def test_a_short_clause_the_cut_broke_into_is_not_drafted(cut: str) -> None:
    assert before_the_cut(Span(0, len(cut), cut, "", "")) is None


@pytest.mark.parametrize(
    ("cut", "kept"),
    [
        # The cut fell after a comma (intake_final86): the clause before it is whole, however short.
        ("He delivered a speech Monday at Universiti Malaya, wh", "He delivered a speech Monday at Universiti Malaya"),
        # A clause broken into that keeps enough words still says what was done (intake_final4).
        (
            "This is Erdoğan’s second visit to Hungary this year; he previously visited Budapest on August ",
            "This is Erdoğan’s second visit to Hungary this year; he previously visited Budapest",
        ),
        # A preposition with nothing after it is no end of a statement (intake_final18).
        (
            "In 2015, the two sides agreed to link Kazakhstan’s railways to China’s Belt and Road Initiative, incorporating "
            "the capital city, Astana, into the gl",
            "In 2015, the two sides agreed to link Kazakhstan’s railways to China’s Belt and Road Initiative, incorporating "
            "the capital city, Astana",
        ),
    ],
)
def test_a_cut_sentence_stands_when_its_clause_is_whole_or_long(cut: str, kept: str) -> None:
    span = before_the_cut(Span(0, len(cut), cut, "", ""))
    assert span is not None and span.text == kept


def test_a_quotation_closed_before_the_cut_stands() -> None:
    """The cut fell in the words naming the speaker (intake_final90): the quotation itself is whole."""
    cut = 'Cooperation will also be increased in shipbuilding and cyber security," remarked PM Mod'
    span = before_the_cut(Span(0, len(cut), cut, "", ""))
    assert span is not None and span.text.startswith("Cooperation will also be increased in shipbuilding and cyber security,")


@pytest.mark.parametrize(
    ("ending", "last_quote"),
    [
        # VietnamPlus (intake_final137): the Vietnam News Agency's name glued to the report's last full stop.
        (
            "The two countries target a trade value of 4 billion USD by 2020.-VNA",
            "The two countries target a trade value of 4 billion USD by 2020",
        ),
        # A wire's name after a closing quotation mark and a dash.
        (
            "“Our trade with Malaysia grew by a fifth to RM91.89 billion last year.”—AN",
            "Our trade with Malaysia grew by a fifth to RM91.89 billion last year",
        ),
    ],
)
def test_a_wire_credit_glued_to_the_last_stop_is_no_cut_and_no_word_of_the_quote(ending: str, last_quote: str) -> None:
    assert not cut_off("Turkey and Vietnam signed two agreements in Hanoi on Tuesday.\n" + ending)
    sentence = Sentence(0, len(ending), ending, 0)
    assert quotable_span(sentence).text == last_quote


def test_a_body_stopping_on_a_capitalised_word_is_still_cut() -> None:
    """Without a full stop before the dash, the words are the sentence's own: the excerpt stopped mid-sentence."""
    assert cut_off("The minister met the delegation of Vietnam")
    assert cut_off("The two countries target a trade value - Hanoi")


# intake_final96, Daily Guardian: "added that" is the sentence's own verb after its subject, not a second statement.
CHANCELLOR = (
    'The German chancellor added that Europe must focus on key issues, including Ukraine, energy and "a strong NATO '
    'in an era of great power" that "does more for the Arctic".'
)
# Own sample (Prensa Latina, 2024): ", and added that" after a comma reports a second statement, and is cut there.
HYDROCARBONS = (
    "This will contribute to increase trade and investments between the two nations, he said, and added that there is "
    "interest in exchanging experiences and knowledge in the field of hydrocarbons and in other areas."
)


def test_a_bare_added_that_after_its_subject_does_not_cut_the_sentence() -> None:
    assert [s.text for s in split_sentences(CHANCELLOR)] == [CHANCELLOR]


def test_a_comma_and_added_that_still_cuts_the_sentence() -> None:
    assert [s.text for s in split_sentences(HYDROCARBONS)] == [
        "This will contribute to increase trade and investments between the two nations, he said",
        "there is interest in exchanging experiences and knowledge in the field of hydrocarbons and in other areas.",
    ]
