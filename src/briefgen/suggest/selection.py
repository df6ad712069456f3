"""Which spans of an archived body become drafts, and what each one's date is read from.

The sentences worth drafting (:mod:`briefgen.suggest.worth`, a running quotation's earlier sentences read as
its closing speaker's words, :mod:`briefgen.suggest.closing_speakers`; never a dateline standing alone, nor
background on a third country, :mod:`briefgen.suggest.third_parties`, nor a side's leader visiting one,
:mod:`briefgen.suggest.other_visits`, nor a named analyst's reading, :mod:`briefgen.suggest.analysts`, nor what the
reporter could not learn, :mod:`briefgen.suggest.unlearned`, nor a caption printed twice,
:mod:`briefgen.suggest.twin_captions`, nor the headline printed again, :mod:`briefgen.suggest.headline_copies`,
nor a line of the page's top that a fuller sentence below prints again, :mod:`briefgen.suggest.top_copies`,
nor the page's own lines, :mod:`briefgen.suggest.page_chrome`, nor a sentence the page prints twice with a word or two
changed, :mod:`briefgen.suggest.near_repeats`), less the summary points (before a dateline, a deck
of short lines, or a standfirst above the report's dateline) the report repeats (:mod:`briefgen.suggest.summary`),
cut to whole words where the excerpt stops (:mod:`briefgen.suggest.sentences`), and split where they date two
events (:mod:`briefgen.suggest.clauses`).  A
quotation of a few sentences, its speaker named where it opens or closes, is one span
(:mod:`briefgen.suggest.quotation_runs`): an editor cites it whole; so is a sentence the splitter cut at ", adding
that" (:mod:`briefgen.suggest.added_statements`).
"""

from __future__ import annotations

import datetime as dt

from briefgen.ingest.wirelines import bare_dateline
from briefgen.suggest.added_statements import cut_at_additions, with_additions_joined
from briefgen.suggest.analysts import analyst_readings
from briefgen.suggest.caption_credits import credited_caption_line, glued_caption
from briefgen.suggest.clauses import dated_parts
from briefgen.suggest.closing_speakers import spoken_by_closing_speaker
from briefgen.suggest.foretold_effects import foretold_effect
from briefgen.suggest.headline_copies import headline_copy
from briefgen.suggest.hollow import earlier_picture
from briefgen.suggest.near_repeats import near_repeats
from briefgen.suggest.other_visits import visit_elsewhere
from briefgen.suggest.page_chrome import is_page_chrome, link_list_lines
from briefgen.suggest.quotation_runs import dates_one_time, drafted_alone, joined, quotation_runs, speaker_opens
from briefgen.suggest.relation_forecasts import relation_forecast
from briefgen.suggest.restated_headings import restated_headings
from briefgen.suggest.sentences import Sentence, Span, balance_quotes, before_the_cut, body_paragraphs, quotable_span
from briefgen.suggest.speakers import spoken_by_name
from briefgen.suggest.subheadings import subheading_lines
from briefgen.suggest.summary import deck_paragraphs, report_start, restates, standfirst_restated, summary_paragraphs
from briefgen.suggest.third_parties import page_sides, third_party_background
from briefgen.suggest.top_copies import top_copies
from briefgen.suggest.twin_captions import twin_caption_lines
from briefgen.suggest.unlearned import only_what_was_not_learned
from briefgen.suggest.values import find_values
from briefgen.suggest.worth import check_worthy
from briefgen.text.english import lead_paragraph


def _line(body: str, sentence: Sentence) -> str:
    """The line of the body that holds the sentence (a caption and its credit share one)."""
    end = body.find("\n", sentence.end)
    return body[body.rfind("\n", 0, sentence.start) + 1 : end if end >= 0 else len(body)]


