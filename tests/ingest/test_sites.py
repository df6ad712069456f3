"""The table of known news sites (``sites.csv``) and how an address finds its entry: subdomains, "www.", a host's
folders, a site listed under its own name apart from its parent's, and a project's own entries in
``facts/outlets.yaml``.

The made-up pages and hosts here are invented; the real sites named are entries of the built-in table.
"""

from __future__ import annotations

import csv
from collections import Counter
from importlib.resources import files
from pathlib import Path

import pytest

from briefgen.ingest.add import add_source
from briefgen.ingest.article import AddOptions
from briefgen.ingest.outlets import load_outlets, outlet_of_site
from briefgen.ingest.sites import TABLE_FILE, known_sites, lookup_site, parse_sites

PAGE = (
    "Two ports agree on a ferry link\n\n"
    "The harbour boards of two coastal towns on Tuesday agreed to open a weekly ferry link from next spring, "
    "their chairmen said in a joint statement.\n"
)


def _rows() -> list[list[str]]:
    text = files("briefgen.ingest").joinpath(TABLE_FILE).read_text(encoding="utf-8")
    return list(csv.reader(line for line in text.splitlines() if line and not line.startswith("#")))[1:]


def test_the_table_is_large_and_every_row_is_well_formed() -> None:
    rows = _rows()
    assert len(rows) > 1000
    assert all(len(row) == 2 and row[0].strip() and row[1].strip() for row in rows)
    sites = [row[0] for row in rows]
    assert [site for site, n in Counter(sites).items() if n > 1] == []  # one entry a site
    malformed = [s for s in sites if s != s.casefold() or s.startswith(("www.", "http")) or s.endswith("/") or " " in s]
    assert malformed == []
    assert len(known_sites()) == len(rows)


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.dawn.com/news/1234/a-page", "Dawn"),  # "www." never matters
        ("https://dawn.com/news/1234", "Dawn"),
        ("https://m.dawn.com/news/1234", "Dawn"),  # a subdomain belongs to its site
        ("https://english.news.cn/20240101/abc/c.html", "Xinhua"),
        ("https://en.yna.co.kr/view/AEN2024", "Yonhap"),
        ("https://english.ahram.org.eg/News/1.aspx", "Ahram Online"),  # listed on its own, it is another outlet
        ("https://gate.ahram.org.eg/News/1.aspx", "Al-Ahram Gate"),
        ("https://www.ahram.org.eg/News/1.aspx", "Al-Ahram"),
        ("https://uk.news.yahoo.com/a-story-1.html", "Yahoo News UK"),  # the UK edition (:mod:`siteeditions`)
        ("https://www.msn.com/en-gb/news/world/a-story/ar-AA1", "MSN"),
        ("https://www.menafn.com/1107000000/a-story", "MENAFN"),
        ("https://trt.global/afrika-english/article/17", "TRT Afrika"),  # one host, several outlets by folder
        ("https://www.trt.global/World/article/17", "TRT World"),
        ("HTTPS://WWW.RUDAW.NET/english/middleeast/1", "Rudaw"),
        ("https://agenciabrasil.ebc.com.br./en/politica/1", "Agência Brasil"),  # a host written with its final dot
        ("https://gov.br/planalto/en/speeches/1", "Planalto"),  # a shared government host, by folder
        ("https://www.magyarnemzet.hu/english/2025/12/a-story", "Magyar Nemzet"),
        ("https://english.hathalyoum.net/articles/1027-a-story", "Hatha al-Youm"),  # a name the address runs together
        ("http://en.bbn.gov.pl/en/news/633,a-story.html", "National Security Bureau of Poland"),  # an office's initials
        ("http://country.eiu.com/article.aspx?articleid=1&Country=Westmark", "Economist Intelligence Unit"),  # initials
        ("http://www.cubanews.acn.cu/cuba/22090-a-story", "Cuban News Agency"),  # an agency's initials, in English
        ("http://www.oananews.org/content/news/politics/a-story", "OANA"),
        ("https://www.kanivatonga.nz/2015/02/a-story/", "Kaniva News"),  # a name the address runs together
        ("https://gisbarbados.gov.bb/blog/a-story/", "Barbados Government Information Service"),
        ("https://www.government.fo/en/news/news/a-story/", "Government of the Faroe Islands"),  # house style
        ("https://www.eda.admin.ch/dea/en/home/aktuell/1.html", "Federal Department of Foreign Affairs"),  # one host
        ("https://chronicle.lu/category/at-home/1-a-story", "Chronicle.lu"),  # a name that is its address
        ("http://www.pireport.org/articles/2013/05/02/a-story", "Pacific Islands Report"),
    ],
)
def test_an_address_finds_its_sites_entry(url: str, outlet: str) -> None:
    found = outlet_of_site(url, known_sites())
    assert found is not None and found.value == outlet


