"""A line of nothing but the site's telephone numbers and e-mail address: the page's contact bar, never its headline.

A consultancy's or a ministry's page prints how to reach it above its content or at the foot of its address block:
"+1 (520) 780-6269 investment@latamfdi.com" (latamfdi.com, over the post's title), "Tel: (+676) 23600 Fax: (+676)
23360" (a Tongan ministry's page, between its address and its first news item).  Read as a headline, the bar became
the page's title, or cut the page in two, the number heading a second "article".  A headline never consists of phone
numbers: a line made only of numbers of at least seven digits, e-mail addresses and their labels ("Tel", "Fax",
"Phone", "E-mail", …) is furniture.  The line must hold at least one telephone number, so that an e-mail address alone
under a reporter's name stays the byline's (:mod:`briefgen.ingest.maillines`), and a figure in a sentence ("780 …") or
a year range ("2019-2020", no label, "+" or address beside it) never matches: every piece of the line must be a
number, an address or a label.
"""

from __future__ import annotations

import re

# The labels a contact bar puts before its numbers and addresses (the line is matched case-folded).
_LABEL = r"(?:tel(?:ephone)?|phone|ph|fax|mobile|mob|cell|hotline|whatsapp|e-?mail|call(?:\s+us)?)\.?\s*:?"
# A telephone number: "+1 (520) 780-6269", "(+676) 23600", "+44 20 7946 0958".
_PHONE = r"(?:\+|\(\+?)?\d[\d ().-]{4,18}\d"
_MAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_PIECE = rf"(?:{_LABEL}\s*)?(?:{_PHONE}|{_MAIL})"
# Seven digits or more, spaced or not, somewhere in the line: a telephone number, never a figure or a year.
_SEVEN_DIGITS = r"(?=.*?\d(?:[ ().-]{0,3}\d){6})"
# A mark of a contact bar beside the digits: a label, a number's "+" or an e-mail address ("2019-2020" has none).
_CONTACT_MARK = r"(?=.*?(?:\+|@|\b(?:tel|phone|ph|fax|mobile|mob|cell|hotline|whatsapp|e-?mail|call)\b))"
#: A whole line of telephone numbers and e-mail addresses under their labels, one number at least (case-folded).
CONTACT_LINE = re.compile(rf"{_SEVEN_DIGITS}{_CONTACT_MARK}{_PIECE}(?:\s*[|,;/·•]?\s*{_PIECE}){{0,4}}")


def is_contact_line(text: str) -> bool:
    """Whether a whole (stripped) line is only telephone numbers and e-mail addresses under their labels, with at
    least one telephone number."""
    return CONTACT_LINE.fullmatch(text.strip().casefold()) is not None
