"""A headline that ends on an abbreviation's full stop: "Irish Beef Trade Mission to the U.S.".

A line's closing full stop says a sentence ends there, and a sentence is no headline
(:func:`briefgen.ingest.header.headline_like`).  But a country's or a city's initials keep their stops wherever they
stand ("U.S.", "U.K.", "U.A.E.", "D.C."), and a headline naming one last ends on its stop: the page's title was
taken for the first sentence of the text, and the page kept no headline.  Such a line is a headline when it is
written as headlines are, every long word opening with a capital (:func:`briefgen.ingest.header.title_cased`); a
sentence that ends on the same initials ("… on his visit, including aircraft manufacturing giant Embraer S.A.") is
written in lower case and stays a sentence.
"""

from __future__ import annotations

import re

# Two to four capitals each followed by its full stop, as the line's last word: "U.S.", "U.A.E.", "D.C.".
_INITIALS_END = re.compile(r"(?:^|\s)(?:[A-Z]\.){2,4}$")


def ends_on_initials(text: str) -> bool:
    """Whether a line's last word is a name's initials with their full stops ("… to the U.S.")."""
    return _INITIALS_END.search(text.rstrip()) is not None
