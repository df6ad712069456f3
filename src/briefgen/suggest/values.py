"""Figures stated in a sentence, as structured values, and the kind of a statement.

A value is read only from words that state it: money with its magnitude
("US$50.2 million" is 50200000 USD), percentages, multiples ("1.5 times"),
ranks ("fourth-largest", unless the sentence states an amount the rank only
qualifies), counts with their unit ("2,700 Belarus tractors", "two Joint
Ministerial Commission (JMC) sessions", "nine MoUs"), ordinals over a stated
period ("the seventh visit since 2015"), the length or volume of one thing
("the 80 km pipeline", "500 million cubic meters"), how long a visit or talks
last ("a two-day visit", "three hours of talks"; "more than half" is 50
percent) and ages ("more than 30 years old").  Years, days of the month,
other ordinals, sizes of a class of things ("10-metre trucks"), spans of time
("two decades of relations"), the parties and quoted mottos are not counts:
when the reading is not certain, no value is proposed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from briefgen.suggest.certainty import certain_values
from briefgen.suggest.compound_numbers import whole_compounds
from briefgen.suggest.conversions import inherit_conversions
from briefgen.suggest.currencies import NAME_PATTERN, PREFIX_PATTERN, named_currency, prefix_currency
from briefgen.suggest.economy_shares import economy_shares
from briefgen.suggest.found import FoundValue
from briefgen.suggest.fractions import fraction_shares
from briefgen.suggest.group_words import GROUP_PATTERN, count_multiplier, group_count, is_round, names_known_group
from briefgen.suggest.hundreds import said_hundreds
from briefgen.suggest.meeting_lengths import meeting_lengths
from briefgen.suggest.metrics import metric_name, metric_slug, rank_owner
from briefgen.suggest.place_counts import without_place_counts
from briefgen.suggest.plain_figures import with_plain_figures
from briefgen.suggest.series import is_first, series_counts
from briefgen.suggest.stressed_counts import stressed_counts
from briefgen.suggest.tense import plan_clause
from briefgen.suggest.unit_prices import price_measure
from briefgen.suggest.value_words import (
    APPROXIMATE,
    CHANGE_FROM,
    GAP_STOP,
    MEASURES,
    MODIFIER_NOT_UNIT,
    NOT_UNITS,
    PARTITIVE,
    POWER_PATTERN,
    POWER_UNITS,
    QUANTITY_UNITS,
    RANKED_ROLE,
    qualify_around,
)
from briefgen.suggest.visit_lengths import visit_lengths
from briefgen.suggest.word_ranges import word_ranges
from briefgen.text.english import MAGNITUDE_WORDS, MONTH_PATTERN, NUMBER_WORDS, ORDINAL_WORDS, words_pattern

_MAGNITUDE = {**MAGNITUDE_WORDS, "k": 10**3, "mn": 10**6, "mln": 10**6, "m": 10**6, "bn": 10**9, "bln": 10**9, "b": 10**9, "trln": 10**12}
_CURRENCY = {"us$": "USD", "us $": "USD", "$": "USD", "usd": "USD", "rs": "PKR", "rs.": "PKR", "pkr": "PKR", "€": "EUR", "£": "GBP"}
# Words that cannot be read as a count on their own are left alone: "one of the first", "a dozen agreements",
# and "hundred" or "thousand", which are only part of a number ("two thousand tractors").
_WORDS = {word: n for word, n in NUMBER_WORDS.items() if word not in {"one", "dozen", "hundred", "thousand"}}
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# A currency opens a word: "covers 1,000 MW" is no amount in rupees, "S$5" no amount in US dollars.
_CUR = rf"(?<![A-Za-z])(?:{PREFIX_PATTERN}|US\s?\$|\$|USD\s?|Rs\.?\s?|PKR\s?|€|£)"
_MAG = r"thousand|million|billion|trillion|mln|bln|trln|mn|bn|m\b|b\b|k\b"
_DASH = r"\s*[-–—]\s*|\s+to\s+|\s+and\s+"

# "$40-70 million", "$64-$65 billion", "US$1 billion to US$1.5 billion": a range, not its first number.
_MONEY_RANGE = re.compile(
    rf"(?P<cur>{_CUR})\s?(?P<n1>{_NUMBER})(?:[\s-]*(?P<mag1>{_MAG}))?(?P<dash>{_DASH})(?:{_CUR})?\s?(?P<n2>{_NUMBER})"
    rf"(?:[\s-]*(?P<mag>{_MAG}))?",
    re.IGNORECASE,
)
_MONEY = re.compile(rf"(?P<cur>{_CUR})\s?(?P<n>{_NUMBER})(?:[\s-]*(?P<mag>{_MAG}))?", re.IGNORECASE)
# "2 billion dollars", "one-billion Dollar trade agreement", "nearly six billion dollars", "ten billion euros", "3.5 bln dollars".
_MONEY_WORDS = re.compile(
    rf"(?<![\w$.,-])(?P<n>{_NUMBER}|{words_pattern(NUMBER_WORDS)})[\s-]+(?P<mag>million|billion|trillion|mln|bln|mn|bn)[\s-]+"
    r"(?:US\s+)?(?P<word>dollars?|euros?)\b",
    re.IGNORECASE,
)
# "170 billion ringgit", "3 trillion won", "40 billion Philippine pesos", "five trillion yen" (a word with its magnitude).
_MONEY_NAMED = re.compile(
    rf"(?<![\w$.,-])(?P<n>{_NUMBER}|{words_pattern(NUMBER_WORDS)}(?=[\s-]+(?:million|billion|trillion)\b))"
    rf"(?:[\s-]*(?P<mag>million|billion|trillion|mn|bn))?\s+{NAME_PATTERN}",
    re.IGNORECASE,
)
_INDIAN_SCALE = re.compile(r"[\s-]*(?:crores?|lakhs?|lacs?)\b", re.IGNORECASE)
_PERCENT_RANGE = re.compile(
    rf"(?<![\w.])(?P<n1>{_NUMBER})\s*(?P<u1>%|per ?cent|percent)?(?P<dash>{_DASH})(?P<n2>{_NUMBER})\s*(?:per ?cent|percent|%)",
    re.IGNORECASE,
)
# "20 percent", "Twenty per cent of exports" (a share written in words, not twenty exports).
_PERCENT = re.compile(rf"(?<![\w.])(?P<n>{_NUMBER}|{words_pattern(NUMBER_WORDS)})\s*(?:per ?cent|percent|%)", re.IGNORECASE)
_TIMES = re.compile(rf"(?<![\w.])(?P<n>{_NUMBER})\s+times\b", re.IGNORECASE)
# "10 to 12 times less": a range of multiples, not its second number.
_TIMES_RANGE = re.compile(rf"(?<![\w.])(?P<n1>{_NUMBER})(?P<dash>{_DASH})(?P<n2>{_NUMBER})\s+times\b", re.IGNORECASE)
_RANK = re.compile(rf"\b(?P<n>{words_pattern(ORDINAL_WORDS)}|\d+(?:st|nd|rd|th))-largest\s+(?P<what>[a-z]+(?:\s+[a-z]+)?)")
# "third- and fifth-largest": the second of two ranks that share their word.
_SHARED_RANK = re.compile(rf"\b(?:{words_pattern(ORDINAL_WORDS)}|\d+(?:st|nd|rd|th))-\s*(?:and|or|to|,)\s+$", re.IGNORECASE)
# "the seventh visit to the UAE since 2015", "the fifth since 2015": a count of visits from a year on.
_VISIT_COUNT = re.compile(
    rf"\b(?P<n>{words_pattern(ORDINAL_WORDS)})\b(?:\s+[\w’'-]+){{0,5}}?\s+since\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE
)
_VISIT_TO = re.compile(r"\bvisits?\s+to\s+(?:the\s+)?(?P<place>[A-Z][\w-]+)")
# A unit is a plural noun, but not "Belarus", "business" or "analysis".  A closing quotation mark may
# follow the number: praised the “more than 120” bilateral visits.
# "a pair of “framework agreements”" is two, exactly; an opening quotation mark may open the things counted ("23 'captains")
_COUNT = re.compile(
    rf"(?<![\w$.,/–—-])(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+|{words_pattern(_WORDS)}|{GROUP_PATTERN})[”\"’]?\s+[“\"‘']?"
    rf"(?P<words>(?:[\w()&/-]+\s+){{0,4}}?)(?P<unit>{MODIFIER_NOT_UNIT}[A-Za-z]+s)(?<!(?-i:[sui])s)(?![\w-])",
    re.IGNORECASE,
)
# "1500 to 2000 units"; also "8 to 10-metre trucks" and "60-90 horsepower engines", which are sizes, read only to be skipped.
_COUNT_RANGE = re.compile(
    rf"(?<![\w$.,/–—-])(?P<n1>\d{{1,3}}(?:,\d{{3}})+|\d+|{words_pattern(_WORDS)})(?P<dash>{_DASH})"
    rf"(?P<n2>\d{{1,3}}(?:,\d{{3}})+|\d+|{words_pattern(_WORDS)})(?P<glue>-[A-Za-z]+)?\s+"
    rf"(?P<words>(?:[\w()&/-]+\s+){{0,4}}?)(?P<unit>{MODIFIER_NOT_UNIT}[A-Za-z]+s)(?<!(?-i:[sui])s)(?![\w-])",
    re.IGNORECASE,
)
# A measured quantity of one thing: "the 80 km pipeline", "500 million cubic meters", "85-kilometer pipeline".
# Followed by a plural noun it is a size class ("100 km roads"), which is skipped.
_QUANTITY = re.compile(
    rf"(?<![\w$.,/–—-])(?P<n>{_NUMBER}|{words_pattern(_WORDS)})(?:\s+(?P<mag>thousand|million|billion))?[\s-]+"
    rf"(?P<unit>km|kilomet(?:re|er)s?|cubic met(?:re|er)s?|{POWER_PATTERN})\b(?:[\s-]+(?P<next>[A-Za-z]+)(?:[\s-]+(?P<next2>[A-Za-z]+))?)?",
    re.IGNORECASE,
)
# Time spent on talks is a figure ("three hours of talks"); "two decades of relations" is not.
_TALKS = re.compile(
    rf"(?<![\w$.,/–—-])(?P<n>\d+|{words_pattern(_WORDS)})\s+(?P<unit>hours?|minutes?)\s+of\s+"
    r"(?:talks|discussions|negotiations|consultations|meetings)\b",
    re.IGNORECASE,
)
# Memoranda of understanding, however the copy writes them: "nine memorandum of understanding (MoUs)".
_MOUS = re.compile(
    rf"(?<![\w$.,/–—-])(?P<n>\d+|{words_pattern(_WORDS)})\s+memorand(?:um|a|ums)\s+of\s+understanding(?:\s*\((?:MoUs?|MOUs?)\))?"
    r"(?P<agreements>\s+and\s+agreements\b)?",
    re.IGNORECASE,
)
# Agreements counted with the memoranda in one number: "28 agreements and Memoranda of Understanding (MoU)".
_AND_MOUS = re.compile(r"\s+and\s+(?:memorand(?:um|a|ums)\s+of\s+understanding|MoUs?\b)(?:\s*\((?:MoUs?|MOUs?)\))?", re.IGNORECASE)
# An age: "more than 30 years old".
_AGE = re.compile(rf"(?<![\w$.,/–—-])(?P<n>\d+|{words_pattern(_WORDS)})\s+(?P<unit>years?)\s+old\b", re.IGNORECASE)
# A count that is the whole of a short quotation is a motto or a name: "the maxim ‘one nation two states’".
_QUOTED_NAME_BEFORE = re.compile(r"[‘“]\s*(?:[\w-]+,?\s+){0,3}$")
_QUOTED_NAME_AFTER = re.compile(r"(?:,?\s+[\w-]+){0,3}[,.]?[’”]")
_NOT_PLURAL = frozenset(("was", "has", "is", "its", "this", "as", "thus", "us", "across"))
_MONTH_BEFORE = re.compile(rf"{MONTH_PATTERN}\s*$")
_MONTH_AFTER = re.compile(rf"^\s*{MONTH_PATTERN}")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_MONTH_WORD = re.compile(MONTH_PATTERN)
_FIRST_MONTHS = re.compile(
    r"first (?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2}) months of (?P<y>(?:19|20)\d\d)", re.IGNORECASE
)
_COMPARED = re.compile(r"\b(?:from|than|compared\s+(?:with|to)|against|versus|vs\.?)\s[^.;]*$", re.IGNORECASE)
_PERIOD_YEAR = re.compile(r"\b(?:[Ii]n|[Aa]s of|[Ff]or|of|[Dd]uring) (?P<y>(?:19|20)\d\d)\b")


def _currency(sign: str) -> str:
    """The code of the currency a sign opens: "RM" is MYR, "Rs" PKR, "$" USD."""
    return prefix_currency(sign) or _CURRENCY.get(sign.strip().casefold(), "USD")


def _amount(number: str, magnitude: int = 1) -> str:
    value = Decimal(number.replace(",", "")) * magnitude
    return format(value.normalize(), "f")


def _period(sentence: str) -> str | None:
    months = _FIRST_MONTHS.search(sentence)
    if months:
        count = _WORDS.get(months.group("n").casefold()) or int(months.group("n"))
        year = months.group("y")
        return f"{year}-01/{year}-{count:02d}"
    found = [m for m in _PERIOD_YEAR.finditer(sentence) if not _planned_year(sentence, m.start("y"))]
    if any(_COMPARED.search(sentence[max(0, m.start() - 40) : m.start()]) for m in found):
        return None  # "200 firms, up from 150 in 2020": the year is the other figure's, so no figure's period is certain
    years = {m.group("y") for m in found}
    if len(years) == 1:
        return years.pop()
    if re.search(r"\bannual\b", sentence, re.IGNORECASE):
        return "annual"
    return None


def _planned_year(sentence: str, start: int) -> bool:
    """A year in a clause of its own that tells a plan ("…, which it hopes to complete before the World Cup in 2030").

    It dates the plan, not a figure stated in another clause; a figure in the
    plan's clause ("is expected to reach $50 billion in 2030") keeps it.
    """
    clause = plan_clause(sentence, start)
    return clause is not None and not re.search(r"\d", clause)


def _number_of(text: str) -> str:
    word, group = " ".join(text.casefold().split()), group_count(text)
    return group or (str(NUMBER_WORDS[word]) if word in NUMBER_WORDS else _amount(text))


def _is_date(sentence: str, start: int, *number_ends: int) -> bool:
    """A day of the month ("May 3–4", "3 February", "5–6 February"), not a count."""
    return bool(_MONTH_BEFORE.search(sentence[:start]) or any(_MONTH_AFTER.match(sentence[end:]) for end in number_ends))


def _gap_words(words: str) -> list[str]:
    return re.sub(r"\([^)]*\)", " ", PARTITIVE.sub("", words)).split()  # "11 of his ministers" counts ministers


def _count_unit_ok(sentence: str, match: re.Match[str]) -> bool:
    """The words between a number and its plural noun make it a count of that noun."""
    unit = match.group("unit")
    gap = [w.casefold().strip("()") for w in _gap_words(match.group("words"))]
    if unit.casefold() in NOT_UNITS or any(w in NOT_UNITS or w in GAP_STOP or _MONTH_WORD.fullmatch(w.capitalize()) for w in gap):
        return False  # "two decades of relations", "4 and includes", "(5–6 February) was"
    return not (MEASURES.match(unit) or any(MEASURES.match(w) or ("-" in w and MEASURES.match(w.split("-")[-1])) for w in gap))


def find_values(sentence: str) -> list[FoundValue]:
    """Every figure the sentence states with a certain reading, in the order they appear.

    A range gives low and high, a bound ("up to", "more than") one of them,
    and "about" marks the figure approximate.  Sizes and ratings ("8 to
    10-metre trucks", "60-90 horsepower engines"), days of the month ("May
    3–4") and spans of time ("two decades") give no value: a wrong figure is
    worse than none.
    """
    values: list[FoundValue] = []
    taken: list[tuple[int, int]] = []
    period = _period(sentence)
    low: str | None
    high: str | None

    def free(start: int, end: int) -> bool:
        return not any(start < b and a < end for a, b in taken)

    def add(value: FoundValue) -> None:
        values.append(value)
        taken.append((value.start, value.end))

    for match in _MONEY_RANGE.finditer(sentence):
        if not free(*match.span()) or not _is_range(match, sentence):
            continue
        mag1, mag2 = (match.group("mag1") or "").casefold(), (match.group("mag") or "").casefold()
        if mag1 and not mag2:
            continue  # "$40 million-70": no certain reading
        scale = mag2 or None
        magnitude = _MAGNITUDE.get(mag2, 1)
        low, high = _amount(match.group("n1"), _MAGNITUDE.get(mag1, magnitude)), _amount(match.group("n2"), magnitude)
        if Decimal(low) >= Decimal(high):
            continue
        unit = _currency(match.group("cur"))
        approximate = bool(APPROXIMATE.search(sentence[max(0, match.start() - 30) : match.start()]))
        metric = metric_name(sentence, "money", *match.span())
        add(_priced(FoundValue(metric, None, unit, period, *match.span(), True, low, high, approximate, _scale(scale)), sentence))
    for pattern in (_MONEY, _MONEY_WORDS):
        for match in pattern.finditer(sentence):
            if not free(*match.span()):
                continue
            if _INDIAN_SCALE.match(sentence, match.end()):
                taken.append(match.span())  # "Tk 300 crore" is not 300 taka: a scale these rules do not read
                continue
            mag = (match.group("mag") or "").casefold()
            word = match.groupdict().get("word") or "dollar"
            unit = _currency(match.group("cur")) if "cur" in match.groupdict() else "EUR" if word[:1] in "eE" else "USD"
            number = _number_of(match.group("n"))
            amount, low, high, approximate = qualify_around(sentence, *match.span(), _amount(number, _MAGNITUDE.get(mag, 1)), level=True)
            metric = metric_name(sentence, "money", *match.span())
            add(_priced(FoundValue(metric, amount, unit, period, *match.span(), True, low, high, approximate, _scale(mag)), sentence))
    for match in _MONEY_NAMED.finditer(sentence):
        code = named_currency(match, sentence)
        if free(*match.span()) and not code:
            taken.append(match.span())  # "5 billion riyals" with no country: which riyal is not certain, so no figure
        elif free(*match.span()) and code and (match.group("mag") or "," in match.group("n") or match.group("name") != "won"):
            mag = (match.group("mag") or "").casefold()  # a bare "12 won" may be games, not Korean money
            amount, low, high, approximate = qualify_around(
                sentence, *match.span(), _amount(_number_of(match.group("n")), _MAGNITUDE.get(mag, 1)), level=True
            )
            metric = metric_name(sentence, "money", *match.span())
            add(_priced(FoundValue(metric, amount, code, period, *match.span(), True, low, high, approximate, _scale(mag)), sentence))
    for match, kind in [
        *((m, "percent") for m in _PERCENT_RANGE.finditer(sentence)),
        *((m, "times") for m in _TIMES_RANGE.finditer(sentence)),
    ]:
        changed = match.groupdict().get("u1") and re.search(r"\bby\s+$", sentence[: match.start()])  # "up by 2 percent to 5 percent"
        if (
            free(*match.span())
            and _is_range(match, sentence)
            and not changed
            and Decimal(_amount(match.group("n1"))) < Decimal(_amount(match.group("n2")))
        ):
            approximate = bool(APPROXIMATE.search(sentence[max(0, match.start() - 30) : match.start()]))
            metric = metric_name(sentence, kind, *match.span())
            add(
                FoundValue(
                    metric,
                    None,
                    kind,
                    period,
                    *match.span(),
                    True,
                    _amount(match.group("n1")),
                    _amount(match.group("n2")),
                    approximate,
                )
            )
    for pattern, kind, unit in ((_PERCENT, "percent", "percent"), (_TIMES, "times", "times")):
        for match in pattern.finditer(sentence):
            if free(*match.span()):
                number = _amount(_number_of(match.group("n")))  # "20 percent", "Twenty per cent"
                amount, low, high, approximate = qualify_around(sentence, *match.span(), number, level=kind == "percent")
                metric = metric_name(sentence, kind, *match.span())
                add(FoundValue(metric, amount, unit, period, *match.span(), True, low, high, approximate))
    for share in [*fraction_shares(sentence, period), *visit_lengths(sentence), *meeting_lengths(sentence)]:
        if free(share.start, share.end):
            add(share)
    for match in _QUANTITY.finditer(sentence):
        unit = QUANTITY_UNITS[re.sub(r"s$", "", " ".join(match.group("unit").casefold().split()))]
        if not free(*match.span()) or _is_date(sentence, match.start(), match.end("n")):
            continue
        nouns = (match.group("next") or "", (match.group("next2") or "") if unit in POWER_UNITS.values() else "")
        if any(w.casefold().endswith("s") and w.casefold() not in _NOT_PLURAL for w in nouns):
            continue  # "100 km roads", "50 MW solar plants": a size class, not the measure of one thing
        end = match.end("unit")
        mag = (match.group("mag") or "").casefold()
        amount, low, high, approximate = qualify_around(
            sentence, match.start(), end, _amount(_number_of(match.group("n")), _MAGNITUDE.get(mag, 1))
        )
        metric, when = _measured_metric(sentence, match, unit), (period if unit == "cubic metres" else None)  # a length or power: no period
        add(FoundValue(metric, amount, unit, when, match.start(), end, False, low, high, approximate, _scale(mag)))
    for pattern, metric in ((_TALKS, "talks-duration"), (_AGE, "age"), (_MOUS, "mous")):
        for match in pattern.finditer(sentence):
            if free(*match.span()):
                unit = "MoUs" if metric == "mous" else match.group("unit").casefold().rstrip("s") + "s"
                unit += " and agreements" if metric == "mous" and match.group("agreements") else ""
                amount, low, high, approximate = qualify_around(sentence, *match.span(), _number_of(match.group("n")))
                add(FoundValue(metric, amount, unit, period, *match.span(), False, low, high, approximate))
    place = _VISIT_TO.search(sentence)
    visited = metric_slug(place.group("place"), 1) if place else ""
    for count in series_counts(sentence, visited):
        if free(count.start, count.end):
            add(FoundValue(count.metric, count.amount, count.unit, count.period, count.start, count.end, False))
    for match in _VISIT_COUNT.finditer(sentence) if visited else ():  # "the fifth since 2015": the visit named elsewhere
        if free(*match.span()) and not is_first(match.group("n")):
            ordinal = str(ORDINAL_WORDS[match.group("n").casefold()])
            period_from = f"since {match.group('year')}"
            add(FoundValue(f"visits-to-{visited}", ordinal, "visits", period_from, *match.span(), False))
    for match in _RANK.finditer(sentence):
        if any(v.unit != "rank" and v.measure for v in values):
            break  # "second-largest partner, with trade of $85 billion": the rank is the amount's context, not a figure
        if _SHARED_RANK.search(sentence[max(0, match.start() - 30) : match.start()]):
            continue  # "the world's third- and fifth-largest economies": two ranks of two owners, which is whose is not certain
        raw = match.group("n").casefold()
        rank = ORDINAL_WORDS.get(raw) or int(re.sub(r"\D", "", raw))
        what = match.group("what").split()
        if len(what) > 1 and what[1] in {"by", "in", "of", "and", "for", "with"}:
            what = what[:1]
        if not any(RANKED_ROLE.match(word) for word in what):
            continue  # "the world's third-largest democracy": an epithet, not a measured rank
        owner = rank_owner(sentence, match.start(), match.start("what") + len(" ".join(what)))  # whose: India's, the UAE's
        add(FoundValue(f"{owner}{metric_slug(' '.join(what), 2)}-rank", str(rank), "rank", None, *match.span(), True))
    for match in _COUNT_RANGE.finditer(sentence):
        start, end = match.span()
        if not free(start, end) or f"{match.group('n1')}{match.group('dash')}{match.group('n2')}".casefold() in _WORDS:
            continue  # "thirty-six" is one number, not a range of thirty to six
        taken.append((start, end))  # a size range or a date range is skipped whole: neither end is a count
        if match.group("glue") or _is_date(sentence, start, match.end("n1"), match.end("n2")) or not _count_unit_ok(sentence, match):
            continue
        if _YEAR.match(match.group("n1")) and _YEAR.match(match.group("n2")):
            continue  # "the 2022-2026 development strategies": a span of years, not a count
        if not _is_range(match, sentence):
            taken.pop()
            continue
        times, gap = count_multiplier(_gap_words(match.group("words")))  # "3-5 million visitors": both ends in millions
        low, high = _amount(_number_of(match.group("n1")), times), _amount(_number_of(match.group("n2")), times)
        if Decimal(low) >= Decimal(high):
            continue
        approximate = bool(APPROXIMATE.search(sentence[max(0, start - 30) : start]))
        unit, words = match.group("unit"), " ".join(gap)
        unit_text = unit if any(c.isupper() for c in unit[1:]) else unit.casefold()
        values.append(FoundValue(metric_slug(f"{words} {unit}"), None, unit_text, period, start, end, False, low, high, approximate))
    for match in _COUNT.finditer(sentence):
        number, unit = match.group("n"), match.group("unit")
        start, end = match.span()
        if not free(start, end) or _YEAR.match(number) or not _count_unit_ok(sentence, match):
            continue
        if _is_date(sentence, start, match.end("n")):
            continue  # a day of the month
        if number.casefold() in _WORDS and names_known_group(sentence[:start], unit):
            continue  # "the two countries" are the parties, "the larger of the two chambers" picks one: neither is a figure
        if _QUOTED_NAME_BEFORE.search(sentence[max(0, start - 30) : start]) and _QUOTED_NAME_AFTER.match(sentence[end:]):
            continue  # the maxim 'one nation, two states': a short quotation that is all the count is a name
        times, gap = count_multiplier(_gap_words(match.group("words")))  # "130 thousand citizens": the number's, not the noun's
        amount, low, high, approximate = qualify_around(sentence, start, end, _amount(_number_of(number), times))
        approximate = approximate or (amount is not None and (is_round(number) or times == 12))  # "a dozen", "two dozen"
        words = " ".join(gap)
        unit_text = unit if any(c.isupper() for c in unit[1:]) else unit.casefold()
        joined = _AND_MOUS.match(sentence, end) if unit_text in ("agreements", "agreement") else None
        unit_text, end = ("agreements and MoUs", joined.end()) if joined else (unit_text, end)
        add(FoundValue(metric_slug(f"{words} {unit}"), amount, unit_text, period, start, end, False, low, high, approximate))
    values.sort(key=lambda v: v.start)
    read = with_plain_figures(sentence, economy_shares(sentence, certain_values(sentence, inherit_conversions(sentence, values))))
    read = said_hundreds(sentence, word_ranges(sentence, stressed_counts(sentence, read)))
    return whole_compounds(sentence, without_place_counts(sentence, read))


def _priced(value: FoundValue, sentence: str) -> FoundValue:
    """A sum followed by the quantity it buys is the price of that quantity (:mod:`briefgen.suggest.unit_prices`)."""
    priced = price_measure(sentence, value.end)
    if priced is None:
        return value
    metric = value.metric if "price" in value.metric else "price"  # "economy-size" from "disastrous for the economy" names no price
    return replace(value, metric=metric, unit=f"{value.unit} {priced[0]}", end=priced[1])


def _measured_metric(sentence: str, match: re.Match[str], unit: str) -> str:
    """What a length or volume measures: "the 80 km pipeline" is pipeline-length.

    "transport capacity of 2 million cubic metres" is transport-capacity-volume;
    plain "length" or "volume" when the words do not say.

    A metric names one measure, so that two sources' figures for it are compared and
    two different things' are not.
    """
    following = (match.group("next") or "").casefold()
    if unit == "km":
        return f"{following}-length" if following.isalpha() and following not in GAP_STOP else "length"
    owner = re.search(r"([A-Za-z]+\s+[A-Za-z]+)\s+of\s+(?:up\s?to\s+|about\s+|some\s+)?$", sentence[: match.start()])
    measure = "volume" if unit == "cubic metres" else "power"
    return f"{metric_slug(owner.group(1), 2)}-{measure}" if owner else measure


def _is_range(match: re.Match[str], sentence: str) -> bool:
    """Whether "X to Y" or "X and Y" is a range: "from X to Y" is a change (CHANGE_FROM), and "and" joins one only after "between"."""
    before = sentence[: match.start()]
    joiner = match.group("dash").strip()
    if joiner == "to":
        return not CHANGE_FROM.search(before)
    if joiner == "and":
        return bool(re.search(r"\bbetween\s+$", before, re.IGNORECASE))
    return True


def _scale(word: str | None) -> str | None:
    """The magnitude word as the source wrote it, spelled out: "bn" is billion."""
    if not word:
        return None
    spelled = {"k": "thousand", "m": "million", "mn": "million", "mln": "million", "b": "billion", "bn": "billion", "bln": "billion"}
    return {**spelled, "trln": "trillion"}.get(word.casefold(), word.casefold())
