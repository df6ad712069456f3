"""Currencies beyond the dollar, rupee, euro and pound, read only where the sign or word is unambiguous.

A ringgit figure ("RM170 billion") left without a value loses a claim's
figure, but a currency guessed wrongly is worse: "¥" is yen or yuan and
"$" alone is many dollars, so those signs are not read here.  Three-letter
codes and signs that name one currency open an amount ("RM170 billion",
"R$5 million", "Rp 2 trillion"); currency names and codes follow it ("40 billion
yuan", "3 trillion won", "100 billion USD").  A riyal is Saudi only when Saudi Arabia is named
(or the code SAR written), a dirham Emirati only when the UAE is, and a peso
only with its country's adjective right before it.  A name many countries
share (dollar, rupee, riyal, dinar, pound…) with a country's adjective before
it is that country's ("20 billion Australian dollars" is AUD); without one,
"rupees" or "dinars" say no currency for certain and give no figure.
"""

from __future__ import annotations

import re

# Signs and codes that open an amount, as written (case-sensitive): "RM" is ringgit, "rm" is nothing.
PREFIXES: dict[str, str] = {
    "RM": "MYR",
    "MYR": "MYR",
    "RMB": "CNY",
    "CNY": "CNY",
    "JPY": "JPY",
    "KRW": "KRW",
    "₩": "KRW",
    "VND": "VND",
    "₫": "VND",
    "TRY": "TRY",
    "₺": "TRY",
    "R$": "BRL",
    "BRL": "BRL",
    "HUF": "HUF",
    "SAR": "SAR",
    "AED": "AED",
    "BDT": "BDT",
    "Tk": "BDT",
    "Tk.": "BDT",
    "৳": "BDT",
    "IDR": "IDR",
    "Rp": "IDR",
    "THB": "THB",
    "฿": "THB",
    "INR": "INR",
    "₹": "INR",
    # The euro's, the pound's and the franc's codes before an amount ("EUR 18 billion"), as their signs are read.
    "EUR": "EUR",
    "GBP": "GBP",
    "CHF": "CHF",
    # East Africa's shillings by their own signs; a bare "Sh" is any of the three, so it is not read.
    "KES": "KES",
    "KSh": "KES",
    "Ksh": "KES",
    "Kshs": "KES",
    "KShs": "KES",
    "Ksh.": "KES",
    "TZS": "TZS",
    "TSh": "TZS",
    "UGX": "UGX",
    "USh": "UGX",
}
# Longest first, so that "RMB" is not read as "RM" followed by "B".
PREFIX_PATTERN = "(?-i:" + "|".join(re.escape(p) for p in sorted(PREFIXES, key=len, reverse=True)) + r")\s?"

