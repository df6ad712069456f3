"""Sums given at an occasion: "India on Tuesday extended a $250 million Line of Credit" is what the visit brought.

A report of a visit tells what one side gave the other there: "We have
decided to extend a Line of Credit of $250 million for modernisation of the
agricultural sector in Kenya", "He also announced an additional assistance
package of RMB 500 million for Pakistan's post-flood relief", "President
William Ruto has secured another Ksh38.3 billion loan from the Indian
government", "I am delighted that the project is getting off the ground with
this initial £1 billion commitment".  The labels of record hold such a sum as
a part of the visit it was announced at; yet its digits made
:func:`briefgen.corpus.spoken.told_as_background` read it as a level of the
relation told beside the visit, and the sentence was left out of the
occasion (round 50: the largest shape among the labelled claims of half A
that no proposal reached for reading as background).

:func:`without_sum_given` takes the sum given out of a quote before its
background is read: a sum after a verb of giving ("extended", "provide",
"announced", "granted", "pledged", "committed to", "secured"), a grant, loan
or package "worth" or "of" a sum, or a sum named as a line of credit, a loan,
a grant, aid or a commitment; with its conversion in brackets and a second sum
joined to it ("Rs 30 billion (USD 360 mn), in addition to USD 400 million").
The rest of the quote is read as before: "China has provided $5 billion in
loans since 2000" keeps its year, and "over the past decade" its decade; a
level of trade ("trade reached $10 billion") has no verb of giving and stays
background, and a target ("pledged to increase trade with Egypt to $15
billion") sets a level, it gives nothing.  (Measured, round 50, links of
record with unjudged pairs counted wrong: half A recall 69.79% to 70.57%
(+365 pairs, from 11 claims of intake_final6, 18, 24, 44 and 74),
precision 93.85% to 93.87%; the 15 new pairs, judged different, join a sum
given to sentences the labels keep out of the visit: background, a forecast,
another leg of the tour, an export reported on its own.)
"""

from __future__ import annotations

import re

from briefgen.text.cues import may_hold

#: A sum of money: a currency sign or code before the number ("$250 million", "US$3 billion", "RMB 500 million",
#: "Ksh38.3 billion", "Rs 30 billion", "₹3,000 crore"), or a currency's name or code after it ("600 million yen",
#: "100 million RMB", "5 billion dollars").
_SUM = (
    r"(?:(?:(?:US|A|C|NZ|S|HK)?\$|€|£|¥|₹|\b(?:USD|US\$|EUR|GBP|RMB|CNY|INR|JPY|Rs\.?|Ksh|KSh|Tk|AED|SAR|QAR)\s?)\s?[0-9][0-9.,]*"
    r"(?:\s?(?:trillion|billion|million|bn|mn|m|crore|lakh)\b)?"
    r"|\b[0-9][0-9.,]*\s?(?:trillion|billion|million|bn|mn|crore|lakh)?\s?"
    r"(?:dollars|euros|pounds|yen|yuan|renminbi|rupees|riyals|dirhams|shillings|RMB|USD|EUR)\b)"
)

#: A conversion or gloss in brackets after a sum ("(USD 360 mn)", "(around USD 13.8 million)").
_GLOSS = r"(?:\s*\([^()]{0,40}\))?"

#: A second sum joined to the first ("Rs 30 billion (USD 360 mn), in addition to USD 400 million", "$100 million and
#: Rs 3,000 crore", "600 million yen or around P235 million").
_JOINED = (
    r"(?:,?\s+(?:in addition to|and|plus|as well as|or)\s+(?:(?:the|a|an|another|an additional|around|about|some|nearly)\s+)?"
    + _SUM
    + _GLOSS
    + r")*"
)

#: A verb by which one side gives or promises the other a sum: extends, provides, announces, grants, offers, pledges,
#: commits to, secures, donates, allocates, disburses.
_GIVING = (
    r"\b(?:extend(?:s|ed|ing)?|provid(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|grant(?:s|ed|ing)?|offer(?:s|ed|ing)?|"
    r"pledg(?:e|es|ed|ing)|commit(?:s|ted|ting)? to|secur(?:e|es|ed|ing)|donat(?:e|es|ed|ing)|allocat(?:e|es|ed|ing)|"
    r"disburs(?:e|es|ed|ing))\b"
)

#: The words between the verb and its sum ("extended a", "decided to provide support in the form of"): up to eight, none
#: of a target for the relation ("pledged to increase trade with Egypt to $15 billion" sets a level, it gives nothing).
_BETWEEN = r"\s+(?:(?!(?:trade|turnover|volume|increas|rais|boost|doubl|target|reach)\w*\b)[\w’'()-]+\s+){0,8}?"

#: What a sum given is: a line of credit, a loan, a grant, aid, assistance, a package, a commitment or a pledge.
_GIFT = r"(?:lines? of credit|credit lines?|loans?|grants?|aid|assistance|packages?|commitments?|pledges?)"

#: The three shapes of a sum given: after a verb of giving ("extended a $250 million"), a gift worth or of a sum ("an
#: assistance package of RMB 500 million"), a sum named as a gift ("this initial £1 billion commitment").
_SHAPES = (
    _GIVING + _BETWEEN + _SUM,
    r"\b" + _GIFT + r"\s+(?:worth|of)\s+" + _SUM,
    _SUM + r"\s+(?:[\w-]+\s+){0,2}?" + _GIFT + r"\b",
)

#: The sum given, in any of its shapes, with its gloss and the sums joined to it.
_GIVEN = re.compile(r"(?:" + "|".join(_SHAPES) + r")" + _GLOSS + _JOINED, re.IGNORECASE)


def without_sum_given(quote: str) -> str:
    """The quote without the sums one side gives the other in it (see the module docstring).

    "India on Tuesday extended a $250 million Line of Credit for
    modernisation of agriculture in Kenya" leaves "India on Tuesday  Line of
    Credit for modernisation of agriculture in Kenya": no figure is left to
    read as background.

    Every shape of a sum has a digit (see :data:`_SUM`), and a verb of giving
    or a word of a gift: a quote without them is returned as it is, without
    trying the shapes' pattern, long and read without regard to case, at each
    of its places (about 200 us a quote; see :mod:`briefgen.text.cues`).
    """
    if _DIGIT.search(quote) is None or not may_hold(quote, _CUES, _AID):
        return quote
    return _GIVEN.sub(" ", quote)


#: What every sum of :data:`_SUM` holds.
_DIGIT = re.compile(r"[0-9]")

#: What every match of :data:`_GIVEN` holds, lower-cased: the start of a verb of giving (:data:`_GIVING`) or a
#: word of a gift (:data:`_GIFT`); "aid" counts only at the start of a word, where its pattern has it.
_CUES = (
    *("extend", "provid", "announc", "grant", "offer", "pledg", "commit", "secur", "donat", "allocat", "disburs"),
    *("credit", "loan", "assistance", "package"),
)
_AID = re.compile(r"\baid")
