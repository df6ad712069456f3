"""What `sources add` reads about an article: outlet, dateline, date, headline; and undated articles refused.

The articles are from the intake evaluation set (tests/fixtures/intake_eval/), archived as an
editor would, with the address the page was found at.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from briefgen.ingest.add import add_source
from briefgen.ingest.addressdates import date_in_url
from briefgen.ingest.article import AddOptions
from briefgen.ingest.header import unglue_image_labels
from briefgen.ingest.meta import dateline, find_dateline
from tests.conftest import FIXTURES, run_cli

EVAL = FIXTURES / "intake_eval"


def _label(slug: str) -> dict[str, str]:
    data = yaml.safe_load((EVAL / "labels" / f"{slug}.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _fields(root: Path, slug: str, *, url: bool = True) -> dict[str, str]:
    options = AddOptions(url=_label(slug)["url"] if url else None, source_id=slug, undated=True)
    [article] = add_source(root, str(EVAL / "articles" / f"{slug}.txt"), options, dry_run=True).articles
    return {**article.fields, "notes": article.notes}


@pytest.mark.parametrize(
    ("slug", "outlet", "evidence"),
    [
        ("arynews-2024-07-11-pak-aze-investment-2bn", "ARY News", "ARY News reported"),  # named in the text, and the site agrees
        ("trend-2026-02-04-mirziyoyev-state-visit-pakistan", "Trend News Agency", "Trend reports"),  # the site's fuller name
        ("thefrontierpost-app-2025-02-azerbaijan-to-invest-2b", "The Frontier Post", "thefrontierpost.com"),  # "BAKU (APP)" is the wire
        ("newsdrum-pti-2026-02-05-pak-uzb-28-mous", "NewsDrum", "newsdrum.in"),  # "(PTI)" likewise
        ("urdupoint-app-2025-02-24-aliyev-hints-pakistan-visit", "UrduPoint", "APP - UrduPoint / Pakistan Point News"),
    ],
)
def test_outlet_from_the_text_then_the_site(mini_project: Path, slug: str, outlet: str, evidence: str) -> None:
    fields = _fields(mini_project, slug)
    assert fields["outlet"] == outlet
    assert evidence in " ".join(fields["notes"].split())


def test_the_project_extends_the_table_of_sites(mini_project: Path) -> None:
    slug = "dawn-2024-07-pak-aze-investment-2bn"
    (mini_project / "facts" / "outlets.yaml").write_text("mirror.example.org: Dawn (mirror)\n", encoding="utf-8")
    [article] = add_source(
        mini_project,
        str(EVAL / "articles" / f"{slug}.txt"),
        AddOptions(url="https://www.mirror.example.org/a/1", undated=True),
        dry_run=True,
    ).articles
    assert article.fields["outlet"] == "Dawn (mirror)"
    check = run_cli("check", "--corpus-only", cwd=mini_project)
    assert check.code == 0, check.stderr  # facts/outlets.yaml is not read as a fact file


def test_no_outlet_without_a_statement_or_a_known_site(mini_project: Path) -> None:
    assert _fields(mini_project, "dawn-2024-07-pak-aze-investment-2bn", url=False)["outlet"] == ""
    # "ARY News reported" alone might be another outlet's report: it only confirms a known site.
    assert _fields(mini_project, "arynews-2024-07-11-pak-aze-investment-2bn", url=False)["outlet"] == ""
    # Wire copy with no site: the agency's credit is all the text gives.
    assert _fields(mini_project, "thefrontierpost-app-2025-02-azerbaijan-to-invest-2b", url=False)["outlet"] == "APP"


@pytest.mark.parametrize(
    ("first_line", "outlet"),
    [("Published in Dawn, February 24th, 2025", "Dawn"), ("Dawn.com Published February 24, 2025", "Dawn.com")],
)
def test_the_text_saying_where_it_appears_names_the_outlet(mini_project: Path, tmp_path: Path, first_line: str, outlet: str) -> None:
    page = tmp_path / "article.txt"
    page.write_text(f"{first_line}\n\nISLAMABAD: Pakistan and Azerbaijan on Monday signed an agreement on LNG cargoes.\n", encoding="utf-8")
    [article] = add_source(mini_project, str(page), AddOptions(url="https://www.example.net/x"), dry_run=True).articles
    assert (article.fields["outlet"], article.fields["published"], article.fields["author"]) == (outlet, "2025-02-24", "")


@pytest.mark.parametrize(
    ("paragraph", "place", "published"),
    [
        ("ISLAMABAD, Feb 5 (APP): Pakistan and Uzbekistan on Thursday signed a number of accords", "Islamabad", None),
        ("MINSK, 25 November (BelTA) - Belarus and Pakistan will sign a roadmap", "Minsk", None),
        ("Islamabad, Feb 5 (PTI) Pakistan and Uzbekistan on Thursday signed 28 agreements", "Islamabad", None),
        ("TASHKENT, Uzbekistan, February 4. President of Uzbekistan Shavkat Mirziyoyev will pay a state visit", "Tashkent", None),
        ("New Delhi | Prime Minister Narendra Modi on Friday exuded confidence", "New Delhi", None),
        ("ISLAMABAD - Pakistan and Uzbekistan on Monday have signed nine Memorandum of Understandings", "Islamabad", None),
        ("Baku: Azerbaijan has committed to a $2 billion investment in Pakistan", "Baku", None),
        # The numeric date is read day-first only because the text confirms it ("Dec 4").
        (
            "4-12-2023 (BEIJING) Belarusian President Alexander Lukashenko held a meeting with Xi Jinping in Beijing on Monday (Dec 4)",
            "Beijing",
            "2023-12-04",
        ),
        (
            "TASHKENT: (UrduPoint/UrduPoint / Pakistan Point News-Feb 24th, 2023) Pakistan and Uzbekistan on Friday signed",
            "Tashkent",
            "2023-02-24",
        ),
        # A saint's "ST" and a typed apostrophe in a place in capitals.
        ("ST GEORGE’S, Grenada — Another step in Grenada/Venezuela relations will be taken this weekend", "St George’s", None),
        # The place, its country and the full date in brackets, the dash after them (the Government of Montenegro's).
        (
            "Podgorica, Montenegro (27 April 2014) – Prime Minister Milo Đukanović congratulated Serbian Prime Minister",
            "Podgorica",
            "2014-04-27",
        ),
        # A copy's credit and full date in brackets, with no dash before the sentence.
        (
            "TEHRAN (UrduPoint News / Sputnik - 17th June, 2023) Saudi Foreign Minister Faisal bin Farhan Al-Saud said",
            "Tehran",
            "2023-06-17",
        ),
    ],
)
def test_datelines(paragraph: str, place: str, published: str | None) -> None:
    found = dateline(paragraph)
    assert found["place"].value == place
    assert (found["published"].value if "published" in found else None) == published


def test_brackets_without_a_date_after_a_name_in_capitals_are_no_dateline() -> None:
    assert dateline("NATO (founded in 1949) Secretary General Mark Rutte said") == {}


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        ("Port Avel (XNA) – On Monday the two ministers met in the capital.", "Port Avel"),  # a wire's short name
        ("Corvella (ABC) - The council agreed a budget.", "Corvella"),
        ("SÃO MARCOS — The governor opened the new bridge on Friday.", "São Marcos"),  # capitals beyond ASCII
        ("ĐÔNG LINH: Officials said the harvest was late.", "Đông Linh"),
        ("West Ridley, March 19", "West Ridley"),  # a print dateline alone on its line
        ("Corvella, 4 May", "Corvella"),
    ],
)
def test_more_datelines(paragraph: str, place: str) -> None:
    found = dateline(paragraph)
    assert found["place"].value == place
    assert "outlet" not in found  # a wire credited in the dateline is not taken for the page's outlet


@pytest.mark.parametrize(
    "paragraph",
    [
        "Photo (AFP) - A crowd outside the hall.",  # a caption word, not a place
        "The Council (EU) – The ministers met.",  # a sentence, not a place and a wire
        "WATCH — The speech in full.",
        "Updated, March 19 2025 and more text",
        "Corvella, March 19, officials said the harvest was late.",
    ],
)
def test_lines_that_are_not_datelines(paragraph: str) -> None:
    assert "place" not in dateline(paragraph)


def test_a_wire_dateline_below_a_headline_and_caption_line() -> None:
    caption = "Ministers meet in Port Avel The two ministers in Port Avel on Monday (Photo: XNA)"
    assert find_dateline([caption, "Port Avel (XNA) - The two ministers met on Monday."])["place"].value == "Port Avel"
    assert find_dateline(["Lena Marsh", "West Ridley, March 19", "The council met on Saturday."])["place"].value == "West Ridley"


def test_dateline_after_a_byline_fragment_and_on_its_own_line() -> None:
    summary = "President of Azerbaijan Ilham Aliyev on Monday expressed his willingness to visit Islamabad this April"
    lede = "BAKU, (APP - UrduPoint / Pakistan Point News - 24th Feb, 2025) President of Azerbaijan Ilham Aliyev on Monday"
    assert find_dateline([summary, lede])["place"].value == "Baku"
    assert find_dateline(["ISTANBUL/MOSCOW", "Russian President Vladimir Putin said on Friday"])["place"].value == "Istanbul/Moscow"


@pytest.mark.parametrize(
    ("url", "date"),
    [
        ("https://www.newscentralasia.net/2026/02/06/islamabad-summit-talks-uzbekistan-and-pakistan", dt.date(2026, 2, 6)),
        ("https://en.dailypakistan.com.pk/26-Dec-2022/pakistan-uzbekistan-ink-deals", dt.date(2022, 12, 26)),
        ("https://www.businesstoday.in/india/story/ahead-of-schedule-505339-2025-12-05", dt.date(2025, 12, 5)),
        ("https://akparti.net/en/agenda-news/turkiye-and-azerbaijan-favor-peace-and-prosperity-05-03-2025-19-18-24", None),
        ("https://www.trend.az/business/4149690.html", None),
        # A page id opening with a timestamp (YYYYMMDDhhmmss); a bare run of digits is not a date.
        ("https://news.example.org/world/talks-resume/ab20240317093015123456", dt.date(2024, 3, 17)),
        ("https://news.example.org/world/talks-resume/ab20240317993015123456", None),
        ("https://news.example.org/world/item/20240317", None),
        # A year's folder and a page name opening with that year's day: the year written twice settles it.
        ("https://gov.example.org/en/news/Pages/2023/20230202_ministers-meet.aspx", dt.date(2023, 2, 2)),
        ("https://gov.example.org/en/news/Pages/2023/20220202_ministers-meet.aspx", None),
    ],
)
def test_dates_in_the_page_address(url: str, date: dt.date | None) -> None:
    found = date_in_url(url)
    assert (found[0] if found else None) == date


@pytest.mark.parametrize(
    ("slug", "title"),
    [
        ("dawn-2024-07-pak-aze-investment-2bn", ""),  # the first line is a photo caption ("…—White Star")
        ("geo-2026-02-05-mirziyoyev-red-carpet-welcome", ""),  # "… — Screengrab via Geo News"
        ("head-post-2023-12-lukashenko-working-visit-china", "Alexander Lukashenko pays working visit to China"),  # banner, breadcrumbs
        ("pakistantoday-2026-02-04-mirziyoyev-arrives-two-day-visit", ""),  # three summary points, no headline
        ("hurriyetdailynews-2025-03-05-erdogan-aliyev-nakhchivan-pipeline", "Erdoğan, Aliyev inaugurate key gas pipeline to Nakhchivan"),
        ("akparti-2025-03-05-turkiye-azerbaijan-peace-prosperity", "“Türkiye and Azerbaijan favor peace and prosperity”"),  # a quotation
    ],
)
def test_the_headline_is_never_a_caption_or_a_banner(mini_project: Path, slug: str, title: str) -> None:
    assert _fields(mini_project, slug)["title"] == title


def test_an_undated_article_is_refused_unless_the_editor_says(mini_project: Path) -> None:
    article = str(EVAL / "articles" / "dawn-2024-07-pak-aze-investment-2bn.txt")
    refused = run_cli("sources", "add", article, cwd=mini_project)
    assert refused.code == 2
    assert "no publication date found in the text" in refused.stderr
    assert "--published YYYY-MM-DD" in refused.stderr and "--undated" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert not list((mini_project / "facts" / "sources").glob("dawn*"))

    dated = run_cli("sources", "add", article, "--published", "2024-07-12", "--id", "dawn-dated", cwd=mini_project)
    assert dated.code == 0, dated.stderr
    undated = run_cli("sources", "add", article, "--undated", "--id", "dawn-undated", "--title", "Other", cwd=mini_project)
    assert undated.code == 1  # the same text is archived already, as dawn-dated
    assert "already archived as 'dawn-dated'" in undated.stderr


def test_undated_article_archived_with_undated_and_its_facts_reported(mini_project: Path) -> None:
    article = str(EVAL / "articles" / "dawn-2024-07-pak-aze-investment-2bn.txt")
    added = run_cli("sources", "add", article, "--undated", "--id", "dawn-undated", cwd=mini_project)
    assert added.code == 0, added.stderr
    assert "warning: no publication date found in the text" in added.stderr
    facts = mini_project / "facts" / "dawn.yaml"
    facts.write_text(
        "- id: dawn-investment-2bn\n"
        '  claim: "Pakistan and Azerbaijan agreed to raise bilateral investment to up to $2 billion."\n'
        "  source: dawn-undated\n"
        '  quote: "agreed to enhance the bilateral investment level up to $2 billion"\n'
        '  date: "2024-07"\n'
        "  topics: [trade]\n",
        encoding="utf-8",
    )
    check = run_cli("check", "--corpus-only", cwd=mini_project)
    assert check.code == 0, check.stderr
    assert (
        "facts/dawn.yaml:1: warning: fact 'dawn-investment-2bn' cannot be cited: its source 'dawn-undated' states no publication date"
        in check.stderr
    )


def test_html_pages_prefer_their_declared_metadata(mini_project: Path, tmp_path: Path) -> None:
    """JSON-LD and OpenGraph (read by trafilatura) beat what the text seems to say: a site banner's date, no dateline outlet."""
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Pakistan, Uzbekistan sign 28 agreements | Example Wire</title>"
        "<meta property='og:site_name' content='Example Wire'>"
        "<meta property='og:title' content='Pakistan, Uzbekistan sign 28 agreements'>"
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",'
        ' "headline": "Pakistan, Uzbekistan sign 28 agreements", "datePublished": "2026-02-05T18:00:00+05:00",'
        ' "publisher": {"@type": "Organization", "name": "Example Wire"}}</script>'
        "</head><body><article><p>Thursday, October 3, 2024</p>"
        "<h1>Pakistan, Uzbekistan sign 28 agreements</h1>"
        "<p>Islamabad, Feb 5 (PTI) Pakistan and Uzbekistan on Thursday signed 28 agreements and Memoranda of Understanding "
        "(MoU) to deepen cooperation in various fields, aiming to increase bilateral trade to USD 2 billion in the next five years.</p>"
        "<p>The development came during Uzbek President Shavkat Mirziyoyev's two-day official visit to Pakistan.</p>"
        "<p>Mirziyoyev held talks with Prime Minister Shehbaz Sharif in Islamabad, followed by a ceremony.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    [article] = add_source(mini_project, str(page), AddOptions(), dry_run=True).articles
    fields = article.fields
    assert (fields["outlet"], fields["published"], fields["place"]) == ("Example Wire", "2026-02-05", "Islamabad")
    assert fields["title"] == "Pakistan, Uzbekistan sign 28 agreements"


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://profit.pakistantoday.com.pk/2025/01/31/trade/", "Profit"),  # a paper of its own on its owner's domain
        ("https://www.pakistantoday.com.pk/2025/01/31/trade/", "Pakistan Today"),
        ("https://eng.belta.by/politics/view/123/", "BelTA"),  # a language edition of a known site
    ],
)
def test_the_longest_known_site_names_the_outlet(mini_project: Path, tmp_path: Path, url: str, outlet: str) -> None:
    page = tmp_path / "article.txt"
    page.write_text("Trade talks held\n\nISLAMABAD: Pakistan and Belarus on Monday held talks on trade.\n", encoding="utf-8")
    [article] = add_source(mini_project, str(page), AddOptions(url=url, undated=True), dry_run=True).articles
    assert article.fields["outlet"] == outlet


