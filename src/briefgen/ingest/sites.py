"""The built-in table of known news sites: a site to the outlet's own name, read once from ``sites.csv``.

``sources add`` names the outlet of an article from the address it was found
at when the text does not say where it appears, so a site missing here leaves
the outlet empty.  The table covers the English-language national and regional
news sites, agencies, broadcasters, aggregators and foreign-ministry and
presidency sites of every region; a project adds or overrides entries in
``facts/outlets.yaml``.  Names are as each outlet writes its own, so that a
name in the text and the table's entry can be matched.

The table is data, not code: one ``site,outlet`` row a line in ``sites.csv``
beside this module, so that an entry is added without touching Python.  A site
is a registered domain ("dawn.com"), a host ("english.news.cn"), or a host and
the first folders of its addresses ("trt.global/afrika-english") where one
host serves several outlets.
"""

from __future__ import annotations

import csv
from functools import cache
from importlib.resources import files
from urllib.parse import urlsplit

from briefgen.ingest.platformhosts import account_site, platform_account
from briefgen.ingest.replicas import replica_paper

TABLE_FILE = "sites.csv"


def parse_sites(text: str) -> dict[str, str]:
    """The ``site,outlet`` rows of a table's text, keys in the form lookups use (lower case, no "www.", no "/" at the end).

    Comment lines (starting with "#"), the header row and rows without both fields are skipped.
    """
    rows = csv.reader((line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")), skipinitialspace=True)
    table: dict[str, str] = {}
    for row in rows:
        if len(row) < 2 or not row[0].strip() or not row[1].strip() or row[0].strip() == "site":
            continue
        table[site_key(row[0])] = " ".join(row[1].split())
    return table


def site_key(site: str) -> str:
    """A table key as lookups spell it: "WWW.Example.com/News/" is "example.com/news"."""
    return site.strip().casefold().removeprefix("www.").rstrip("/")


@cache
def known_sites() -> dict[str, str]:
    """The built-in table, read from the package's ``sites.csv`` the first time it is asked for."""
    return parse_sites(files("briefgen.ingest").joinpath(TABLE_FILE).read_text(encoding="utf-8"))


@cache
def known_outlet_names() -> frozenset[str]:
    """Every outlet name of the built-in table, case-folded: for asking whether a line is only an outlet's name."""
    return frozenset(name.casefold() for name in known_sites().values())


def lookup_site(url: str, table: dict[str, str]) -> tuple[str, str] | None:
    """The table entry an address belongs to, as (key, outlet): the most specific one.

    The host is tried with the address's first folders first ("trt.global/afrika-english"), then alone, then each
    parent domain in turn ("english.news.cn", "news.cn"): so a subdomain ("en.", "m.", "english.") resolves to its
    site unless the table lists it on its own, and "www." never matters.  A replica newsstand's page is the paper's
    its address names (:mod:`briefgen.ingest.replicas`).
    """
    parts = urlsplit(url if "//" in url else f"//{url}")
    host = (parts.hostname or "").casefold().rstrip(".").removeprefix("www.")  # "ebc.com.br." is a full name
    if not host:
        return None
    all_folders = [p for p in parts.path.casefold().split("/") if p]
    paper = replica_paper(host, all_folders)
    if paper is not None:
        return paper  # a newsstand's page shows a paper: the paper is the outlet (:mod:`replicas`)
    account = platform_account(host)
    if account is not None:
        return account_site(account, table)  # a paper's page on its publishing platform's host (:mod:`platformhosts`)
    folders = all_folders[:3]
    labels = host.split(".")
    for start in range(len(labels) - 1):  # never a bare top-level label ("com")
        domain = ".".join(labels[start:])
        for depth in range(len(folders), 0, -1):
            key = f"{domain}/{'/'.join(folders[:depth])}"
            if key in table:
                return key, table[key]
        if domain in table:
            return domain, table[domain]
    return None


# The table as a mapping, for code that reads it directly; a project's own entries are added by outlets.load_outlets.
KNOWN_SITES: dict[str, str] = known_sites()
