"""``sources add``: archive one article as ``facts/sources/<id>.md``.

The pipeline: read the page (file or URL, :mod:`briefgen.ingest.fetch`); for
HTML, let trafilatura find the article (:mod:`briefgen.ingest.html`); remove
page furniture and cut the page into articles (:mod:`briefgen.ingest.text`);
read what each article states about itself (:mod:`briefgen.ingest.meta`);
describe it all in ``notes`` (:mod:`briefgen.ingest.notes`); refuse an
article or an id already archived; write the file atomically.  The body is
never edited beyond removing furniture lines and whitespace at line ends.
"""

from __future__ import annotations

import datetime as dt
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from briefgen.atomic import write_atomic
from briefgen.errors import BriefgenError, ExitCode, Problem, Severity, UsageError
from briefgen.ingest.addressnames import address_name
from briefgen.ingest.addressstamps import stamped_address_date
from briefgen.ingest.archived import render_source, verify_round_trip
from briefgen.ingest.article import AddOptions, Described
from briefgen.ingest.banners import last_readings
from briefgen.ingest.blogdates import blog_post_date
from briefgen.ingest.bylines import byline_author, byline_date_text, published_words
from briefgen.ingest.closingcredits import credited_date
from briefgen.ingest.confirmedstamps import stamp_by_dateline
from briefgen.ingest.crumbedtitles import headline_below_crumbs
from briefgen.ingest.dayline import read_dateline
from briefgen.ingest.fetch import Page, fetch_url, is_url, read_file
from briefgen.ingest.fielddates import field_date
from briefgen.ingest.folderstamps import folder_stamp_date
from briefgen.ingest.foottitles import headline_at_foot
from briefgen.ingest.genericcredits import without_generic_credit
from briefgen.ingest.gluedcrumbs import headline_after_glued_crumbs
from briefgen.ingest.header import unglue_image_labels
from briefgen.ingest.headlinestamps import stamp_below_headline
from briefgen.ingest.html import Extracted, extract_article
from briefgen.ingest.liveentries import live_entry_date
from briefgen.ingest.meta import Found, parse_header_date, told_outlet
from briefgen.ingest.mottolines import headline_below_motto
from briefgen.ingest.notedtitles import headline_before_note
from briefgen.ingest.notes import compose_notes
from briefgen.ingest.ordinaldatelines import ordinal_dateline
from briefgen.ingest.outlets import (
    copyright_outlet,
    is_wire,
    load_outlets,
    outlet_of_site,
    same_outlet,
    site_of,
    stated_outlet,
)
from briefgen.ingest.ownnames import masthead_beyond, own_name
from briefgen.ingest.prefixclash import prefix_clashes
from briefgen.ingest.prefixdate import prefix_dates, without_month_prefix
from briefgen.ingest.promos import promoted_outlet
from briefgen.ingest.releasefields import release_date
from briefgen.ingest.reprintedagencies import is_reprinted_agency
from briefgen.ingest.sectiondates import section_date
from briefgen.ingest.selfnames import named_by_site, nameless_address
from briefgen.ingest.sitecredits import names_site
from briefgen.ingest.sites import known_sites
from briefgen.ingest.slasheddatelines import slashed_dateline
from briefgen.ingest.source_ids import make_id
from briefgen.ingest.staffbylines import staff_outlet
from briefgen.ingest.stampedheadlines import without_stamps
from briefgen.ingest.taggedtitles import without_tag
from briefgen.ingest.text import CleanPage, Part, clean_page
from briefgen.ingest.titling import headline_by_address, without_site_name
from briefgen.ingest.trailedtitles import headline_behind_trail
from briefgen.ingest.twicetitled import headline_printed_twice
from briefgen.ingest.untitled import titles_nothing
from briefgen.ingest.urldates import date_in_address
from briefgen.loading.projectfile import read_project_text
from briefgen.project import SOURCES_DIR, is_slug, is_web_address
from briefgen.text.english import lead_paragraph
from briefgen.text.quotes import fold


@dataclass
class AddResult:
    """What ``sources add`` archived (or would archive, in a dry run)."""

    articles: list[Described]
    paths: list[str]
    warnings: list[Problem]


class SeveralArticles(BriefgenError):
    """The page holds more than one article and the editor has not said which to keep."""

    exit_code = ExitCode.USAGE


class Undated(BriefgenError):
    """An article states no publication date and the editor has not said what to do about it."""

    exit_code = ExitCode.USAGE