def drafted_spans(
    body: str,
    sentences: list[Sentence],
    headline: Sentence | None,
    cut: bool,
    published: dt.date | None,
    ref_year: int | None,
    title: str = "",
) -> list[tuple[Sentence, Span, str]]:
    """The spans to draft, in order: (sentence, quoted span, the text its date is read from).

    Sentences worth drafting, less summary points the report repeats, cut to
    whole words where the excerpt stops, and split where they date two events.
    """
    summary = summary_paragraphs(body)
    deck = 0 if summary else deck_paragraphs(body)  # summary lines set as a deck, with no dateline after them
    summary = summary or deck
    report = [s for s in sentences if s.paragraph >= summary and s is not headline]
    top = report_start(body)  # a standfirst above a report opened by its dateline or a date line
    below_top = [s for s in sentences if s.start >= top and s is not headline]
    spans: list[tuple[Sentence, Span, str]] = []
    paragraphs = body_paragraphs(body)
    sides = page_sides(title, lead_paragraph(paragraphs), [s.text for s in sentences])
    spoken = spoken_by_closing_speaker(sentences)  # a running quotation's sentences: its closing speaker's words
    twin_captions = twin_caption_lines(body)
    subheadings = subheading_lines(body)
    restated = restated_headings(body, cut)
    links = link_list_lines(body)
    copied = top_copies([s for s in sentences if s is not headline])  # the top's line the report prints again, fuller
    readings = analyst_readings(sentences, f"{title}\n{lead_paragraph(paragraphs)}")  # an analyst's view of the visit: see .analysts
    kept_spans: dict[int, Span] = {}  # each kept sentence's span, by the sentence's id
    for index, sentence in enumerate(sentences):
        if index in readings:
            continue  # an analyst speaks for neither side: see .analysts
        if not check_worthy(sentence.text, said=sentence.start in spoken) or bare_dateline(sentence.text):
            continue  # a dateline split off its sentence ("ULAN BATOR, September 2. /TASS/.") states no claim
        if relation_forecast(sentence.text):
            continue  # "will give new momentum to our ties": a hope told as a forecast, see .relation_forecasts
        if foretold_effect(sentence.text):
            continue  # "This will help bring investments": a benefit foretold of the sentence before, see .foretold_effects
        if only_what_was_not_learned(sentence.text):
            continue  # "Details of the deal were not immediately available": a gap in the report, see .unlearned
        if third_party_background(sentence.text, sides):
            continue  # a third country's story told as background: see .third_parties
        if visit_elsewhere(sentence.text, sides):
            continue  # a side's leader in a third country's capital: another relation, see .other_visits
        line = _line(body, sentence)
        line_number = body.count("\n", 0, sentence.start)
        if earlier_picture(line, published) or credited_caption_line(sentence.text, line) or glued_caption(sentence.text, line):
            continue  # a picture's caption: from an earlier occasion, closed by its credit, or glued to the lede (.caption_credits)
        if line.strip() in twin_captions:
            continue  # a caption printed twice in a row, once with its credit: see .twin_captions
        if sentence is not headline and line_number in subheadings:
            continue  # a line heading the section under it, which states the claim: see .subheadings
        if sentence is not headline and line_number in restated:
            continue  # a line in a headline's style whose news a sentence of the report states: see .restated_headings
        if sentence is not headline and headline_copy(sentence.text, sentence.start, sentence.end, title, body):
            continue  # the page's headline printed again in the body: the report states it in full, see .headline_copies
        if sentence is not headline and sentence.start in copied:
            continue  # a standfirst or caption lifted from a fuller sentence of the report: see .top_copies
        if is_page_chrome(sentence.text) or line_number in links:
            continue  # the page's own line (a sign-up, a counter, a list's lead-in) or a link under "Read also:"
        if sentence.paragraph < summary and sentence is not headline and restates(sentence.text, report, bool(deck)):
            continue  # a summary point the report below says again, with its date and source
        if sentence.start < top and sentence is not headline and standfirst_restated(sentence.text, below_top):
            continue  # the page's standfirst, which the report below says again with its date and source
        span: Span | None = quotable_span(sentence)
        if span is not None and cut and sentence is sentences[-1]:
            span = before_the_cut(span)  # the excerpt ends mid-sentence: keep its whole clauses only
        if span is None or len(span.text.split()) < 4:
            continue
        kept_spans[id(sentence)] = span
    for run in with_additions_joined(quotation_runs(sentences, body), body):  # a sentence cut at ", adding that": .added_statements
        whole = joined(run, body)
        units: list[tuple[Sentence, Span | None]] = [(s, kept_spans[id(s)]) for s in run if id(s) in kept_spans]
        # A quotation of a few sentences, its speaker named, is one span (see .quotation_runs) when one of its sentences
        # would be drafted on its own (not only the attribution's, for its speaker), and it states at most one figure
        # and dates at most one time (else each keeps its own).
        alone = [s for s in run if id(s) in kept_spans and drafted_alone(s, kept_spans[id(s)])]
        if len(run) > 1 and alone and len(find_values(whole.text)) <= 1 and dates_one_time(run, published, ref_year):
            span = quotable_span(whole)
            span = before_the_cut(span) if cut and run[-1] is sentences[-1] else span
            # Together the words may read as rhetoric: each worthy sentence is then drafted alone.  Not when the writer's
            # clause opening the run names who speaks, nor when the run is one sentence cut at ", adding that": one of its
            # parts is a claim, and the draft only gains its speaker and what they added.
            speaker_named = speaker_opens(run) or cut_at_additions(run, body)
            if span is not None and (speaker_named or check_worthy(balance_quotes(span.text), said=spoken_by_name(span.text))):
                units = [(whole, span)]
        for sentence, span in units:
            if span is not None:
                spans += [(sentence, part, dated_text) for part, dated_text in dated_parts(sentence, span, published, ref_year)]
    repeats = near_repeats(spans, sentences, headline)  # one claim printed twice, a word or two changed: see .near_repeats
    return [item for n, item in enumerate(spans) if n not in repeats]
