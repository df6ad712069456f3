"""The heading of a box of links, alone on its line, is furniture; the paragraphs around it stay the article's.

The lines are real: Business Standard's "Also Read" between two paragraphs (the page below is from its report in the
set intake_final84), Devdiscourse's "ALSO READ" and "- READ MORE ON:", SASEC's "Related links:" and "Read More",
Euromaidan Press's "Read also:".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.text import furniture_kind
from tests.ingest.dry_run import dry_add

BEFORE = (
    '"We are delighted to announce the launch of India-New Zealand Free Trade Agreement (FTA) negotiations," Commerce '
    "Minister Piyush Goyal said in a post on X after holding talks with New Zealand Trade Minister Todd McClay."
)
AFTER = (
    '"This marks a significant milestone in our partnership, reflecting our shared vision to deepen trade ties and '
    'expand economic opportunities," he said.'
)


@pytest.mark.parametrize("line", ["Also Read", "ALSO READ", "- READ MORE ON:", "Related links:", "Read More", "Read also:"])
def test_a_link_box_heading_is_furniture(line: str) -> None:
    assert furniture_kind(line) == "link line"


@pytest.mark.parametrize(
    "line",
    [
        "Read more about the talks in Astana",
        "Related links between the two ports were cut in 2014.",
        "Also read out at the summit was a message from the king.",
    ],
)
def test_a_sentence_that_opens_so_stays_text(line: str) -> None:
    assert furniture_kind(line) is None


def test_the_heading_leaves_the_body_and_both_paragraphs_stay(mini_project: Path, tmp_path: Path) -> None:
    text = f"India important for New Zealand's prosperity, security: PM Luxon in Delhi\n\n{BEFORE}\n\nAlso Read\n\n{AFTER}\n"
    url = "https://www.business-standard.com/amp/external-affairs-defence-security/news/india-important-125031600673_1.html"
    fields = dry_add(mini_project, tmp_path, text, url)
    assert fields["body"] == f"{BEFORE}\n\n{AFTER}\n"


def test_a_heading_over_a_list_of_links_stays_with_its_items(mini_project: Path, tmp_path: Path) -> None:
    # Euromaidan Press (set intake_final38): the draft reader skips the items it finds under the heading.
    last = (
        "The visit follows Ukrainian Foreign Minister Dmytro Kuleba’s trip to Beijing on July 23-25, his first since "
        "Russia’s full-scale invasion began."
    )
    items = (
        "- China invites Ukraine’s foreign minister for talks on “achieving peace” with Russia\n"
        "- Russia has become so economically isolated that China could order the end of its war in Ukraine"
    )
    text = f"Italian Prime Minister Meloni meets with Xi Jinping\n\n{last}\nRead also:\n{items}\n"
    fields = dry_add(mini_project, tmp_path, text, "https://euromaidanpress.com/2024/07/29/italian-prime-minister-meloni/")
    assert fields["body"] == f"{last}\n\nRead also:\n\n" + items.replace("\n", "\n\n") + "\n"