def test_a_glued_image_label_splits_headline_from_caption() -> None:
    page = "Ministers meet in Port Avel hinh anh 1The two ministers in Port Avel on Monday (Photo: XNA)\nPort Avel (XNA) - The two met."
    lines = unglue_image_labels(page).split("\n")
    assert lines[0] == "Ministers meet in Port Avel"
    assert lines[2].startswith("The two ministers")
    assert "photo 1 shows" in unglue_image_labels("The exhibition's photo 1 shows the harbour.")  # ordinary text stays
    assert unglue_image_labels("Figure Image 12 is dated") == "Figure Image 12 is dated"


def test_an_image_label_closing_the_headline_line_is_dropped() -> None:
    # intake_final153 (VietnamNet): the label ends the headline's line, the caption below it.
    page = "Ministers cycle around Port Avel hinh anh 1\nThe two ministers on a bicycle (Photo: XNA)\n"
    assert unglue_image_labels(page).split("\n")[0] == "Ministers cycle around Port Avel"
    assert unglue_image_labels("They looked at photo 1\nThen left.") == "They looked at photo 1\nThen left."


def test_a_release_wire_dateline_with_a_state_in_postal_letters() -> None:
    # intake_final74 (kjct8): the release wire's dateline, read as before.
    wire = "BEIJING, Sept. 16, 2023 /PRNewswire/ -- China and Zambia announced their decision on Friday to elevate"
    assert dateline(wire)["place"].value == "Beijing"
    # The same shape with the province in its two postal letters (made up).
    found = dateline("PORT AVEL, ON, Sept. 16, 2025 /CNW/ - Today, the Prime Minister announced that he will travel")
    assert found["place"].value == "Port Avel"
    assert found["published"].value == "2025-09-16"


