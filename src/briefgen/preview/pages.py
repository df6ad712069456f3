"""The pages the live preview adds around the briefs: the index, the error page, the reload script.

A brief's preview is the HTML ``build`` writes, byte for byte, plus one
``<script>`` before ``</body>``: it listens for the server's change events,
reloads the page (keeping the scroll position) when its brief changed, and
draws a small toolbar (all briefs, PDF, warnings) in a shadow root so the
brief's own styles and markup are untouched.  The script carries the
response's CSP nonce; nothing here is ever written to ``build/``.

The error page shows each problem as the terminal does (``path:line:
message``) with the offending line among its neighbours, every character
escaped, and reloads itself when the file is fixed.
"""

from __future__ import annotations

import html
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from briefgen.errors import Problem, Severity
from briefgen.project import BRIEFS_DIR, FACTS_DIR, TEMPLATES_DIR, inside

CONTEXT_LINES = 3
SHOWN_FOLDERS = (BRIEFS_DIR, TEMPLATES_DIR, FACTS_DIR)  # the only files whose lines an error page quotes
MAX_SHOWN_LINE = 300  # characters of one source line shown in the error page

_PAGE_STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; color: #1b1b1b; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.4rem; } h1.failed { color: #b3261e; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid #ddd; }
.ok { color: #1b6e2a; } .bad { color: #b3261e; font-weight: bold; } .warn { color: #8a5a00; }
.problem { border-left: 4px solid #b3261e; background: #fdf0ef; padding: .6rem 1rem; margin: 1rem 0; }
.problem.warning { border-left-color: #c98a00; background: #fff8e6; }
.where { font: bold 14px ui-monospace, monospace; } .message { margin: .3rem 0; } .hint { color: #444; margin: .3rem 0; }
pre.context { background: #fff; border: 1px solid #ddd; padding: .5rem 0; overflow-x: auto; font: 13px/1.45 ui-monospace, monospace; }
pre.context span { display: block; padding: 0 .8rem; white-space: pre; } pre.context .here { background: #ffe1dc; font-weight: bold; }
pre.context .n { display: inline; padding: 0; color: #888; user-select: none; }
.note { color: #555; }
"""

_LIVE_SCRIPT = """
(() => {
  const cfg = %(config)s;
  const live = window.briefgenLive = { connected: false, version: cfg.version, warnings: cfg.warnings.length };
  const memo = "briefgen-scroll:" + location.pathname;
  const saved = sessionStorage.getItem(memo);
  if (saved !== null) {
    sessionStorage.removeItem(memo);
    const [x, y] = JSON.parse(saved);
    const restore = () => window.scrollTo(x, y);
    if (document.readyState === "complete") restore(); else window.addEventListener("load", restore);
  }
  const events = new EventSource("/_events?brief=" + encodeURIComponent(cfg.key));
  events.addEventListener("open", () => { live.connected = true; paint(); });
  events.addEventListener("error", () => { live.connected = false; paint(); });
  events.addEventListener("version", (event) => {
    if (Number(event.data) !== cfg.version) {
      sessionStorage.setItem(memo, JSON.stringify([window.scrollX, window.scrollY]));
      events.close();
      location.reload();
    }
  });
  const host = document.createElement("briefgen-toolbar");
  const root = host.attachShadow({ mode: "open" });
  root.innerHTML = `<style>
    :host { all: initial; position: fixed; top: 8px; right: 8px; z-index: 2147483647; font: 12px/1.4 system-ui, sans-serif; }
    @media print { :host { display: none; } }
    .bar { background: rgba(255,255,255,.95); border: 1px solid #bbb; border-radius: 6px; padding: 3px 8px;
           box-shadow: 0 1px 4px rgba(0,0,0,.15); }
    a { color: #1d3f6e; margin-right: 8px; }
    .dot { display: inline-block; width: 8px; height: 8px; border-radius: 50%%; margin-right: 6px; }
    details { margin-top: 4px; max-width: 28rem; } summary { cursor: pointer; color: #8a5a00; }
    li { margin: 2px 0; font-family: ui-monospace, monospace; font-size: 11px; }
  </style><div class="bar"><span class="dot"></span></div>`;
  const bar = root.querySelector(".bar");
  for (const [label, href] of cfg.links) {
    const link = document.createElement("a"); link.href = href; link.textContent = label;
    if (href.endsWith(".pdf")) { link.target = "_blank"; link.rel = "noopener"; }
    bar.append(link);
  }
  if (cfg.warnings.length) {
    const details = document.createElement("details");
    const summary = document.createElement("summary");
    summary.textContent = cfg.warnings.length + (cfg.warnings.length === 1 ? " warning" : " warnings");
    const list = document.createElement("ul");
    for (const text of cfg.warnings) { const item = document.createElement("li"); item.textContent = text; list.append(item); }
    details.append(summary, list); bar.append(details);
  }
  function paint() {
    const dot = root.querySelector(".dot");
    dot.style.background = live.connected ? "#2e9d44" : "#b3261e";
    dot.title = live.connected ? "live: reloads when you save" : "not connected to briefgen serve";
  }
  paint();
  document.body.append(host);
})();
"""


@dataclass(frozen=True)
class LiveConfig:
    """What the reload script needs: which change stream, the version shown, links and warnings."""

    key: str  # a brief's slug, or "*" for the index
    version: int
    links: Sequence[tuple[str, str]] = ()
    warnings: Sequence[str] = ()


def live_script(config: LiveConfig, nonce: str) -> str:
    data = {"key": config.key, "version": config.version, "links": list(config.links), "warnings": list(config.warnings)}
    # JSON inside <script>: escape what could end the element or open a comment.
    text = json.dumps(data, ensure_ascii=True).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script nonce="{html.escape(nonce)}">{_LIVE_SCRIPT % {"config": text}}</script>\n'


def inject_live_script(page: str, config: LiveConfig, nonce: str) -> str:
    """``page`` with the reload script placed just before its last ``</body>`` (else at the end)."""
    script = live_script(config, nonce)
    at = page.lower().rfind("</body>")
    if at < 0:
        return page + script
    return page[:at] + script + page[at:]


def _page(title: str, body: str, config: LiveConfig, nonce: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>{_PAGE_STYLE}</style>\n</head>\n<body>\n"
        f"{body}\n{live_script(config, nonce)}</body>\n</html>\n"
    )


def source_context(root: Path, problem: Problem, around: int = CONTEXT_LINES) -> list[tuple[int, str]] | None:
    """The lines around a problem's line in its file, or None when that cannot be shown.

    Only regular files under the project's briefs/, templates/ and facts/ are
    read (no symlinks), whatever a problem's path says.
    """
    if problem.line is None or problem.line < 1:
        return None
    project = root.resolve()
    path = project / problem.path
    try:
        real = Path(os.path.realpath(path))
        shown = any(inside(project / folder, real) for folder in SHOWN_FOLDERS)
        if not shown or path.is_symlink() or not real.is_file():
            return None
        if real.stat().st_size > 8 * 1024 * 1024:
            return None
        lines = real.read_text(encoding="utf-8", errors="replace").split("\n")
    except (OSError, ValueError):
        return None
    if problem.line > len(lines):
        return None
    first = max(1, problem.line - around)
    last = min(len(lines), problem.line + around)
    return [(number, lines[number - 1]) for number in range(first, last + 1)]


def _problem_html(root: Path, problem: Problem) -> str:
    where = problem.path if problem.line is None else f"{problem.path}:{problem.line}"
    kind = " warning" if problem.severity is Severity.WARNING else ""
    parts = [f'<section class="problem{kind}">', f'<div class="where">{html.escape(where)}</div>']
    prefix = "warning: " if problem.severity is Severity.WARNING else ""
    parts.append(f'<p class="message">{html.escape(prefix + problem.message)}</p>')
    if problem.hint:
        parts.append(f'<p class="hint">Hint: {html.escape(problem.hint)}</p>')
    context = source_context(root, problem)
    if context:
        width = len(str(context[-1][0]))
        rows = []
        for number, text in context:
            shown = text if len(text) <= MAX_SHOWN_LINE else text[:MAX_SHOWN_LINE] + " …"
            css = ' class="here"' if number == problem.line else ""
            rows.append(f'<span{css}><span class="n">{number:>{width}} </span>{html.escape(shown)}</span>')
        parts.append(f'<pre class="context">{"".join(rows)}</pre>')
    parts.append("</section>")
    return "\n".join(parts)


def error_page(root: Path, slug: str, problems: Sequence[Problem], warnings: Sequence[Problem], config: LiveConfig, nonce: str) -> str:
    """The page shown instead of a brief that cannot be rendered."""
    count = len(problems)
    body = [
        f'<h1 class="failed">{html.escape(slug)}: {count} {"problem" if count == 1 else "problems"}</h1>',
        '<p class="note">Fix the file and save it: this page reloads by itself and shows the brief again once it renders. '
        '<a href="/">All briefs</a></p>',
    ]
    body += [_problem_html(root, p) for p in problems]
    body += [_problem_html(root, w) for w in warnings]
    return _page(f"{slug}: {count} problems", "\n".join(body), config, nonce)


@dataclass(frozen=True)
class IndexRow:
    slug: str
    title: str | None
    problems: int
    warnings: int
    rendered: bool


def index_page(rows: Sequence[IndexRow], *, as_of: str | None, config: LiveConfig, nonce: str) -> str:
    """The list of briefs, each with its state and its HTML and PDF links."""
    lines = [
        "<h1>briefgen preview</h1>",
        '<p class="note">Each brief re-renders when you save a brief, template or fact, and an open page reloads by itself.'
        + (f" Edition as of {html.escape(as_of)}." if as_of else "")
        + "</p>",
        "<table><thead><tr><th>Brief</th><th>State</th><th>PDF</th></tr></thead><tbody>",
    ]
    for row in rows:
        name = html.escape(row.title or row.slug)
        href = f"/briefs/{row.slug}.html"
        if not row.rendered:
            state = '<span class="note">not rendered yet</span>'
        elif row.problems:
            state = f'<span class="bad">{row.problems} {"problem" if row.problems == 1 else "problems"}</span>'
        else:
            state = '<span class="ok">ok</span>'
        if row.warnings:
            state += f' <span class="warn">{row.warnings} {"warning" if row.warnings == 1 else "warnings"}</span>'
        lines.append(
            f'<tr><td><a href="{href}">{name}</a><br><code>{html.escape(row.slug)}</code></td><td>{state}</td>'
            f'<td><a href="/briefs/{row.slug}.pdf">PDF</a></td></tr>'
        )
    if not rows:
        lines.append('<tr><td colspan="3">No briefs in briefs/ yet: start one with <code>briefgen new NAME</code>.</td></tr>')
    lines.append("</tbody></table>")
    return _page("briefgen preview", "\n".join(lines), config, nonce)


def not_found_page() -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Not found</title></head>'
        '<body><p>Not found. <a href="/">All briefs</a></p></body></html>\n'
    )