def test_an_address_outside_the_table_finds_nothing() -> None:
    table = known_sites()
    assert outlet_of_site("https://www.coastalherald.example/world/1", table) is None
    assert outlet_of_site("https://trt.global/some-other-folder/1", table) is None  # only the listed folders
    assert outlet_of_site("https://dawn.com.example.org/x", table) is None  # a site's name inside another host
    assert lookup_site("https://paper.com/x", {"com": "Not an outlet"}) is None  # never a bare top-level name
    assert outlet_of_site("https://www.gov.br/saude/pt-br/1", table) is None  # a shared host: only its listed folders
    assert outlet_of_site("https://www.gov.pl/web/health/1", table) is None


def test_the_most_specific_entry_wins() -> None:
    table = {"example.org": "Example", "news.example.org": "Example News", "example.org/radio": "Example Radio"}
    assert lookup_site("https://m.news.example.org/a", table) == ("news.example.org", "Example News")
    assert lookup_site("https://example.org/radio/a", table) == ("example.org/radio", "Example Radio")
    assert lookup_site("https://example.org/tv/a", table) == ("example.org", "Example")
    assert lookup_site("example.org", table) == ("example.org", "Example")  # a bare host, as an editor types it


def test_table_text_is_read_as_rows_with_comments_and_quoted_names() -> None:
    text = '# comment\nsite,outlet\nWWW.Example.org/News/, " Example   News "\n"kestrel.example","Kestrel, Daily"\nbroken\n'
    assert parse_sites(text) == {"example.org/news": "Example News", "kestrel.example": "Kestrel, Daily"}


def test_the_project_extends_and_overrides_the_table(mini_project: Path, tmp_path: Path) -> None:
    (mini_project / "facts" / "outlets.yaml").write_text(
        "WWW.Ferrypost.example: The Ferry Post\nhost.example.org/harbour-news/: Harbour News\ndawn.com: Dawn (project)\n",
        encoding="utf-8",
    )
    table, problems = load_outlets(mini_project)
    assert problems == []
    assert table["ferrypost.example"] == "The Ferry Post" and table["dawn.com"] == "Dawn (project)"
    assert len(table) > 1000  # the built-in entries are kept

    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")

    def outlet(url: str) -> str:
        [article] = add_source(mini_project, str(page), AddOptions(url=url, undated=True), dry_run=True).articles
        return article.fields["outlet"]

    assert outlet("https://en.ferrypost.example/a/1") == "The Ferry Post"
    assert outlet("https://host.example.org/harbour-news/2024/a") == "Harbour News"
    assert outlet("https://host.example.org/elsewhere/a") == ""
    assert outlet("https://www.dawn.com/news/1") == "Dawn (project)"
    assert outlet("https://www.kathmandupost.com/national/a") == "The Kathmandu Post"  # built in


def test_the_english_site_of_peoples_daily_goes_by_its_own_name() -> None:
    assert lookup_site("http://en.people.cn/n3/2024/0508/c90000-20166775.html", known_sites()) == ("en.people.cn", "People's Daily Online")


def test_citynews_toronto_is_listed_under_its_own_name() -> None:
    assert lookup_site("https://toronto.citynews.ca/2024/05/29/a/", known_sites())[1] == "CityNews Toronto"  # type: ignore[index]
    assert lookup_site("https://citynews.ca/2024/05/29/a/", known_sites())[1] == "CityNews"  # type: ignore[index]
