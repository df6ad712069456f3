"""A photo caption telling the moment its picture shows is no headline: the subject "being" done to, "pictured" or
"seen" somewhere, or having "met with" someone.  With no true headline above the lede, the headline stays empty
rather than taking the caption.  Every page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.header import headline_like
from tests.ingest.dry_run import dry_add


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("PM Rask being presented with the guard of honour upon his arrival in Port Avel on May 1, 2024. KW", False),
        ("Prime Minister Tomas Rask met with Ostland President Anna Vell", False),
        ("President Vell pictured at the Harbour Palace during the signing", False),
        ("Foreign Minister Lind seen with his Westmark counterpart in Port Avel", False),
        ("Ostland President Anna Vell shook hands with PM Rask at the harbour", False),
        ("Rask meets Vell as Ostland and Westmark open the harbour", True),
        ("PM Rask receives guard of honour in Port Avel", True),
        ("Ostland growth seen slowing as harbour trade falls", True),
        ("Vell welcomed with honours in Port Avel", True),
    ],
)
def test_a_picture_s_moment_is_no_headline(line: str, headline: bool) -> None:
    assert headline_like(line) is headline


@pytest.mark.parametrize(
    "caption",
    [
        "PM Rask being presented with the guard of honour upon his arrival in Port Avel on May 1, 2024. KW",
        "Prime Minister Tomas Rask met with Ostland President Anna Vell",
    ],
)
def test_sources_add_leaves_the_headline_empty_under_a_caption(mini_project: Path, tmp_path: Path, caption: str) -> None:
    text = (
        f"{caption}\n\n"
        "PORT AVEL: Prime Minister Tomas Rask on Tuesday landed in Port Avel on a two-day official visit to meet Ostland's leaders.\n\n"
        "On his arrival at the harbour, the prime minister was given a red carpet welcome, his office said in a statement.\n\n"
        "The two sides are expected to sign agreements on shipping and customs during the visit, officials said.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://news.example/print/1822-rask-arrives-in-port-avel-to-meet-ostland-leaders")
    assert fields.get("title", "") == ""
    assert fields["place"] == "Port Avel"
