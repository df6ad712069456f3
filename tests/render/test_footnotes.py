"""Footnote text: who published the article, its headline, when, and the quote as the source has it."""

from __future__ import annotations

import pytest

from briefgen.corpus.models import Fact, Source
from briefgen.render.footnotes import footnote_html, group_passages, passage_note_html, quote_with_ellipses, source_citation
from tests.rendering import read_html

BODY = (
    "ISLAMABAD: Pakistan and Belarus have agreed to locally assemble Belarusian tractors.\n\n"
    "The trade volume stood at US$50.2 million in 2019, officials said. It was “a good year”.\n\n"
    "The minister said: “Trade will double.” Officials agreed (in part) with him.\n\n"
    "HEADLINE WITHOUT A FULL STOP\n \n"
    "A new paragraph starts here and runs on\n\n"
    "LAHORE, (Agency - 10 Apr 2025) Pakistan signed (on Monday) and the rest followed.\n\n"
    "The article ends without punctuation"
)


def source(**fields: str) -> Source:
    return Source.model_validate({"id": "test-source", "body": BODY, **fields})


def fact(quote: str, fact_id: str = "test-fact") -> Fact:
    return Fact.model_validate(
        {"id": fact_id, "claim": "A claim.", "source": "test-source", "quote": quote, "date": "2019", "topics": ["trade"]}
    )


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            {"outlet": "Business Recorder", "title": "Lukashenko set to visit", "published": "2024-11-16"},
            "Business Recorder, “Lukashenko set to visit”, 16 November 2024",
        ),
        ({"outlet": "Business Recorder", "title": "Lukashenko set to visit"}, "Business Recorder, “Lukashenko set to visit”, undated"),
        ({"outlet": "Business Recorder", "published": "2024-11-16"}, "Business Recorder, 16 November 2024"),
        ({"outlet": "Business Recorder"}, "Business Recorder, undated"),
        ({"title": "Lukashenko set to visit", "published": "2024-11-16"}, "“Lukashenko set to visit”, 16 November 2024"),
        ({"title": "Lukashenko set to visit"}, "“Lukashenko set to visit”, undated"),
        # Neither outlet nor headline: named by its opening words, as bibliographies name an untitled work.
        ({"published": "2025-01-31"}, "Report beginning “ISLAMABAD: Pakistan and Belarus have agreed to…”, 31 January 2025"),
        ({}, "Report beginning “ISLAMABAD: Pakistan and Belarus have agreed to…”, undated"),
        ({"outlet": "", "title": "  ", "published": ""}, "Report beginning “ISLAMABAD: Pakistan and Belarus have agreed to…”, undated"),
    ],
)
def test_source_citation_states_only_what_the_source_states(fields: dict[str, str], expected: str) -> None:
    assert str(source_citation(source(**fields))) == expected


def test_source_citation_escapes_markup() -> None:
    html = str(source_citation(source(outlet="<b>Evil</b> & Co", title='"><script>alert(1)</script>', published="2024-11-16")))
    page = read_html(html)
    assert page.tag_names == set()
    assert page.text == '<b>Evil</b> & Co, “"><script>alert(1)</script>”, 16 November 2024'


@pytest.mark.parametrize(
    ("quote", "shown"),
    [
        (
            "Pakistan and Belarus have agreed to locally assemble Belarusian tractors.",
            "Pakistan and Belarus have agreed to locally assemble Belarusian tractors.",
        ),
        ("have agreed to locally assemble", "…have agreed to locally assemble…"),
        ("Pakistan and Belarus have agreed", "Pakistan and Belarus have agreed…"),
        ("assemble Belarusian tractors.", "…assemble Belarusian tractors."),
        ("The trade volume stood at US$50.2 million in 2019", "The trade volume stood at US$50.2 million in 2019…"),
        ("It was “a good year”.", "It was “a good year”."),
        ('It was "a good year"', "It was “a good year”…"),  # the full stop after the quote mark is left out
        ("a good year", "…a good year…"),
        ("Trade will double.", "Trade will double."),
        ('"Trade will double."', "“Trade will double.”"),
        ("Officials agreed", "Officials agreed…"),
        ("agreed (in part)", "…agreed (in part)…"),
        ("(in part) with him.", "…(in part) with him."),
        ("Pakistan signed", "Pakistan signed…"),  # after a dateline in brackets
        ("(Agency - 10 Apr 2025) Pakistan", "…(Agency - 10 Apr 2025) Pakistan…"),
        ("and the rest", "…and the rest…"),  # after a closing bracket, mid-sentence
        ("officials said.", "…officials said."),
        ("A new paragraph starts here", "A new paragraph starts here…"),
        ("starts here and runs on", "…starts here and runs on"),
        ("HEADLINE WITHOUT A FULL STOP", "HEADLINE WITHOUT A FULL STOP"),
        ("The article ends without punctuation", "The article ends without punctuation"),
        ("ends without", "…ends without…"),
    ],
)
def test_quote_with_ellipses(quote: str, shown: str) -> None:
    assert quote_with_ellipses(source(), quote) == shown


