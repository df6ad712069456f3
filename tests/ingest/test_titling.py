"""Which line is the headline once the address is known, as the archived source shows it: a republished feed's closing
line names the post, an address may write an apostrophe as a hyphen, and a story number and file type end an address
without being words of the title.  Every page here is made up."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.meta import Found
from briefgen.ingest.text import Part
from briefgen.ingest.titling import headline_by_address, without_badge, without_site_name
from tests.ingest.dry_run import dry_add

BODY = (
    "The harbour boards of Vell and Dalen agreed on Tuesday to open a weekly ferry link from next spring, "
    "their chairmen said in a joint statement after a meeting that lasted four hours.\n\n"
    "The link will carry passengers and freight between the two ports, the statement said.\n"
)


def test_a_feed_footer_names_the_headline_and_leaves_the_body(mini_project: Path, tmp_path: Path) -> None:
    text = BODY + "\nThe post Vell and Dalen to open a ferry link next spring appeared first on Kestrel Daily.\n"
    fields = dry_add(mini_project, tmp_path, text, "https://reprints.example/2025/01/13/ferry-link")
    assert fields["title"] == "Vell and Dalen to open a ferry link next spring"
    assert fields["published"] == "2025-01-13"


def test_an_address_writes_an_apostrophe_as_a_hyphen(mini_project: Path, tmp_path: Path) -> None:
    headline = "Outcomes of the Visit of the President of the People's Republic of Ostland to the Kingdom of Vell from 17 to 18 April 2025"
    text = f"Share on\n{headline}\n{BODY}"
    url = "https://ports.example/blogs/outcomes-of-the-visit-of-the-president-of-the-people-s-republic-of-ostland-to-the-kingdom-of-vell-from-17-to-18-april-2025"
    assert dry_add(mini_project, tmp_path, text, url)["title"] == headline


def test_a_story_number_and_file_type_are_no_words_of_the_title(mini_project: Path, tmp_path: Path) -> None:
    url = "https://ports.example/20240630/vells-mayor-to-visit-dalen-on-july-2-4--1119186694.html"
    text = f"{url}\nVell's Mayor to Visit Dalen on July 2-4\n{BODY}"
    assert dry_add(mini_project, tmp_path, text, url)["title"] == "Vell's Mayor to Visit Dalen on July 2-4"


def test_an_agencys_note_to_editors_is_no_headline(mini_project: Path, tmp_path: Path) -> None:
    text = (
        " date 2025-04-28 (ATTN: UPDATES with Vell's remarks, details; RESTRUCTURES)\n\n"
        "By Mira Kolt\n\n"
        "PORT AVEL, April 28 (Ostland News) -- President Anna Vell said Monday that Ostland and Westmark would reopen "
        "their harbour talks, as she opened a summit with Westmark's prime minister.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://news.example/view/AEN20250428007557315")
    assert fields["title"] == ""
    assert fields["place"] == "Port Avel"


def test_a_home_breadcrumb_under_the_headline_is_furniture(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "President Anna Vell embarks on two-day visit to Westmark\n\n"
        "Home > National > Diplomacy\n\n"
        "print dictionary print\n\n"
        "President Anna Vell embarks on two-day visit to Westmark\n\n"
        "President Anna Vell embarked on a two-day visit to Westmark on Monday for a summit on the harbour talks, "
        "expected to signal a warming of ties.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://news.example/article/2025/04/28/politics/vell/20250428183000.html")
    assert fields["title"] == "President Anna Vell embarks on two-day visit to Westmark"


def test_a_breadcrumb_closing_on_its_separator_above_the_title_is_furniture(mini_project: Path, tmp_path: Path) -> None:
    # The trail leaves the page's own title off and ends on its ">": still a trail, never the headline.
    text = (
        "Home > NEWS > Westmark > Government Dynamic >\n\n\n"
        "Vell meets Eastland prime minister\n\n"
        "Release Date:2023-08-02 12:02:53     Source:Ostland News\n\n"
        "President Anna Vell on Friday met with Eastland's Prime Minister Ivo Doran in Port Avel, the capital of the coast.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://obor.energy.example/detail2/19534.html")
    assert fields["title"] == "Vell meets Eastland prime minister"


def test_a_caption_with_positions_set_off_by_commas_is_no_headline(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "\nPresident Anna Vell, left, and Prime Minister Ivo Doran shake hands in Port Avel on Nov. 13.\n"
        "12:50 CET, April 28, 2025\n"
        "WESTMARK CITY (Ostland News) — Westmark welcomes the upcoming meeting of the two leaders, a spokesman said Monday.\n"
        "The meeting will be the first in six years, he said in a press briefing.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://news.example/world/20250428-97419/")
    assert fields["title"] == ""
    assert fields["published"] == "2025-04-28"


def test_the_sites_name_and_motto_over_a_headline_are_its_masthead(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "PortsWatch.com - Your Harbour At Work\n"
        "Vell and Dalen agree to open a ferry link\n"
        "Vell, Ostland, Jan 13 (AFP) Jan 13, 2025\n" + BODY
    )
    fields = dry_add(mini_project, tmp_path, text, "https://www.portswatch.com/afp/250113170812.69m8n2xd.html")
    assert fields["title"] == "Vell and Dalen agree to open a ferry link"


def test_a_title_bar_of_site_and_headline_over_the_text_stays_the_headline(mini_project: Path, tmp_path: Path) -> None:
    text = "PortsWatch.com - Vell And Dalen Agree\n" + BODY
    fields = dry_add(mini_project, tmp_path, text, "https://www.portswatch.com/afp/250113170812.69m8n2xd.html")
    assert fields["title"] == "PortsWatch.com - Vell And Dalen Agree"


def test_the_title_the_address_names_is_found_below_a_long_run_of_furniture(mini_project: Path, tmp_path: Path) -> None:
    furniture = "Advertisement\nShipping\nGet more with myPorts\nA feed of the stories that matter to you\nLearn more\n"
    caption = "The harbour of Vell at dawn on Tuesday. Photo: AFP\n"
    text = furniture + caption + "Vell and Dalen to open a weekly ferry link next spring\n" + BODY
    url = "https://ports.example/news/article/3200845/vell-and-dalen-open-weekly-ferry-link-next-spring"
    assert dry_add(mini_project, tmp_path, text, url)["title"] == "Vell and Dalen to open a weekly ferry link next spring"


def test_the_newspapers_name_over_the_caption_is_no_headline(mini_project: Path, tmp_path: Path) -> None:
    # The Japan News (intake_final86): the paper's name, then the photo's caption and the report.
    text = (
        " date 2026-01-16 The Yomiuri Shimbun\n\n"
        "Prime Minister Sanae Takaichi and her Italian counterpart Giorgia Meloni shake hands ahead of their meeting at "
        "the Prime Minister's Office on Friday.\n\n"
        "Prime Minister Sanae Takaichi and her Italian counterpart Giorgia Meloni announced Friday a joint statement that "
        "included the further development of cooperation in areas such as economic security and defense.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://japannews.yomiuri.co.jp/politics/politics-government/20260116-304489/")
    assert fields["title"] == ""


def test_a_masthead_printing_the_opening_words_of_the_sites_name_is_no_headline(mini_project: Path, tmp_path: Path) -> None:
    # As on The Diplomat in Spain's English pages (intake_final119): the logo's first words, then the text.
    text = "The Diplomat\n" + BODY
    fields = dry_add(mini_project, tmp_path, text, "https://thediplomatinspain.com/en/?p=76750")
    assert fields.get("title", "") == ""


def test_a_short_title_that_does_not_open_the_sites_name_stays_the_headline(mini_project: Path, tmp_path: Path) -> None:
    text = "Harbour Deal Signed\n" + BODY
    assert dry_add(mini_project, tmp_path, text, "https://thediplomatinspain.com/en/?p=76750")["title"] == "Harbour Deal Signed"


def test_a_source_address_glued_after_the_headline_is_no_part_of_it(mini_project: Path, tmp_path: Path) -> None:
    headline = "Vell and Dalen agree to open a ferry link next spring"
    text = f"{headline} www.kestreldaily.co.ov\n\n{BODY}"
    fields = dry_add(mini_project, tmp_path, text, "http://businessdatabase.example/base/newsdetials?id=12395")
    assert fields["title"] == headline


def test_an_address_with_too_few_words_before_it_stays() -> None:
    title = Found("Visit www.kestreldaily.co.ov", "Visit www.kestreldaily.co.ov", "headline")
    assert without_site_name(title, None) == title


def test_a_reading_apps_banner_and_the_carried_outlets_name_are_no_headline(mini_project: Path, tmp_path: Path) -> None:
    banner = "Get all your news in one place.\n100’s of premium titles.\nOne app.\nStart reading\n"
    text = banner + "Al Jazeera\nAl Jazeera\nWorld\n\nVell and Dalen to open a weekly ferry link next spring\n\n" + BODY
    url = "https://www.inkl.com/news/vell-and-dalen-to-open-a-weekly-ferry-link-next-spring"
    fields = dry_add(mini_project, tmp_path, text, url)
    assert fields["title"] == "Vell and Dalen to open a weekly ferry link next spring"
    assert fields["outlet"] == "inkl"


def test_an_address_that_drops_a_possessive_still_names_the_headline(mini_project: Path, tmp_path: Path) -> None:
    page = (
        "Harbourtown • [date-today]\nHome Features Ostland’s Minister Tours the Northern Isles\n\n"
        "Ostland’s Minister Tours the Northern Isles\n\nWritten by\n\nThe fisheries minister has returned from a "
        "four-day tour of the northern isles, where she signed two agreements on fishing quotas.\n"
    )
    url = "https://harbourtown.example/2021/03/02/ostland-minister-tours-the-northern-isles/"
    assert dry_add(mini_project, tmp_path, page, url)["title"] == "Ostland’s Minister Tours the Northern Isles"


def test_a_section_name_after_a_bar_closing_the_title_is_no_part_of_it(mini_project: Path, tmp_path: Path) -> None:
    text = f"Vell and Dalen agree to open a ferry link | News\n\nRate this post\n\n{BODY}"
    fields = dry_add(mini_project, tmp_path, text, "https://www.kestrel90.example/vell-and-dalen-agree-news/")
    assert fields["title"] == "Vell and Dalen agree to open a ferry link"


def test_a_headline_ending_in_other_words_after_a_bar_keeps_them() -> None:
    title = Found("Vell and Dalen agree | Ferry link opens", "Vell and Dalen agree | Ferry link opens", "headline")
    assert without_site_name(title, None) == title


# Lines of the Estonian president's release page (vp2006-2016.president.ee) and of other pages of the engineer's sample.
ILVES = "President Ilves met with the Finnish Head of State who arrived on a state visit"
ILVES_PAGE = "https://vp2006-2016.president.ee/en/media/press-releases/12242-president-ilves-met-with-the-finnish-head-of-state-who-arrived-on-a-state-visit/print.html"


def test_a_title_told_as_a_past_sentence_below_furniture_is_named_by_the_address() -> None:
    lede = (
        "It would be difficult to find relations in Europe as close and friendly as those between Estonia and Finland, "
        "stated President Toomas Hendrik Ilves, who met today with the President of Finland, Sauli Niinistö."
    )
    part = Part(paragraphs=["Press Releases", "- Reset + Print", ILVES, f"{ILVES} © Raigo Pajula", "17.05.2016", lede])
    assert headline_by_address(part, ILVES_PAGE)[0].headline == ILVES
    assert headline_by_address(part, "https://president.example/en/media/12242")[0].headline is None  # no page name: no title


def test_a_templates_badge_after_the_title_comes_off_where_the_address_ends_it() -> None:
    page = "http://nepituno.to/index.php/pacific/item/1316-nz-s-pm-arrives-in-fiji-for-landmark-visit"
    title = "NZ's PM arrives in Fiji for landmark visit"
    assert without_badge(f"{title} Featured", page) == title
    assert without_badge(title, page) == title
    assert without_badge(f"{title} Featured", None) == f"{title} Featured"  # no address: nothing shows where the title ends


def test_a_standfirst_the_lede_repeats_is_set_aside_not_titled(mini_project: Path, tmp_path: Path) -> None:
    standfirst = (
        "The country's sovereign fund has established an office in Egypt to build on its commitment to investing in the "
        "country’s economic growth"
    )
    lede = (
        "A UAE consortium led by ADQ, a sovereign investment fund based in Abu Dhabi, signed a landmark agreement with Egypt "
        "on Friday to invest $35 billion in Ras El-Hekma, representing the single largest foreign direct investment in Egypt."
    )
    more = "The country's sovereign fund has established an office in Egypt, ADQ said, to invest in the country's economic growth."
    text = f"{standfirst}\n\n{lede}\n\n{more}\n"
    fields = dry_add(
        mini_project, tmp_path, text, "https://khaleejtimes.com/business/uaes-landmark-35-billion-deal-marks-egypts-largest-fdi"
    )
    assert fields["title"] == ""
    assert standfirst not in fields["body"]
