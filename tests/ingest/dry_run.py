"""``sources add --dry-run`` on a made-up page, as the metadata tests read its result."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.add import add_source
from briefgen.ingest.article import AddOptions


def dry_add(root: Path, tmp_path: Path, text: str, url: str | None) -> dict[str, str]:
    """The fields ``sources add`` would write for ``text`` saved from ``url``, with its notes on one line and its body."""
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    [article] = add_source(root, str(page), AddOptions(url=url, undated=True), dry_run=True).articles
    return {**article.fields, "notes": " ".join(article.notes.split()), "body": article.part.body}
