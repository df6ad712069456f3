"""A reporter's byline block: a line right above a line that is nothing but an e-mail address.

Some sites head every story with the reporter's role or name and, on the next line, the reporter's address ("Lead
Editor - Newsgathering" over "kejan.haynes@guardian.co.tt", "Senior Reporter" over "dareece.polo@guardian.co.tt").
With no headline in a pasted copy, the role was read as the headline.  A headline is never followed by an e-mail
address alone on its line, while a byline often is: the two lines are the byline, and neither is the headline.
"""

from __future__ import annotations

import re

# An e-mail address alone on its line: "kejan.haynes@guardian.co.tt".
_MAIL_LINE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A byline's role or name is short: "Lead Editor - Newsgathering", "Senior Reporter", "Jane Doe".
_MOST_WORDS = 6


def is_mail_line(text: str) -> bool:
    """Whether the line is one e-mail address and nothing else."""
    return _MAIL_LINE.fullmatch(text.strip()) is not None


def heads_mail_line(text: str, following: str | None) -> bool:
    """Whether ``text`` is a byline's role or name: a short line without a sentence's full stop, right above a line that
    is only an e-mail address."""
    words = text.split()
    return following is not None and is_mail_line(following) and 0 < len(words) <= _MOST_WORDS and not text.rstrip().endswith(".")
