"""The editions index (``build/index.html``) and the change pages it links to.

The index lists every edition found in the output folder, brief by brief,
newest first, with links to its HTML, PDF and Word files and to the page of claims that
changed since the edition before it (``build/changes/<slug>/<from>--<to>.html``).
Pages are built from the manifest and the files on disk only, with every
value escaped and the styles inline: one self-contained, valid HTML5 file
each, identical for identical contents (no clock, no random ids).
Each file is replaced atomically, and only when its bytes change.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable
from html import escape
from pathlib import Path

from briefgen.atomic import write_atomic
from briefgen.editions.diff import ClaimDiff, diff_claims
from briefgen.editions.manifest import MANIFEST_NAME, ClaimRecord, Manifest
from briefgen.editions.outputs import FORMAT_LABELS, FORMATS, output_path
from briefgen.project import is_slug
from briefgen.text.english import month_name

INDEX_NAME = "index.html"
CHANGES_DIR = "changes"
DATE_DIR = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CHANGE_PAGE = re.compile(r"^\d{4}-\d{2}-\d{2}--\d{4}-\d{2}-\d{2}\.html$")

_STYLE = """
body { font: 16px/1.5 "Liberation Serif", Georgia, serif; color: #1a1a1a; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.7rem; margin-bottom: .25rem; } h2 { font-size: 1.25rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .3rem .6rem; border-bottom: 1px solid #ccc; }
.slug, .id { font-family: "Liberation Mono", monospace; font-size: .85em; color: #555; }
.added { color: #14532d; } .dropped { color: #7f1d1d; } nav { margin-top: 2rem; }
"""


def long_date(value: dt.date) -> str:
    """``10 April 2025``: the same form as the briefs' covers, whatever the locale."""
    return f"{value.day} {month_name(value.month)} {value.year}"


def _time(value: dt.date) -> str:
    return f'<time datetime="{value.isoformat()}">{long_date(value)}</time>'


def _page(title: str, body: list[str]) -> bytes:
    head = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
    ]
    return ("\n".join([*head, *body, "</body>", "</html>"]) + "\n").encode("utf-8")


def editions_on_disk(out_dir: Path) -> dict[str, dict[dt.date, list[str]]]:
    """Every ``<date>/<slug>.<format>`` file in the output folder: slug → date → formats."""
    found: dict[str, dict[dt.date, list[str]]] = {}
    for folder in sorted(out_dir.iterdir()) if out_dir.is_dir() else []:
        if not folder.is_dir() or not DATE_DIR.match(folder.name):
            continue
        try:
            date = dt.date.fromisoformat(folder.name)
        except ValueError:
            continue
        for path in sorted(folder.iterdir()):
            slug, _, fmt = path.name.rpartition(".")
            if fmt in FORMATS and is_slug(slug) and path.is_file():
                found.setdefault(slug, {}).setdefault(date, []).append(fmt)
    return found


def change_pairs(manifest: Manifest) -> list[tuple[str, dt.date, dt.date]]:
    """Consecutive recorded editions of each brief: (slug, earlier date, later date)."""
    pairs = []
    for slug, dates in sorted(manifest.editions.items()):
        ordered = sorted(dt.date.fromisoformat(d) for d in dates)
        pairs += [(slug, a, b) for a, b in itertools.pairwise(ordered)]
    return pairs


def change_page_path(slug: str, before: dt.date, after: dt.date) -> str:
    return f"{CHANGES_DIR}/{slug}/{before.isoformat()}--{after.isoformat()}.html"


def render_index(out_dir: Path, manifest: Manifest) -> bytes:
    on_disk = editions_on_disk(out_dir)
    pairs = {(slug, b): a for slug, a, b in change_pairs(manifest)}
    body = [
        "<header>",
        "<h1>Briefing notes: every edition</h1>",
        "<p>Each brief's editions, newest first. An edition shows the sources published on or before its date.</p>",
        "</header>",
        "<main>",
    ]
    if not on_disk:
        body.append("<p>No editions have been built yet.</p>")
    for slug in sorted(on_disk, key=lambda s: (_title(manifest, s).casefold(), s)):
        anchor = f"brief-{slug}"
        body += [
            f'<section aria-labelledby="{escape(anchor)}">',
            f'<h2 id="{escape(anchor)}">{escape(_title(manifest, slug))} <span class="slug">{escape(slug)}</span></h2>',
            "<table>",
            "<thead><tr>"
            + "".join(f'<th scope="col">{name}</th>' for name in ("As of", *(FORMAT_LABELS[f] for f in FORMATS), "Changes"))
            + "</tr></thead>",
            "<tbody>",
        ]
        for date in sorted(on_disk[slug], reverse=True):
            cells = [_time(date)]
            for fmt in FORMATS:
                href = output_path(slug, date, fmt)
                cells.append(f'<a href="{escape(href)}">{FORMAT_LABELS[fmt]}</a>' if fmt in on_disk[slug][date] else "—")
            before = pairs.get((slug, date))
            if before is not None:
                cells.append(f'<a href="{escape(change_page_path(slug, before, date))}">since {long_date(before)}</a>')
            else:
                cells.append("—")
            body.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
        body += ["</tbody>", "</table>", "</section>"]
    body.append("</main>")
    return _page("Briefing notes: every edition", body)


def _title(manifest: Manifest, slug: str) -> str:
    dates = manifest.editions.get(slug, {})
    return dates[max(dates)].title if dates else slug


def _claim_items(claims: Iterable[ClaimRecord], css: str) -> list[str]:
    return [f'<li class="{css}">{escape(c.claim)} {_id(c.id)} (source {_id(c.source)})</li>' for c in claims]


def _id(text: str) -> str:
    return f'<span class="id">{escape(text)}</span>'


def render_change_page(out_dir: Path, manifest: Manifest, diff: ClaimDiff) -> bytes:
    title = f"{_title(manifest, diff.brief)}: changes"
    body = [
        "<header>",
        f"<h1>{escape(title)}</h1>",
        f"<p>Claims cited in the edition as of {_time(diff.after)} compared with the edition as of {_time(diff.before)}: "
        f"{len(diff.added)} added, {len(diff.dropped)} dropped, {len(diff.resourced)} re-sourced, {diff.unchanged} unchanged.</p>",
        "</header>",
        "<main>",
    ]
    sections = (("Added", _claim_items(diff.added, "added")), ("Dropped", _claim_items(diff.dropped, "dropped")))
    for heading, items in sections:
        body += [f"<h2>{heading}</h2>", "<ul>", *items, "</ul>"] if items else [f"<h2>{heading}</h2>", "<p>None.</p>"]
    body.append("<h2>Re-sourced</h2>")
    if diff.resourced:
        body.append("<ul>")
        for old, new in diff.resourced:
            body.append(
                f"<li>{escape(new.claim)} {_id(new.id)}: source {_id(old.source)} "
                f"→ {_id(new.source)}{'' if old.quote_sha256 == new.quote_sha256 else ', quote changed'}</li>"
            )
        body.append("</ul>")
    else:
        body.append("<p>None.</p>")
    links = ['<a href="../../index.html">All editions</a>']
    for label, date in (("earlier edition", diff.before), ("later edition", diff.after)):
        if (out_dir / output_path(diff.brief, date, "html")).is_file():
            links.append(f'<a href="../../{escape(output_path(diff.brief, date, "html"))}">{label} ({long_date(date)})</a>')
    body += ["</main>", f"<nav>{' · '.join(links)}</nav>"]
    return _page(title, body)


def _write_if_changed(path: Path, data: bytes) -> bool:
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    write_atomic(path, data)
    return True


def _superseded(manifest: Manifest, page: Path) -> bool:
    """Whether a change page compares two editions the manifest records, with another edition now between them.

    Only then is it replaced by finer pages; a page whose editions the
    manifest does not know (a manifest rebuilt after corruption) is history, and is kept.
    """
    if not _CHANGE_PAGE.match(page.name):
        return False
    before, _, after = page.name.removesuffix(".html").partition("--")
    recorded = manifest.editions.get(page.parent.name, {})
    return before in recorded and after in recorded


def publish(out_dir: Path, manifest: Manifest, briefs: set[str] | None = None) -> list[Path]:
    """Write the manifest, the change pages (of ``briefs`` only, when given) and the index; return the files that changed."""
    written = []
    wanted: set[Path] = set()
    for slug, before, after in change_pairs(manifest):
        if briefs is not None and slug not in briefs:
            continue
        old, new = manifest.edition(slug, before), manifest.edition(slug, after)
        assert old is not None and new is not None
        diff = diff_claims(slug, before, after, list(old.claims), list(new.claims))
        path = out_dir / change_page_path(slug, before, after)
        wanted.add(path)
        if _write_if_changed(path, render_change_page(out_dir, manifest, diff)):
            written.append(path)
    changes = out_dir / CHANGES_DIR
    for page in sorted(changes.glob("*/*.html")) if changes.is_dir() else []:
        if page not in wanted and _superseded(manifest, page) and (briefs is None or page.parent.name in briefs):
            page.unlink()
    if _write_if_changed(out_dir / MANIFEST_NAME, manifest.to_bytes()):
        written.append(out_dir / MANIFEST_NAME)
    if _write_if_changed(out_dir / INDEX_NAME, render_index(out_dir, manifest)):
        written.append(out_dir / INDEX_NAME)
    return written
