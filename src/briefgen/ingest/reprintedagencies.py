"""National and regional news agencies whose copy other sites reprint, by the short names their datelines carry.

A dateline's credit such as "JEDDAH, Jun 7 2018 (WAM) -" or "KINGSTON, Jamaica, July 21, 2016 (CMC) –" names the
agency that wrote the copy, not the site that printed it: the Emirates' agency on an international press service's
pages, the Caribbean Media Corporation on a Canadian community paper's.  A reader cites the site, so such a credit
never names the outlet of a page with an address (an agency's own site is still named by its credit, which spells its
address, or by the table of known sites).

:mod:`agencies` lists the world wires that every part of the reader knows; these names are kept apart and read for
the outlet alone, because several are ordinary words or other names elsewhere in a page ("MIA", "NAN", "Petra").
"""

from __future__ import annotations

# State and regional agencies whose copy other outlets print under the agency's credit.
REPRINTED_AGENCIES = frozenset(
    (
        "wam",  # Emirates News Agency
        "spa",  # Saudi Press Agency
        "kuna",  # Kuwait News Agency
        "qna",  # Qatar News Agency
        "bna",  # Bahrain News Agency
        "ona",  # Oman News Agency
        "mena",  # Middle East News Agency (Egypt)
        "wafa",  # Palestinian News and Information Agency
        "petra",  # Jordan News Agency
        "sana",  # Syrian Arab News Agency
        "bernama",  # Malaysia
        "antara",  # Indonesia
        "yonhap",  # Korea
        "kyodo",  # Japan
        "vna",  # Vietnam News Agency
        "pna",  # Philippine News Agency
        "bss",  # Bangladesh Sangbad Sangstha
        "rss",  # Rastriya Samachar Samiti (Nepal)
        "nan",  # News Agency of Nigeria
        "gna",  # Ghana News Agency
        "kna",  # Kenya News Agency
        "cmc",  # Caribbean Media Corporation
        "efe",  # Spain
        "ansa",  # Italy
        "dpa",  # Germany
        "tanjug",  # Serbia
        "mia",  # North Macedonia
        "cna",  # Central News Agency (Taiwan)
    )
)


def is_reprinted_agency(name: str) -> bool:
    """Whether a dateline's credit is a state or regional agency's short name ("WAM", "(CMC)", "Bernama")."""
    return name.casefold().strip(" ()/.") in REPRINTED_AGENCIES
