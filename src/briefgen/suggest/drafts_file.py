"""A draft as the editor sees it, and the drafts file ``suggest`` writes: its curating header and entries, and the read-back.

An editor reads this file, not the code that chose its sentences, so what it says about each draft (a passage
already quoted by a curated fact, a quote from the headline, an attribution left out, why a date or a topic was
read) is written here beside the fields.  The file is read back as the corpus will read it before it is kept:
a draft that would fail its quote check is a bug in ``suggest``, never something to hand an editor.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.corpus.models import Fact, Source
from briefgen.loading.yamlwrite import quoted
from briefgen.text.quotes import contains_quote, fold, headline_span


@dataclass
class Draft:
    """One suggested fact: its fields as text, and a note on how its date was found."""

    fields: dict[str, object]
    date_note: str
    trimmed: str = ""
    topic_note: str = ""
    known_as: str | None = None  # the id of a curated fact that already quotes this passage
    from_headline: bool = False  # the quote is the archived headline, which the body does not repeat


def render_drafts(source: Source, drafts: list[Draft], source_path: str, known: list[Draft] | None = None) -> str:
    """The drafts file: a header saying how to curate, then one commented entry per draft.

    Passages a curated fact already quotes (``known``) are listed in the
    header, not proposed again.
    """
    lines = [
        f"# Draft facts suggested by `briefgen suggest {source.id}` from {source_path}.",
        "# Nothing here can be cited until an editor curates it: rewrite each claim in neutral",
        "# briefing English (drop the [draft] mark), check the date, kind, topics and value,",
        "# shorten the quote if you like (it must stay word for word), then move the facts you",
        "# keep into facts/<theme>.yaml without `draft: true`, give them lasting ids, and delete",
        "# this file. Every quote below was checked against the source body.",
    ]
    if known:
        lines.append("# Already in the corpus, so not proposed again:")
        lines += [f"#   fact '{d.known_as}' quotes: {' '.join(str(d.fields['quote']).split())}" for d in known]
    lines.append("")
    if not drafts:
        lines.append("[]")
    for draft in drafts:
        f = draft.fields
        lines.append(f"- id: {f['id']}")
        if draft.known_as:
            lines.append(f"  # already quoted by the curated fact '{draft.known_as}'")
        if draft.from_headline:
            lines.append("  # quoted from the headline (the body does not repeat it); the note will say so")
        if draft.trimmed:
            lines.append(f"  # attribution left out of the quote: {' '.join(draft.trimmed.split())}")
        lines.append(f"  claim: {quoted(str(f['claim']))}")
        lines.append(f"  source: {f['source']}")
        lines.append(f"  quote: {quoted(str(f['quote']))}")
        lines.append(f"  date: {quoted(str(f['date']))}  # {' '.join(draft.date_note.split())}")
        lines.append(f"  kind: {f['kind']}")
        topics = f["topics"]
        assert isinstance(topics, list)
        note = f"  # {draft.topic_note}" if draft.topic_note else ""
        lines.append(f"  topics: [{', '.join(topics)}]{note}")
        value = f.get("value")
        if isinstance(value, dict):
            lines.append("  value:")
            for key in ("metric", "amount", "low", "high", "approximate", "unit", "scale", "period"):
                if key in value:
                    lines.append(f"    {key}: {quoted(str(value[key]))}")
        lines.append("  draft: true")
        lines.append("")
    return "\n".join(lines)


def verify_drafts_file(text: str, drafts: list[Draft], display: str, source: Source) -> None:
    """Read the file back as the corpus will and validate every draft; a failure is a bug."""
    from briefgen.loading.yamlload import load_yaml

    loaded = load_yaml(text, display)
    data = loaded.data
    if not isinstance(data, list) or len(data) != len(drafts):
        raise RuntimeError(f"{display}: the drafts file does not read back as written")
    folded = fold(source.body)
    for item in data:
        fact = Fact.model_validate(item)
        if not fact.draft or not (contains_quote(folded, fact.quote) or headline_span(source.title, fact.quote) is not None):
            raise RuntimeError(f"{display}: draft '{fact.id}' does not pass the quote check")
