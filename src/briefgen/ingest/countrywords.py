"""Names of countries that small sites write at the end of their addresses ("bizwatchnigeria.ng", "newsghana").

A site that is not in the table of known sites is named, as a last resort, by
splitting its address into words (:mod:`briefgen.ingest.selfnames`).  A
country's name closing the address is a word of the site's name ("BizWatch
Nigeria"), the way a region's is ("Radar Africa").  Only names of five letters
or more that do not end common English words are listed: "oman" closes
"woman", "chad" and "peru" close other words, so they would split a name
where it has no seam.
"""

from __future__ import annotations

_COUNTRY_WORDS_TEXT = """
    nigeria ghana kenya uganda rwanda tanzania zambia zimbabwe malawi ethiopia somalia sudan egypt morocco algeria
    tunisia libya senegal cameroon liberia namibia botswana mozambique angola pakistan india nepal bangladesh lanka
    afghanistan syria lebanon israel palestine qatar kuwait bahrain emirates turkiye armenia azerbaijan kazakhstan
    uzbekistan kyrgyzstan tajikistan turkmenistan mongolia china japan korea vietnam thailand cambodia malaysia
    singapore indonesia philippines myanmar australia zealand russia ukraine belarus serbia poland germany france
    italy spain portugal britain ireland canada mexico brazil argentina colombia venezuela jamaica guyana
"""
COUNTRY_WORDS = frozenset(_COUNTRY_WORDS_TEXT.split())