def test_a_release_dateline_whose_credit_a_reprint_dropped_keeps_its_day() -> None:
    # intake_final144 (chatnewstv): "NAIROBI, Kenya, August 22, 2023/ —", the wire's name gone from between the slashes.
    found = dateline("PORT AVEL, Westmark, August 22, 2023/ — President Anna Vell has begun a working visit to four countries.")
    assert (found["place"].value, found["published"].value) == ("Port Avel", "2023-08-22")
    assert "published" not in dateline("PORT AVEL, Westmark, the harbour / — a quay for the ferries")


def test_a_dateline_credit_with_a_number_in_the_outlets_name() -> None:
    # intake_eval (dunyanews): the site's name in the dateline's brackets, read as before.
    found = dateline("ISLAMABAD (Dunya News) – Finance Minister Senator Muhammad Ishaq Dar called on President")
    assert found["outlet"].value == "Dunya News"
    numbered = dateline("PORT AVEL (Channel 7) – The two ministers met on Monday.")  # made up
    assert numbered["place"].value == "Port Avel"
    assert numbered["outlet"].value == "Channel 7"
    assert "outlet" not in dateline("PORT AVEL (March 23) – The two ministers met on Monday.")  # a day, no outlet
    assert "outlet" not in dateline("PORT AVEL (Monday 23) – The two ministers met.")


def test_a_line_in_capitals_closing_the_story_is_no_dateline() -> None:
    lede = "The two presidents began talks in Port Avel on Thursday to strengthen ties between their nations."
    assert find_dateline([lede, "MORE DETAILS SOON"]) == {}
    assert find_dateline(["ISTANBUL", lede])["place"].value == "Istanbul"


def test_a_pieces_kind_in_capitals_is_no_place() -> None:
    # Mondaq prints "ARTICLE" alone above each piece's lede: the piece's kind, not where it was filed.
    assert "place" not in find_dateline(["ARTICLE", "Westmark and Ostland further deepened economic ties this week."])
    assert find_dateline(["ANKARA", "Westmark and Ostland further deepened economic ties this week."])["place"].value == "Ankara"