def _refuse_undated(articles: list[Described], display: str, options: AddOptions) -> None:
    """Refuse to archive an undated article unless the editor said --undated.

    A source without a date can never be cited (a brief cannot show it was
    known by its edition's date), and its relative dates ("on Monday") cannot
    be resolved: archiving it silently only defers the surprise.
    """
    if options.undated:
        return
    undated = [a for a in articles if not a.fields["published"]]
    if not undated:
        return
    problems = []
    for article in undated:
        which = f"part {article.number} ('{article.source_id}')" if len(articles) > 1 else f"'{article.source_id}'"
        problems.append(
            Problem(
                display,
                None,
                f"no publication date found in the text of {which}: facts drawn from it could not be cited",
                hint="give the date with --published YYYY-MM-DD, or archive it without one with --undated",
            )
        )
    raise Undated(problems)


def _one_line(value: str | None) -> str:
    if not value:
        return ""
    return " ".join("".join(c for c in value if c.isprintable() or c.isspace()).split())


def _published_candidates(
    part: Part, number: int, page: CleanPage, html: Extracted | None, stated: dict[str, Found], address: str | None
) -> list[Found]:
    """Every full date the article states for itself, most authoritative first."""
    found: list[Found] = []
    if html is not None and html.date:  # the page's own metadata first: JSON-LD, OpenGraph, <time>
        found.append(Found(html.date, html.date, "page metadata"))
    for removed in part.removed_of("byline"):
        when = byline_date_text(removed.text)
        day = (parse_header_date(when) or stamp_by_dateline(when, part.paragraphs)) if when else None  # "11/7/2019" under "Nov. 7."
        if day is not None:
            found.append(Found(day.isoformat(), removed.text, "byline"))
    found += prefix_dates(page.date_line, part.paragraphs) if number == 1 and not prefix_clashes(page.date_line, stated) else []
    for removed in part.removed_of("update line"):
        day = parse_header_date(published_words(removed.text) or removed.text)
        if day is not None:
            found.append(Found(day.isoformat(), removed.text, "update line"))
    header = [(r.kind, r.text) for r in part.removed]
    stamp = stamp_below_headline(header, [r.after for r in part.removed])
    if stamp is not None:
        found.append(stamp)
    blog = blog_post_date(header, address)  # "Tuesday, August 24, 2021" over a post
    found += [blog] if blog is not None else []
    if "published" in stated:
        found.append(stated["published"])
    in_url = date_in_address(address, "\n".join([*(r.text for r in part.removed), *part.paragraphs]))
    if in_url is not None:
        found.append(Found(in_url[0].isoformat(), in_url[1], "address"))
    if found:
        return found
    late = last_readings(part) or section_date(part) or slashed_dateline(part) or credited_date(part, address) or field_date(part)
    late = late or ordinal_dateline(part) or release_date(part) or live_entry_date(part)  # "Jan. 24th, 2006 [AlterPresse] ---"
    return late or folder_stamp_date(part, address) or stamped_address_date(address, "\n".join(part.paragraphs))


def _claims_another_site(source: Page, html: Extracted) -> bool:
    """Whether a fetched page declares a canonical address on another host than the one it came from."""
    if not source.url:
        return False  # a saved file: nothing to check its claims against
    fetched_host = urllib.parse.urlsplit(source.url).hostname
    declared_host = urllib.parse.urlsplit(html.url).hostname if html.url else None
    return declared_host is None or declared_host != fetched_host


