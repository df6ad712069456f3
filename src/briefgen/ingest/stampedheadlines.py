"""A live blog's entry headline behind its time stamps: "02/16/2024 February 16, 2024 Zelenskyy signs security pact …".

A live page of updates prints over each entry the day it was posted, in figures and again in words, and then the
entry's title.  Saved as text, stamps and title run together on one line, and the line was archived as the headline
with the dates in front.  No headline opens on a full date followed by another title's words: the stamps are the
entry's time of posting (the page's date is read elsewhere, from the stamp or the capture prefix), and the headline
is the words after them.  Only whole dates are taken off (day, month and year, in figures or in words, perhaps with
the time of day), and only when a headline of three words or more is left behind them.

A press release's page prints the same stamp after its title instead, in figures with the time of release ("President
of Estonia to make state visit to Finland 27.2.2017 10:26", "… to Finland 12.10.2021 12:26:18 EEST" on a wire's
release page), and the two run together on one line.  That stamp comes off too, but only in figures and only with its
time of day: a title may end on a date it is about in words ("PM meeting with Taoiseach Varadkar of Ireland: 5
February 2024"), never on the minute it was posted.
"""

from __future__ import annotations

import re

from briefgen.ingest.titledates import FULL_DATE

# A date in figures, month first or day first ("02/16/2024", "16.02.2024"), written the ISO way ("2024-02-16"), or in
# words ("February 16, 2024", "16 February 2024"); perhaps with a time of day after it ("February 16, 2024 14:05").
_STAMP = (
    rf"(?:[0-3]?\d[/.][0-3]?\d[/.](?:19|20)\d\d|(?:19|20)\d\d-[01]\d-[0-3]\d|{FULL_DATE})"
    r"(?:,?\s+(?:at\s+)?[0-2]?\d[:.][0-5]\d(?:\s*[ap]\.?m\.?)?)?"
)
# One to three stamps at the head of the line, a capital (or an opening quote) after them.
_LEADING_STAMPS = re.compile(rf"^(?:(?:{_STAMP})\s*[|·•,]?\s+){{1,3}}(?=[A-Z“\"‘'])", re.IGNORECASE)
# A date in figures and its time of day closing the line, perhaps with the seconds and a time zone's letters, and
# perhaps the kind of page after a bar: "27.2.2017 10:26", "12.10.2021 12:26:18 EEST | Press release".
_CLOSING_STAMP = re.compile(
    r"\s+(?:[0-3]?\d[/.][0-3]?\d[/.](?:19|20)\d\d|(?:19|20)\d\d-[01]\d-[0-3]\d),?\s+[0-2]?\d:[0-5]\d(?::[0-5]\d)?(?:\s+[A-Z]{2,5})?"
    r"(?:\s*\|\s*(?:\w+\s?){1,3})?$"
)
# What must be left behind the stamps for it to be a headline.
_HEADLINE_WORDS = 3


def without_entry_stamps(headline: str) -> str:
    """The headline with the time stamps that open it taken off ("02/16/2024 February 16, 2024 Zelenskyy signs …"
    is "Zelenskyy signs …"), or the headline unchanged when it does not open on a whole date or too little follows."""
    stamps = _LEADING_STAMPS.match(headline)
    if stamps is None:
        return headline
    rest = headline[stamps.end() :]
    return rest if len(rest.split()) >= _HEADLINE_WORDS else headline


def without_closing_stamp(headline: str) -> str:
    """The headline with a release's stamp after it taken off ("… to Finland 27.2.2017 10:26" is "… to Finland", and
    so is "… to Finland 12.10.2021 12:26:18 EEST | Press release"), or the headline unchanged when it does not close
    on a date in figures and a time of day, or too little is left."""
    stamp = _CLOSING_STAMP.search(headline)
    if stamp is None or len(headline[: stamp.start()].split()) < _HEADLINE_WORDS:
        return headline
    return headline[: stamp.start()]


def without_stamps(headline: str) -> str:
    """The headline without the stamps glued before it (a live blog's entry) or after it (a release's page)."""
    return without_closing_stamp(without_entry_stamps(headline))
