"""A page's readers' comment box is furniture: its lines are not archived as the report's last paragraphs.

The lines are real, copied from the pages named beside them (a WordPress form on Lodz Post, Blogger's footer on two
blogs that repost agency copy, the boxes of New Kerala, Zaman al-Wasl and Xinhua); the page below is the end of the
Derby4Europe post in the set intake_final66, whose comment heading was kept as its last paragraph.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.commentforms import comment_form_kind
from briefgen.ingest.text import furniture_kind
from tests.ingest.dry_run import dry_add


@pytest.mark.parametrize(
    "line",
    [
        "Be the first to comment",  # Lodz Post (WordPress)
        "Leave a Reply",
        "Your email address will not be published.",
        "Time limit is exhausted. Please reload the CAPTCHA.",
        "We will be happy to hear your thoughts",  # reviewer4you.com, over "Leave a reply"
        "No comments:",  # Blogger, a blog reposting the Philippine News Agency
        "Post a Comment",
        "Note: Only a member of this blog may post a comment.",
        "Comments",  # Blogger, a blog reposting Yonhap
        "Popular posts from this blog",
        "Leave a Comment",  # New Kerala
        "Thank you! Your comment has been submitted successfully.",
        "Comments About This Article",  # Zaman al-Wasl
        "Comments (0)",  # Xinhua
        "Leave a comment",  # Windows to Russia, Derby4Europe
        "About The Author",  # West Africa Weekly: the author box's heading between the story and the form
    ],
)
def test_a_comment_box_line_is_furniture(line: str) -> None:
    assert comment_form_kind(line) == "comment form"
    assert furniture_kind(line) == "comment form"


@pytest.mark.parametrize(
    "line",
    [
        "Comment",  # a section's name over an opinion piece: a label, not the comment box
        "The Foreign Ministry did not respond to a request for comment.",
        "Comments by the minister drew a sharp reply from Baku.",
        "Leave a comment below if you attended the forum in Astana.",
        "No comments were made by the embassy on Sunday.",
        "About the author of the proposal, the minister said little.",
    ],
)
def test_a_sentence_about_comments_stays_text(line: str) -> None:
    assert comment_form_kind(line) is None


def test_the_comment_heading_under_a_post_leaves_the_body(mini_project: Path, tmp_path: Path) -> None:
    last = "However, it looks as though someone is finally trying to reverse that."
    text = f"After Macron, Merz\n\n{last}\n\nLeave a comment\n"
    fields = dry_add(mini_project, tmp_path, text, "https://derby4europe.net/2025/07/24/after-macron-merz")
    assert fields["body"] == f"{last}\n"


def test_an_author_box_heading_makes_no_second_article(mini_project: Path, tmp_path: Path) -> None:
    lede = (
        "Niger’s Prime Minister, Ali Lamine Zeine, met with Chadian President Mahamat Idriss Déby Itno in N’Djamena on "
        "October 31, 2025, on the sidelines of the 3rd session of the Chad–Niger Joint Cooperation Commission."
    )
    text = f"Niger and Chad Deepen Bilateral Cooperation\n\n{lede}\n\nAbout The Author\n\nLeave a comment\n\nLeave a Reply\n"
    fields = dry_add(mini_project, tmp_path, text, "https://westafricaweekly.com/niger-and-chad-deepen-bilateral-cooperation")
    assert fields["title"] == "Niger and Chad Deepen Bilateral Cooperation"
    assert fields["body"] == f"{lede}\n"