def _outlet(
    part: Part, lede: str, stated: dict[str, Found], options: AddOptions, source: Page, html: Extracted | None, sites: dict[str, str]
) -> Found | None:
    """The outlet: the editor's, the text and the known site agreeing, the page's declared metadata (before any reading
    of its text), the text's own statement, an unknown site's short name in its dateline (:mod:`sitecredits`), the
    known site, the site's name spelled in the text, a dateline credit (a wire agency's only when there is no address),
    or the address's name spelled as words (:mod:`selfnames`).

    A name the text gives in passing ("ARY News reported", "(APP)") confirms the
    site's entry, and then names where it was found; alone, only a dateline's
    credit or "told X" names the outlet, a publisher before a wire agency.
    """
    if options.outlet:
        return Found(_one_line(options.outlet), "", "option")
    address = options.url or (html.url if html is not None else None) or source.url
    site = outlet_of_site(address, sites)
    head = [r.text for r in part.removed if r.kind in {"byline", "update line"}] + part.paragraphs[:4]
    statement = stated_outlet(head)
    weak = [f for f in (stated.get("outlet"), statement, told_outlet(lede)) if f is not None]
    if site is not None:
        for candidate in weak:
            if same_outlet(candidate.value, site.value):
                return Found(site.value, candidate.evidence, candidate.where)
    if html is not None and html.sitename and not _claims_another_site(source, html):  # the page's own declaration
        return Found(html.sitename, html.sitename, "page metadata")
    if statement is not None and statement.where == "statement":
        return statement
    credit = stated.get("outlet")
    if site is None and credit is not None and names_site(credit.value, address):  # "Jakarta, MINA –" on minanews.net
        return credit
    lines = [part.headline or "", *(r.text for r in part.removed), *part.paragraphs]
    known = {name.casefold() for name in sites.values()}
    # "The Almanac has reached out to …", "Le Monde with AP and AFP" (a known name only off the table's sites: a reprint)
    own = own_name(lines, address, known if site is None else set())
    if own is not None:
        return own
    copyright_line = copyright_outlet(lines, address)
    if copyright_line is not None and (site is None or same_outlet(copyright_line.value, site.value)):
        return site if site is not None else copyright_line
    if site is not None:
        return masthead_beyond(site.value, lines, address) or site
    spelled = named_by_site(lines, address) or staff_outlet(lines, address)  # "By the Caribbean Journal staff"
    if spelled is not None:
        return spelled
    # Alone, "Xinhua reported" may be another outlet's report: only the dateline's credit and "told X" name the outlet.
    credits = [f for f in (stated.get("outlet"), told_outlet(lede)) if f is not None]
    publishers = [f for f in credits if not is_wire(f.value) and not is_reprinted_agency(f.value)]
    # Wire copy found on a site ("MOSCOW (AP)" at ajc.com): the agency wrote it, the site published it; an unknown
    # site's name is not known, and a wrong outlet is worse than none.  A site known by a number alone has no name to
    # give: its page is read as if it had no address, and the agency's credit names the outlet.
    if publishers:
        return publishers[0]
    # The page's own promotions ("Follow Kestrel Daily on X"), below every reading that agrees with the address.
    promoted = promoted_outlet(lines, known)
    if promoted is not None:
        return promoted
    # The site's name after the title ("… – EQ Mag" on eqmagpro.com), else its address (:mod:`addressnames`).
    return credits[0] if credits and (not address or nameless_address(address)) else address_name(part.headline, address)