def test_a_quote_shows_the_source_s_own_characters() -> None:
    body = "He said the partners’ trade—at last—grew.\nIt did."
    src = Source.model_validate({"id": "s", "body": body})
    assert quote_with_ellipses(src, "the partners' trade-at last-grew.") == "…the partners’ trade—at last—grew."
    assert quote_with_ellipses(src, "grew. It did.") == "…grew.\nIt did."


def test_a_quote_not_in_the_source_is_shown_as_given() -> None:
    assert quote_with_ellipses(source(), "  not in the article  ") == "not in the article"


def test_footnote_html_reads_like_a_briefing_footnote() -> None:
    src = source(outlet="Business Recorder", title="Lukashenko set to visit", published="2024-11-16", url="https://example.com/a?x=1&y=2")
    html = str(footnote_html(fact("have agreed to locally assemble"), src, 3))
    page = read_html(html)
    assert page.text == (
        "Business Recorder, “Lukashenko set to visit”, 16 November 2024: “…have agreed to locally assemble…” [passage in annex, article]"
    )
    links = [(attrs["class"], attrs["href"]) for tag, attrs in page.tags if tag == "a"]
    assert links == [("fn-source", "#src-test-source"), ("fn-passage", "#q-test-fact"), ("fn-url", "https://example.com/a?x=1&y=2")]


def test_a_footnote_links_to_the_article_only_over_https() -> None:
    for url in ("http://example.com/a", None):
        fields = {"outlet": "X", "url": url} if url else {"outlet": "X"}
        page = read_html(str(footnote_html(fact("officials said."), source(**fields), 1)))
        assert [attrs["class"] for tag, attrs in page.tags if tag == "a"] == ["fn-source", "fn-passage"]
        assert page.text.endswith("[passage in annex]")


def test_a_footnote_escapes_the_quote_and_the_source() -> None:
    body = "Officials wrote <script>alert(1)</script> & [x](http://evil) in the release."
    src = Source.model_validate({"id": "s", "body": body, "outlet": "<i>Outlet</i>"})
    note = str(footnote_html(fact("wrote <script>alert(1)</script> & [x](http://evil)"), src, 1))
    page = read_html(note)
    assert "script" not in page.tag_names and "i" not in page.tag_names
    assert "“…wrote <script>alert(1)</script> & [x](http://evil)…”" in page.text, "a closing bracket ends no sentence"
    assert page.text.startswith("<i>Outlet</i>, undated: ")


def test_facts_quoting_overlapping_words_share_one_passage_quoted_whole() -> None:
    src = source(outlet="TDI", published="2025-01-31")
    facts = [
        fact("Pakistan and Belarus have agreed", "first"),
        fact("ISLAMABAD: Pakistan and Belarus", "second"),
        fact("officials said.", "third"),
        fact("locally assemble Belarusian tractors.", "fourth"),
        fact("have agreed to locally", "fifth"),
    ]
    passages = group_passages(facts, {"test-source": src})
    assert {fid: p.key for fid, p in passages.items()} == {
        "first": "first",
        "second": "first",
        "fifth": "first",
        "fourth": "first",
        "third": "third",
    }, "overlap is transitive: first–fifth–fourth"
    note = read_html(str(passage_note_html(passages["second"], {f.id: f for f in facts}, src))).text
    assert note.startswith("TDI, 31 January 2025: “ISLAMABAD: Pakistan and Belarus have agreed to locally assemble Belarusian tractors.”")
    assert 'href="#q-first"' in str(passage_note_html(passages["fourth"], {f.id: f for f in facts}, src))