# Names that follow an amount and mean one currency wherever they are written.
_NAMES: dict[str, str] = {
    "ringgit": "MYR",
    "yuan": "CNY",
    "renminbi": "CNY",
    "yen": "JPY",
    "won": "KRW",
    "dong": "VND",
    "lira": "TRY",
    "liras": "TRY",
    "reais": "BRL",
    "forint": "HUF",
    "forints": "HUF",
    "baht": "THB",
    "taka": "BDT",
    "rupiah": "IDR",
    "euro": "EUR",
    "euros": "EUR",
}
# ISO codes written after an amount ("100 billion USD", "5 million EUR"), in capitals: each names one currency.
CODES_AFTER = frozenset(
    [
        "USD",
        "EUR",
        "GBP",
        "CHF",
        "CAD",
        "AUD",
        "NZD",
        "SGD",
        "HKD",
        "CNY",
        "JPY",
        "KRW",
        "TWD",
        "VND",
        "THB",
        "MYR",
        "IDR",
        "PHP",
        "INR",
        "PKR",
        "BDT",
        "LKR",
        "NPR",
        "AFN",
        "IRR",
        "TRY",
        "AZN",
        "KZT",
        "UZS",
        "KGS",
        "TJS",
        "TMT",
        "RUB",
        "BYN",
        "UAH",
        "GEL",
        "AMD",
        "PLN",
        "CZK",
        "HUF",
        "RON",
        "BGN",
        "SEK",
        "NOK",
        "DKK",
        "SAR",
        "AED",
        "QAR",
        "KWD",
        "OMR",
        "BHD",
        "EGP",
        "NGN",
        "ZAR",
        "KES",
        "ETB",
        "BRL",
        "MXN",
        "ARS",
        "CLP",
        "COP",
        "PEN",
    ]
)
_PESO_COUNTRIES = {"philippine": "PHP", "mexican": "MXN", "argentine": "ARS", "chilean": "CLP", "colombian": "COP"}
# A shared name with its country's adjective: each pair names one currency.
_NATIONAL: dict[str, dict[str, str]] = {
    "dollar": {
        "australian": "AUD",
        "canadian": "CAD",
        "singapore": "SGD",
        "hong kong": "HKD",
        "new zealand": "NZD",
        "taiwan": "TWD",
        "new taiwan": "TWD",
        "us": "USD",
        "u.s.": "USD",
        "american": "USD",
    },
    "rupee": {"indian": "INR", "pakistani": "PKR", "pakistan": "PKR", "sri lankan": "LKR", "nepalese": "NPR", "nepali": "NPR"},
    "riyal": {"saudi": "SAR", "qatari": "QAR"},
    "rial": {"omani": "OMR", "iranian": "IRR", "qatari": "QAR", "saudi": "SAR"},
    "dirham": {"emirati": "AED", "uae": "AED", "moroccan": "MAD"},
    "dinar": {"kuwaiti": "KWD", "bahraini": "BHD", "jordanian": "JOD", "iraqi": "IQD", "algerian": "DZD", "tunisian": "TND"},
    "pound": {"egyptian": "EGP", "british": "GBP", "sterling": "GBP"},
    "ruble": {"russian": "RUB", "belarusian": "BYN"},
    "rouble": {"russian": "RUB", "belarusian": "BYN"},
    "manat": {"azerbaijani": "AZN", "turkmen": "TMT"},
    "franc": {"swiss": "CHF"},
    "rand": {"south african": "ZAR"},
    "lira": {"turkish": "TRY"},
}
_ADJECTIVES = sorted({adj for names in _NATIONAL.values() for adj in names}, key=len, reverse=True)
NAME_PATTERN = (
    r"(?:(?P<adj>" + "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in _ADJECTIVES) + r")\s+"
    r"(?P<national>" + "|".join(_NATIONAL) + r")s?|"
    r"(?P<peso>" + "|".join(_PESO_COUNTRIES) + r")\s+pesos?|(?P<riyal>riyals?)|(?P<dirham>dirhams?)|"
    r"(?-i:(?P<code>" + "|".join(sorted(CODES_AFTER)) + r"))|"
    r"(?P<name>" + "|".join(_NAMES) + r"))\b"
)
_SAUDI = re.compile(r"\bSaudi\b")
_EMIRATES = re.compile(r"\b(?:UAE|U\.A\.E\.|United Arab Emirates|Emirati|Dubai|Abu Dhabi)\b")


def prefix_currency(sign: str) -> str | None:
    """The code of a sign or code written before an amount ("RM" → MYR), or None when it is not one of these."""
    return PREFIXES.get(sign.strip())


def named_currency(match: re.Match[str], sentence: str) -> str | None:
    """The code of a currency name after an amount, or None when the name does not settle which currency.

    "riyals" is read only when the sentence names Saudi Arabia and "dirhams"
    only when it names the UAE: Qatar, Oman, Yemen and Morocco have riyals
    or dirhams too, and a figure in the wrong currency is worse than none.
    """
    if match.group("code"):
        return match.group("code")
    if match.group("national"):
        return _NATIONAL[match.group("national").casefold()].get(" ".join(match.group("adj").casefold().split()))
    if match.group("peso"):
        return _PESO_COUNTRIES[match.group("peso").casefold()]
    if match.group("riyal"):
        return "SAR" if _SAUDI.search(sentence) else None
    if match.group("dirham"):
        return "AED" if _EMIRATES.search(sentence) else None
    return _NAMES[match.group("name").casefold()]
