"""Published in English names a language, not the paper the text appears in; "Published in Dawn" still names one."""

from __future__ import annotations

from briefgen.ingest.outlets import stated_outlet


def test_a_language_is_no_outlet() -> None:
    assert stated_outlet(["Publication date 3.3.2031 15.35 | Published in English on 3.3.2031 at 16.20"]) is None


def test_a_paper_still_is() -> None:
    found = stated_outlet(["Published in Westmark Daily, March 5th, 2031"])
    assert found is not None
    assert found.value == "Westmark Daily"
