"""Program code left in a page's text (an ad slot's script mid-report) is furniture, never a paragraph (made-up pages)."""

from __future__ import annotations

import pytest

from briefgen.ingest.text import clean_page, furniture_kind

_LEDE = "The ministers of Freedonia and Sylvania signed twelve agreements in Port Ellis on Tuesday, their offices said."
_SECOND = "The statement said the agreements cover trade, investment and a new rail link between the two capitals."
_AFTER = "One of the agreements is a 640 million euro loan for the port of Varna, the finance ministry said."
_AD_SCRIPT = (
    "var slot_7f3a = function(){ var width = $(window).width(); var content = '%3Cdiv%20class%3D%22ad%22%3E"
    "%3Cins%20data-ad-slot%3D%225551234%22%3E%3C%2Fins%3E%3C%2Fdiv%3E'; if(width > 600) { $self.replaceWith("
    "decodeURIComponent(content)); } }"
)


@pytest.mark.parametrize(
    "line",
    [
        "(adsbygoogle = window.adsbygoogle || []).push({});",
        "})(jQuery);",
        "googletag.cmd.push(function() { googletag.display('ad-slot-2'); });",
        "var refresh = setInterval(tick, 999);",
        '<script async src="%2F%2Fads.example.com%2Fslot%2Floader.js"></script>',
        _AD_SCRIPT,
    ],
)
def test_code_lines_are_scripts(line: str) -> None:
    assert furniture_kind(line) == "script"


@pytest.mark.parametrize(
    "line",
    [
        '"We have agreed on trade; the rest (visas, aid) will follow," the minister said.',
        "Turnout was 62 per cent (up from 58 per cent); the opposition called it a protest vote.",
        "The fund will grow to $2 billion by 2027 (from $1.2 billion); officials did not say how.",
        "Both sides reaffirmed their commitment to the agreement {as signed in 2019}.",
    ],
)
def test_prose_with_semicolons_and_brackets_is_text(line: str) -> None:
    assert furniture_kind(line) is None


def test_ad_script_in_the_middle_of_a_report_is_dropped() -> None:
    page = clean_page(f"{_LEDE}\n{_SECOND}\n{_AD_SCRIPT}\n}})(jQuery);\n{_AFTER}\n")
    [part] = page.parts
    assert part.paragraphs == [_LEDE, _SECOND, _AFTER]
    assert [r.text for r in part.removed_of("script")] == [_AD_SCRIPT, "})(jQuery);"]
