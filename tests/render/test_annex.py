"""The evidence annex: each cited article with exactly the quoted characters marked, anchored and linked back."""

from __future__ import annotations

import html as htmllib
import re

from briefgen.corpus.models import Fact, Source
from briefgen.render.annex import annex_entry, annotate_body
from briefgen.text.quotes import locate
from tests.rendering import read_html


def marked(fragment: str) -> list[str]:
    """The text of every <mark>, as a reader sees it."""
    return [htmllib.unescape(text) for text in re.findall(r"<mark>(.*?)</mark>", fragment, re.DOTALL)]


def events(fragment: str) -> list[str]:
    """Anchors, back-links and paragraph starts in document order."""
    found = re.findall(r'id="(q-[^"]+)"|href="#(fnref-\d+)"|<(p)>', fragment)
    return [next(part for part in match if part) for match in found]


def passage(body: str, quote: str, fact_id: str, number: int) -> tuple[str, int, int, int]:
    span = locate(body, quote)
    assert span is not None, quote
    return (fact_id, number, span[0], span[1])


def test_exactly_the_quoted_characters_are_marked() -> None:
    body = "ISLAMABAD: Pakistan and Belarus have agreed to locally assemble Belarusian tractors through joint ventures."
    html = str(annotate_body(body, [passage(body, "agreed to locally assemble", "tractors", 1)]))
    assert marked(html) == ["agreed to locally assemble"]
    assert read_html(html).text == body.replace("assemble", "assemble[1]")
    assert events(html) == ["p", "q-tractors", "fnref-1"]


def test_a_typographic_apostrophe_and_quotes_are_marked_as_the_source_has_them() -> None:
    body = "It was Belarus’s “best year” for tractors, the minister said."
    html = str(annotate_body(body, [passage(body, 'Belarus\'s "best year"', "best", 2)]))
    assert marked(html) == ["Belarus’s “best year”"]


def test_a_passage_across_a_line_break_is_marked_whole() -> None:
    body = "Pakistan and Belarus agreed to locally\nassemble tractors."
    html = str(annotate_body(body, [passage(body, "locally assemble", "a", 1)]))
    assert marked(html) == ["locally\nassemble"]


def test_overlapping_quotes_keep_both_anchors_and_back_links() -> None:
    body = "The trade volume stood at US$50.2 million in 2019, with the balance favouring Belarus."
    first = passage(body, "trade volume stood at US$50.2 million", "volume", 1)
    second = passage(body, "US$50.2 million in 2019, with the balance", "balance", 2)
    html = str(annotate_body(body, [first, second]))
    assert events(html) == ["p", "q-volume", "q-balance", "fnref-1", "fnref-2"]
    assert "".join(marked(html)) == "trade volume stood at US$50.2 million in 2019, with the balance"
    assert marked(html) == ["trade volume stood at ", "US$50.2 million", " in 2019, with the balance"]
    assert read_html(html).text == "The trade volume stood at US$50.2 million[1] in 2019, with the balance[2] favouring Belarus."


def test_two_facts_quoting_the_same_words_both_get_anchor_and_back_link() -> None:
    body = "A delegation will visit Minsk next month."
    html = str(annotate_body(body, [passage(body, "visit Minsk", "plan", 3), passage(body, "visit Minsk", "visit", 4)]))
    assert events(html) == ["p", "q-plan", "q-visit", "fnref-3", "fnref-4"]
    assert marked(html) == ["visit Minsk"]


def test_a_quote_nested_inside_another_keeps_both() -> None:
    body = "One two three four five."
    html = str(annotate_body(body, [passage(body, "two three four", "outer", 1), passage(body, "three", "inner", 2)]))
    assert events(html) == ["p", "q-outer", "q-inner", "fnref-2", "fnref-1"]
    assert "".join(marked(html)) == "two three four"


def test_a_passage_across_paragraphs_is_marked_in_both() -> None:
    body = "First paragraph ends here.\n\nSecond paragraph begins here."
    html = str(annotate_body(body, [passage(body, "ends here. Second paragraph", "across", 1)]))
    assert marked(html) == ["ends here.", "Second paragraph"]
    assert events(html) == ["p", "q-across", "p", "fnref-1"]