def describe(
    part: Part, number: int, page: CleanPage, options: AddOptions, source: Page, html: Extracted | None, sites: dict[str, str] | None = None
) -> Described:
    """The metadata an article states (or the editor gave), each with its evidence."""
    found: dict[str, Found | None] = {}
    address = options.url or (html.url if html is not None else None) or source.url
    if not options.title:  # the editor's title settles it; else a title printed twice, or the address, says which line
        moved = headline_printed_twice(headline_after_glued_crumbs(headline_below_motto(part)))
        part, titling = headline_by_address(headline_before_note(headline_behind_trail(headline_below_crumbs(moved))), address)
        found.update(titling)
        part = headline_at_foot(part, address)  # "Peru, Colombia to Hold …" alone after the text, spelled by the address
    lede = lead_paragraph(part.paragraphs)
    stated = without_generic_credit(read_dateline(part, lede, address))  # "(Agency)": no agency's name
    sites = sites if sites is not None else dict(known_sites())

    if options.title:
        found["title"] = Found(_one_line(options.title), "", "option")
    elif html is not None and html.title and not (part.headline and fold(part.headline).casefold() in fold(html.title).casefold()):
        # The page's declared headline (JSON-LD, OpenGraph) beats a guess from the text; the same words with
        # the site's name appended are the displayed headline.
        found["title"] = Found(html.title, html.title, "page metadata")
    elif part.headline:
        found["title"] = Found(_one_line(without_stamps(without_month_prefix(part.headline))), part.headline, "headline")
    elif html is not None and html.title:
        found["title"] = Found(html.title, html.title, "page metadata")
    else:
        found["title"] = None

    found["outlet"] = _outlet(part, lede, stated, options, source, html, sites)
    found["title"] = without_site_name(found["title"], found["outlet"], address)  # "… | Dawn" on dawn.com: the site's name
    if found["title"] is not None and found["title"].where != "option":  # "NEPAL | Indian prime minister …": a filing tag
        found["title"] = Found(without_tag(found["title"].value), found["title"].evidence, found["title"].where)
    if found["title"] is not None and found["title"].where == "headline" and titles_nothing(found["title"].value):
        found["title"] = None  # "August, 2018", "Source: PAP": the first line, but no title (:mod:`untitled`)
    credit = stated.get("outlet")
    if found["outlet"] is None and credit is not None and (is_wire(credit.value) or is_reprinted_agency(credit.value)):  # notes say why
        found["wire_credit"] = Found(credit.value, site_of(options.url or (html.url if html else None) or source.url) or "", "dateline")
    if html is not None and html.sitename and _claims_another_site(source, html):  # a page may call itself anything
        found["claimed_outlet"] = Found(html.sitename, html.sitename, "page metadata")

    if options.author:
        found["author"] = Found(_one_line(options.author), "", "option")
    else:
        found["author"] = None
        for removed in part.removed_of("byline"):
            name = byline_author(removed.text)
            outlet_found = found["outlet"]
            if name and (outlet_found is None or name.casefold() != outlet_found.value.casefold()):  # "Dawn.com Published …"
                found["author"] = Found(name, removed.text, "byline")
                break
        if found["author"] is None and html is not None and html.author:
            found["author"] = Found(html.author, html.author, "page metadata")

    found["place"] = stated.get("place")

    if options.url:
        found["url"] = Found(options.url, "", "option")
    elif source.url:  # fetched: the address it came from, whatever the page says of itself
        found["url"] = Found(source.url, source.url, "fetched")
        if html is not None and html.url and html.url != source.url:
            found["claimed_url"] = Found(html.url, html.url, "page metadata")
    elif html is not None and html.url:  # a saved page: its canonical address beats a tracking or mirror link
        found["url"] = Found(html.url, html.url, "page metadata")
    else:
        found["url"] = None

    candidates = _published_candidates(part, number, page, html, stated, address)
    warnings: list[str] = []
    if options.published:
        found["published"] = Found(options.published.isoformat(), "", "option")
    elif candidates:
        found["published"] = candidates[0]
        others = sorted({c.value for c in candidates} - {candidates[0].value})
        if others:
            warnings.append(
                f"the text gives more than one date ({', '.join([candidates[0].value, *others])}); "
                f"kept {candidates[0].value} from the {candidates[0].where} (give --published to choose)"
            )
    else:
        found["published"] = None
        warnings.append(
            "no publication date found in the text; published is left empty, so facts drawn from it cannot be cited "
            "until it has one (give --published YYYY-MM-DD if you know it, or later briefgen sources edit ID --published); "
            "suggest still drafts its facts, and leaves the dates that depend on the publication date unresolved"
        )

    published = dt.date.fromisoformat(found["published"].value) if found["published"] else None
    outlet = found["outlet"].value if found["outlet"] else None
    title = found["title"].value if found["title"] else None
    source_id = options.source_id or make_id(outlet=outlet, headline=title, lede=lede, published=published)
    fields = {
        "id": source_id,
        "title": title or "",
        "outlet": outlet or "",
        "published": published.isoformat() if published else "",
        "author": found["author"].value if found["author"] else "",
        "url": found["url"].value if found["url"] else "",
        "place": found["place"].value if found["place"] else "",
    }
    return Described(part=part, number=number, fields=fields, found=found, published_candidates=candidates, warnings=warnings)


def existing_sources(root: Path) -> tuple[dict[str, str], dict[str, str]]:
    """Archived ids (to their file) and folded bodies (to their id), read leniently."""
    from briefgen.loading.frontmatter import split_front_matter

    by_id: dict[str, str] = {}
    by_body: dict[str, str] = {}
    for path in sorted((root / SOURCES_DIR).glob("*.md")):
        display = f"{SOURCES_DIR}/{path.name}"
        by_id[path.stem] = display
        text, _ = read_project_text(root, path, display)  # a pipe or a link out of the project is skipped, not read
        if text is None:
            continue
        try:
            parsed = split_front_matter(text, display)
        except BriefgenError:
            continue
        data = parsed.meta.data
        source_id = data.get("id") if isinstance(data, dict) else None
        if isinstance(source_id, str) and source_id:
            by_id.setdefault(source_id, display)
        folded = fold(parsed.body)
        if folded:
            by_body.setdefault(folded, source_id if isinstance(source_id, str) and source_id else path.stem)
    return by_id, by_body


