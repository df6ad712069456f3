"""``suggest``: draft facts from an archived source, for an editor to curate.

One draft per check-worthy sentence (:mod:`briefgen.suggest.sentences`), or one per figure when a sentence states
several. Each draft carries the sentence as its quote (a span of the body, checked with
:func:`briefgen.text.quotes.contains_quote` before anything is written), the same words as a claim marked ``[draft]``
for the editor to rewrite, a date resolved against the publication date (:mod:`briefgen.suggest.dates`), a kind and a
structured value (:mod:`briefgen.suggest.values`) and topics from the vocabulary (:mod:`briefgen.suggest.topics`).  Drafts go to
``facts/drafts/<source>.yaml``, which the corpus loads as drafts: checked,
reported apart, never citable.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.atomic import write_atomic
from briefgen.corpus.loader import Corpus
from briefgen.corpus.models import Source
from briefgen.errors import BriefgenError, Problem, Severity, UsageError
from briefgen.project import DRAFTS_DIR, inside_project
from briefgen.suggest.anchored_days import day_counted_from_earlier
from briefgen.suggest.attributed_quotes import attributed_quotation
from briefgen.suggest.dates import ResolvedDate, in_future_clause, relative_phrase, resolve_date
from briefgen.suggest.dollars import page_signs, settle_signs
from briefgen.suggest.draft_ids import numbered_id
from briefgen.suggest.drafts_file import Draft, render_drafts, verify_drafts_file
from briefgen.suggest.found import FoundValue
from briefgen.suggest.headline_copies import figures_stated
from briefgen.suggest.headline_figures import headline_figure
from briefgen.suggest.kinds import classify, is_reported
from briefgen.suggest.later_years import year_counted_on
from briefgen.suggest.long_attributions import with_attribution
from briefgen.suggest.meeting_days import meeting_day
from briefgen.suggest.parts_of_day import part_of_day_date
from briefgen.suggest.same_day import same_day_date
from briefgen.suggest.second_ledes import dated_by_occasion
from briefgen.suggest.selection import drafted_spans
from briefgen.suggest.sentences import Sentence, Span, attribution_only, body_paragraphs, cut_off, drops_a_restriction, split_sentences
from briefgen.suggest.shared_quotes import states_alone
from briefgen.suggest.speakers import spoken_by_name
from briefgen.suggest.story_days import (
    carried_by_also,
    day_carried_over,
    main_event_day,
    reference_year,
    retold_day,
    spoken_day,
    stated_day,
)
from briefgen.suggest.topics import TopicMatcher
from briefgen.suggest.values import find_values
from briefgen.suggest.visit_days import visit_day
from briefgen.suggest.worth import check_worthy
from briefgen.text.dates import PartialDate
from briefgen.text.english import lead_paragraph
from briefgen.text.quotes import contains_quote, fold, headline_span

DRAFT_MARK = "[draft] "
_CLAUSE_END = re.compile(r"[,;]\s|[—–]")
# Between two figures: nothing, or a coordinator ("…since 2015 and the third in…"): the second starts a clause of its own.
_COORDINATED = re.compile(r"(?P<lead>[\s,]*)(?:(?:and|or|but|while)\b.*)?$", re.IGNORECASE | re.DOTALL)
# A change by so much, then the level it reached ("increasing by 40% to reach $500 million"): one quote each.
_TO_LEVEL = re.compile(r"\s*,?\s+(?:to|to\s+reach|reaching|to\s+hit)\s+(?:a\s+record\s+(?:of\s+)?)?", re.IGNORECASE)


@dataclass
class SuggestResult:
    source: Source
    drafts: list[Draft]
    path: str
    text: str
    warnings: list[Problem] = field(default_factory=list)
    known: list[Draft] = field(default_factory=list)  # passages already quoted by curated facts


def _claim(quote: str) -> str:
    text = " ".join(quote.split())
    if text.count("“") != text.count("”"):  # a quotation cut in two: the claim is paraphrase-to-be
        text = text.replace("“", "").replace("”", "")
    if text.count('"') % 2:
        text = text.replace('"', "")
    text = re.sub(r"\s+([,.;:])", r"\1", text).strip(" ,")
    text = text[0].upper() + text[1:] if text else text
    if not text.rstrip("”’").endswith((".", "?", "!")):
        text += "."
    return DRAFT_MARK + text


def _first_year(body: str) -> int | None:
    match = re.search(r"(?<![\w$.-])((?:19|20)\d\d)(?![\w-])", body)
    return int(match.group(1)) if match else None


def _clause_end(text: str, position: int) -> int:
    """The end of the clause holding ``position``: the next comma, semicolon or dash, or the end."""
    match = _CLAUSE_END.search(text, position)
    return match.start() if match else len(text)


def _quotes_for(span: Span, values: list[FoundValue]) -> list[tuple[str, FoundValue | None]]:
    """The quote for each figure: one sentence, or a prefix per figure when it states several.

    A figure's prefix ends with its clause, or where a coordinated figure
    begins ("seventh visit since 2015 | and the third in the past eight
    months"): two figures of one clause would otherwise get the same quote,
    and one of them would be lost as a duplicate.  Figures joined otherwise
    ("rose by 72 percent to $3.6 billion") share the clause and its quote.
    """
    if len(values) <= 1:
        return [(span.text, values[0] if values else None)]
    quotes: list[tuple[str, FoundValue | None]] = []
    for index, value in enumerate(values):
        end = len(span.text) if index == len(values) - 1 else _clause_end(span.text, value.end)
        joined = _COORDINATED.match(span.text, value.end, max(value.end, values[index + 1].start)) if index < len(values) - 1 else None
        if joined:
            end = min(end, joined.end("lead"))  # before the "and" that opens the next figure's clause
        if index < len(values) - 1 and value.unit == "percent" and _TO_LEVEL.fullmatch(span.text, value.end, values[index + 1].start):
            end = value.end  # the change ends its quote, the level reached has the clause
        if drops_a_restriction(span.text[:end], span.text[end:].lstrip(" ,;—–")):
            end = len(span.text)  # "the largest buyer at 40 percent, in the region": the claim keeps its bounds
        quotes.append((span.text[:end].rstrip(" ,;—–"), value))
    return quotes


def _after(resolved: ResolvedDate, published: dt.date | None, text: str) -> bool:
    """True when the statement's own words date it after publication, or to a day its future clause names
    ("announced that he will visit between December 7 and 9"): a plan, not a report of one."""
    if resolved.phrase is None or published is None:
        return False
    return resolved.date.last_day > published or in_future_clause(text, max(text.find(resolved.phrase), 0))


def _date_note(resolved: ResolvedDate) -> str:
    if resolved.phrase is None:
        return resolved.how
    if resolved.how == "stated":
        return f'from "{resolved.phrase}"'
    return f'from "{resolved.phrase}", {resolved.how}'


def _interval(folded_body: str, quote: str) -> tuple[int, int] | None:
    needle = fold(quote)
    start = folded_body.find(needle)
    return None if start < 0 else (start, start + len(needle))


def _known_fact(interval: tuple[int, int] | None, known: list[tuple[tuple[int, int], str]]) -> str | None:
    """The curated fact that already quotes (at least half of) the passage, if any."""
    if interval is None:
        return None
    for (start, end), fact_id in known:
        shared = min(end, interval[1]) - max(start, interval[0])
        if shared > 0 and shared * 2 >= min(end - start, interval[1] - interval[0]):
            return fact_id
    return None


def _headline(source: Source, folded_body: str) -> Sentence | None:
    """The archived headline as a sentence to draft from, when the body does not repeat it.

    A headline often states the news in one checkable line ("Azerbaijan to
    invest $2bn in Pakistan"); a fact may quote it (the note then says it is
    the headline), so it is drafted like any sentence of the body when it
    states a figure the body does not state at all (a total the text only
    implies, a rounded "$2bn" where the text gives the parts).  A headline that
    only restates the lede ("Dar, Uzbek President discuss agreements") is
    not: the lede says it with a date and a source.
    """
    title = " ".join((source.title or "").split())
    if not title or contains_quote(folded_body, title):
        return None
    if figures_stated(title, source.body):
        return None  # the body says all the headline says, at more length and with its source (a bound for its "6 pacts")
    return Sentence(0, len(title), title, -1)


def _quotable(source: Source, folded_body: str, quote: str) -> bool:
    """The quote passes the quote check: a span of the body, or of the archived headline."""
    return contains_quote(folded_body, quote) or headline_span(source.title, quote) is not None


def _topic_note(topics: list[tuple[str, list[str]]]) -> str:
    return "from the words " + "; ".join(f"{slug}: {', '.join(words)}" for slug, words in topics)


def _unresolved(text: str, today: dt.date) -> ResolvedDate:
    """A placeholder date for a sentence of a source with no publication date and no year in its words.

    The schema wants a date on every fact, drafts included; the year of
    drafting is the latest the article can be from, and the note says it is a
    placeholder, never a reading of the text.
    """
    relative = relative_phrase(text)
    what = f'"{relative}" cannot be dated' if relative else "no date in the sentence"
    return ResolvedDate(
        PartialDate(today.year),
        None,
        f"unresolved: {what}, and the source states no publication date and names no year; {today.year} is only the year "
        "of drafting: give the source its date (briefgen sources edit --published), then run suggest --force",
    )


def suggest_drafts(corpus: Corpus, source: Source, taken_ids: set[str], today: dt.date | None = None) -> list[Draft]:
    """Draft facts for every check-worthy statement of the source.

    No two drafts share a quote, every quote's quotation marks pair up, and a
    draft whose passage a curated fact already quotes is marked ``known_as``
    that fact (``suggest`` leaves it out of the drafts file).  A source with
    no publication date and no year in its text is still drafted, every date
    a placeholder marked unresolved: the claims, quotes and figures are worth
    curating before anyone finds the date.
    """
    today = today or dt.date.today()
    matcher = TopicMatcher(corpus.vocabulary.topics)
    body = source.body
    folded_body = fold(body)
    known = [
        (interval, fact.id)
        for fact in corpus.facts.values()
        if fact.source == source.id and (interval := _interval(folded_body, fact.quote)) is not None
    ]
    seen_quotes: set[str] = set()
    ref_year = source.published.year if source.published else reference_year(body)
    paragraphs = body_paragraphs(body)
    lede = lead_paragraph(paragraphs)
    main_topic = matcher.main_topic(lede, body) or min(corpus.vocabulary.topics, default="")
    main_day = main_event_day(paragraphs, lede, source.published, ref_year)
    occasion_day = retold_day(paragraphs, lede, source.published, ref_year) if main_day is None else None
    # No publication date: the day the lede states (only ever a full date with its year) anchors relative phrases.
    lede_stated = None
    if source.published is None:
        lede_stated = stated_day(lede) or (main_day.date.first_day if main_day is not None else None)
    drafts: list[Draft] = []
    previous: tuple[str, ResolvedDate] | None = None
    previous_paragraph = -1
    number = 0
    sentences: list[Sentence] = split_sentences(body)
    cut = cut_off(body)
    headline = _headline(source, folded_body)
    if headline is not None:
        sentences.insert(0, headline)
    signs = page_signs(source)
    for sentence, span, dated_text in drafted_spans(body, sentences, headline, cut, source.published, ref_year, source.title or ""):
        from_headline = sentence is headline
        values = settle_signs(find_values(span.text), span.text, signs)
        quoted = sentence.text.lstrip().startswith(("“", '"'))
        kind = classify(span.text, values, quoted=quoted)
        spoken = spoken_day(body, sentence.start + 1, source.published, main_day)
        resolved = resolve_date(
            dated_text, source.published, future=kind == "plan", kind=kind, ref_year=ref_year, spoken=spoken, stated_day=lede_stated
        )
        if resolved is None:  # no publication date, no year anywhere in the article
            resolved = _unresolved(dated_text, today)
        if kind == "plan" and (quoted or is_reported(span.text)) and not _after(resolved, source.published, dated_text):
            # Hopes and expectations in someone's words, with no date ahead: a statement.
            kind = "figure" if values and any(v.measure for v in values) else "statement"
            resolved = (
                resolve_date(
                    dated_text, source.published, future=False, kind=kind, ref_year=ref_year, spoken=spoken, stated_day=lede_stated
                )
                or resolved
            )
        resolved = same_day_date(sentences, sentence, dated_text, source.published, future=kind == "plan", ref_year=ref_year) or resolved
        resolved = (
            part_of_day_date(sentences, sentence, dated_text, resolved, source.published, future=kind == "plan", ref_year=ref_year)
            or resolved
        )
        resolved = (
            day_counted_from_earlier(sentences, sentence, dated_text, resolved, source.published, future=kind == "plan", ref_year=ref_year)
            or resolved
        )  # "will take place a day earlier" after a sentence dated November 2: the 1st
        resolved = visit_day(sentences, sentence, dated_text, source.published, future=kind == "plan", ref_year=ref_year) or resolved
        if resolved.phrase is None:  # "established in 1984. This was followed six years later by …": 1990
            later = year_counted_on(sentences, sentence, dated_text, source.published, future=kind == "plan", ref_year=ref_year)
            resolved = later or resolved
        resolved = carried_by_also(resolved, kind, previous, span.text) or resolved
        if resolved.phrase is None and kind != "plan" and previous is not None and previous_paragraph == sentence.paragraph:
            resolved = day_carried_over(previous[1], source.published, span.text) or resolved
        if resolved.phrase is None and kind != "plan":  # "Earlier on Monday, Ahmed held talks with Li …. Ahmed thanked Li"
            resolved = meeting_day(sentences, sentence, dated_text, source.published, ref_year=ref_year) or resolved
        if resolved.phrase is None and kind != "plan" and main_day is not None:
            resolved = ResolvedDate(main_day.date, None, main_day.how)
        elif resolved.phrase is None and kind != "plan" and occasion_day is not None and dated_by_occasion(resolved, span.text):
            resolved = ResolvedDate(occasion_day.date, None, occasion_day.how)  # the lede's occasion, dated a paragraph on
        if kind != "plan" and source.published is not None and resolved.date.first_day > source.published:
            kind = "plan"  # dated after its report: something due ("to implement the PTA from February 1, 2023")
        previous, previous_paragraph = (kind, resolved), sentence.paragraph
        proposed = matcher.propose_with_words(span.text)
        topics = [slug for slug, _ in proposed]
        topic_note = _topic_note(proposed) if proposed else ""
        if not topics:
            topics = [main_topic]
            topic_note = "no topic word in the sentence: the article's main topic"
        for quote, value in _quotes_for(span, values):
            whole = " ".join(quote.split())
            quote = attributed_quotation(sentence.text, whole)  # '“…,” Merz asserted' whole; 'Kenya has “offered to …'
            if quote[:1].islower() and not whole[:1].islower():
                continue  # the predicate of a quotation ('"Welcome!" read the banners'): no subject, no claim
            if quote != whole and not check_worthy(quote, said=spoken_by_name(whole)):
                continue  # what made the sentence worth drafting was in the attribution trimmed off ("…, he said last week")
            quote = with_attribution(sentence.text, whole, quote)  # '“…,” he said, proposing …': see .long_attributions
            if len(quote.split()) < 4 or attribution_only(quote) or fold(quote) in seen_quotes or not _quotable(source, folded_body, quote):
                continue  # too short once trimmed, only an attribution, or the same quote as a draft before it
            seen_quotes.add(fold(quote))
            if value is not None and not states_alone(span.text, quote, value, values):
                value = None  # trimmed off, or beside a like figure of another clause (:mod:`shared_quotes`)
            value = headline_figure(span.text, value, values) if value is not None else None  # :mod:`headline_figures`
            number += 1
            draft_id = numbered_id(source.id, number)
            while draft_id in taken_ids:
                number += 1
                draft_id = numbered_id(source.id, number)
            taken_ids.add(draft_id)
            fields: dict[str, object] = {
                "id": draft_id,
                "claim": _claim(quote),
                "source": source.id,
                "quote": quote,
                "date": str(resolved.date),
                "kind": kind,
                "topics": topics,
            }
            if value is not None:
                fields["value"] = value.as_fields()
            fields["draft"] = "true"
            trimmed = "; ".join(t for t in (span.trimmed_lead, span.trimmed_tail) if t)
            known_as = _known_fact(_interval(folded_body, quote), known)
            drafts.append(Draft(fields, _date_note(resolved), trimmed, topic_note, known_as, from_headline))
    return drafts


def resolve_out(root: Path, source_id: str, out: str | None) -> tuple[Path, str]:
    """Where the drafts go: facts/drafts/<id>.yaml, or --out inside the project."""
    if out is None:
        display = f"{DRAFTS_DIR}/{source_id}.yaml"
        return root / display, display
    candidate = Path(out)
    path = (candidate if candidate.is_absolute() else root / candidate).resolve()
    if not inside_project(root, path):
        raise UsageError(f"output file '{out}' is outside the project")
    if path.suffix not in {".yaml", ".yml"}:
        raise UsageError(f"output file '{out}' must end in .yaml")
    return path, path.relative_to(root.resolve()).as_posix()


def suggest(
    root: Path,
    corpus: Corpus,
    source_id: str,
    *,
    out: str | None = None,
    force: bool = False,
    dry_run: bool = False,
    include_known: bool = False,
) -> SuggestResult:
    """Write (or, in a dry run, only render) the drafts for one archived source.

    Passages curated facts already quote are left out (and listed), unless
    ``include_known`` asks for them too.
    """
    source = corpus.sources.get(source_id)
    if source is None:
        close = difflib.get_close_matches(source_id, sorted(corpus.sources), n=1)
        hint = f"did you mean '{close[0]}'?" if close else "archive it first with briefgen sources add"
        raise UsageError(f"no archived source '{source_id}' in facts/sources/", hint=hint)
    path, display = resolve_out(root, source_id, out)
    if path.exists() and not force and not dry_run:
        raise BriefgenError.single(
            display, None, "drafts already exist for this source", hint="curate or delete them, or pass --force to replace them"
        )
    taken = {fid for fid, origin in corpus.origins.items() if origin.path != display}
    warnings: list[Problem] = []
    if source.published is None:
        year = _first_year(source.body)
        fallback = (
            f"undated sentences get the first year the article mentions ({year})"
            if year is not None
            else "it names no year either, so every draft's date is a placeholder marked unresolved"
        )
        warnings.append(
            Problem(
                f"facts/sources/{source.id}.md",
                None,
                f"the source states no publication date: relative dates cannot be resolved, and {fallback}; check every date "
                "(facts drawn from it cannot be cited until it has one)",
                Severity.WARNING,
                hint=f"give it its date with briefgen sources edit {source.id} --published YYYY-MM-DD, "
                f"then run suggest {source.id} --force",
            )
        )
    suggested = suggest_drafts(corpus, source, taken)
    drafts = [d for d in suggested if include_known or d.known_as is None]
    known = [d for d in suggested if d.known_as is not None and not include_known]
    origin = corpus.source_origins[source.id].path if source.id in corpus.source_origins else f"facts/sources/{source.id}.md"
    text = render_drafts(source, drafts, origin, known)
    verify_drafts_file(text, drafts, display, source)
    if not dry_run:
        write_atomic(path, text.encode("utf-8"))
    return SuggestResult(source=source, drafts=drafts, path=display, text=text, warnings=warnings, known=known)