def test_paragraphs_follow_blank_lines_and_blank_edges_are_dropped() -> None:
    body = "\n\nOne.\n\nTwo\nstill two.\n \t\nThree.\n\n\n"
    html = str(annotate_body(body, []))
    assert html.count("<p>") == 3
    assert [read_html(p).text for p in html.split("\n<p>")] == ["One.", "Two still two.", "Three."]


def test_markup_in_the_body_is_escaped() -> None:
    body = 'Officials wrote <script>alert(1)</script> & <a href="javascript:x">this</a>.'
    html = str(annotate_body(body, [passage(body, "<script>alert(1)</script>", "s", 1)]))
    page = read_html(html)
    assert page.tag_names == {"p", "span", "mark", "a"}
    assert [attrs.get("href") for tag, attrs in page.tags if tag == "a"] == ["#fnref-1"]
    assert marked(html) == ["<script>alert(1)</script>"]
    assert page.text == body.replace("</script>", "</script>[1]")


def test_the_back_link_names_its_note_for_screen_readers() -> None:
    body = "Trade grew."
    page = read_html(str(annotate_body(body, [passage(body, "Trade grew.", "g", 7)])))
    link = next(attrs for tag, attrs in page.tags if tag == "a")
    assert link == {"class": "backref", "href": "#fnref-7", "aria-label": "back to note 7"}


def test_annex_entry_heads_the_article_and_marks_its_cited_passages() -> None:
    body = "ISLAMABAD: Pakistan and Belarus have agreed.\n\nA delegation will visit Minsk next month."
    src = Source.model_validate({"id": "mini", "body": body, "outlet": "Test <Gazette>", "title": "Tractors", "published": "2025-01-31"})

    def fact(fact_id: str, quote: str) -> Fact:
        return Fact.model_validate({"id": fact_id, "claim": "C.", "source": "mini", "quote": quote, "date": "2025", "topics": ["t"]})

    cited = [
        (fact("agreed", "Pakistan and Belarus have agreed"), 2),
        (fact("lost", "words the article lacks"), 3),
        (fact("visit", "visit Minsk"), 5),
    ]
    entry = annex_entry(src, cited, "A.2")
    assert entry.source_id == "mini"
    assert read_html(str(entry.heading)).text == "A.2 Test <Gazette>, “Tractors”, 31 January 2025"
    assert marked(str(entry.html)) == ["Pakistan and Belarus have agreed", "visit Minsk"]
    assert events(str(entry.html)) == ["p", "q-agreed", "fnref-2", "p", "q-visit", "fnref-5"]


def test_facts_sharing_a_note_get_one_back_link_after_their_last_passage() -> None:
    body = "The talks explored buses, agricultural machinery and transformers."
    first = passage(body, "explored buses", "buses", 5)
    second = passage(body, "buses, agricultural machinery", "machinery", 5)
    html = str(annotate_body(body, [first, second]))
    assert events(html) == ["p", "q-buses", "q-machinery", "fnref-5"]
    assert read_html(html).text == "The talks explored buses, agricultural machinery[5] and transformers."


def test_a_passage_quoted_from_the_headline_is_shown_as_the_headline() -> None:
    body = "ISLAMABAD: The two sides met on Monday.\n\nThey discussed trade."
    title = "Azerbaijan to invest $2bn in Pakistan, says Aliyev"
    src = Source.model_validate({"id": "mini", "body": body, "title": title, "published": "2025-02-24"})
    quoted = Fact.model_validate(
        {"id": "invest", "claim": "C.", "source": "mini", "quote": "Azerbaijan to invest $2bn in Pakistan", "date": "2025", "topics": ["t"]}
    )
    for mode in ("full", "passages"):
        html = str(annex_entry(src, [(quoted, 4)], "A.1", mode).html)
        page = read_html(html.split("<details")[0])
        assert page.text.startswith("Headline: Azerbaijan to invest $2bn in Pakistan[4], says Aliyev")
        assert marked(html)[0] == "Azerbaijan to invest $2bn in Pakistan"
        assert events(html)[:3] == ["q-invest", "fnref-4", "p"]  # anchored and linked back, before the body
        assert html.count('id="q-invest"') == 1