def _read_page(target: str, options: AddOptions) -> Page:
    if is_url(target):
        return fetch_url(target, timeout=options.timeout, allow_private=options.allow_private)
    return read_file(target)


def _choose_parts(page: CleanPage, options: AddOptions, display: str) -> list[int]:
    count = len(page.parts)
    if options.part is not None:
        if not 1 <= options.part <= count:
            raise UsageError(f"--part {options.part}: the page holds {count} article{'s' if count != 1 else ''}")
        return [options.part]
    if count == 1 or options.all_parts:
        return list(range(1, count + 1))
    keep = "keep one with --part N, all with --all-parts, or the page whole with --one-article"
    problems = [Problem(display, None, f"the page holds {count} articles; {keep}")]
    for number, part in enumerate(page.parts, start=1):
        head = part.headline or lead_paragraph(part.paragraphs)[:80] + "…"
        problems.append(Problem(display, None, f'part {number}: "{head}" ({len(part.paragraphs)} paragraphs)'))
    raise SeveralArticles(problems)


def add_source(root: Path, target: str, options: AddOptions, *, dry_run: bool = False) -> AddResult:
    """Archive the article(s) of a file or URL; raise with ``path: message`` problems."""
    if options.source_id is not None and not is_slug(options.source_id):
        raise UsageError(f"--id '{options.source_id}' is not a valid id: use lowercase letters, digits and '-'")
    if options.url is not None and not is_web_address(options.url):
        raise UsageError(f"--url '{options.url}' is not a web address (write https://…)")
    page = _read_page(target, options)
    html = extract_article(page.text, page.display, page.url) if page.is_html else None
    cleaned = clean_page(unglue_image_labels(html.text if html is not None else page.text), one_article=options.one_article)
    if not cleaned.parts:
        raise BriefgenError.single(page.display, None, "no article text found (only page furniture)")
    numbers = _choose_parts(cleaned, options, page.display)
    if len(numbers) > 1 and (options.source_id or options.title):
        raise UsageError("--id and --title name one article; with several parts, use --part N for each")

    sites, site_problems = load_outlets(root)
    articles = [describe(cleaned.parts[n - 1], n, cleaned, options, page, html, sites) for n in numbers]
    _refuse_undated(articles, page.display, options)
    all_described = dict(zip(numbers, articles, strict=True))
    by_id, by_body = existing_sources(root)
    problems: list[Problem] = []
    seen_ids: set[str] = set()
    for article in articles:
        display = f"{SOURCES_DIR}/{article.source_id}.md"
        folded = fold(article.part.body)
        if folded in by_body:
            existing = by_body[folded]
            problems.append(Problem(by_id.get(existing, display), None, f"this article is already archived as '{existing}' (same text)"))
        elif article.source_id in by_id or article.source_id in seen_ids:
            problems.append(
                Problem(
                    by_id.get(article.source_id, display),
                    None,
                    f"a source with id '{article.source_id}' already exists (a different article)",
                    hint="choose another id with --id",
                )
            )
        seen_ids.add(article.source_id)
    if problems:
        raise BriefgenError(problems)

    warnings: list[Problem] = [
        Problem(message.split(": ", 1)[0], None, message.split(": ", 1)[1], Severity.WARNING) for message in site_problems
    ]
    paths: list[str] = []
    for article in articles:
        display = f"{SOURCES_DIR}/{article.source_id}.md"
        others = {
            n: (all_described[n].source_id if n in all_described else None, p.headline or lead_paragraph(p.paragraphs)[:60])
            for n, p in enumerate(cleaned.parts, start=1)
            if n != article.number
        }
        article.notes = compose_notes(article, cleaned, page, html, others, options)
        article.text = render_source(article.fields, article.notes, article.part.body)
        verify_round_trip(article.text, article.fields, article.notes, article.part.body, display)
        warnings += [Problem(page.display if len(articles) == 1 else display, None, w, Severity.WARNING) for w in article.warnings]
        paths.append(display)
    if not dry_run:
        for article, display in zip(articles, paths, strict=True):
            write_atomic(root / display, article.text.encode("utf-8"))
    return AddResult(articles=articles, paths=paths, warnings=warnings)
