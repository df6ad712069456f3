"""The data model: sources, facts, the topic vocabulary and brief front matter.

Each setting is declared once, here, with its description: validation, the
JSON Schema editors get (``briefgen schema``) and the documentation all come
from these classes.  Inputs arrive as strings (see :mod:`briefgen.loading.yamlload`),
so every field parses its own text and reports a precise error.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    StringConstraints,
    WithJsonSchema,
    model_validator,
)

from briefgen.errors import CONTROL_CHARACTERS, shown
from briefgen.project import SLUG_PATTERN, is_web_address
from briefgen.text.dates import PartialDate, coerce_partial_date

# Bounds on what one field may hold.  Each is far above what a briefing note
# uses (the longest quote in the seeds is 343 characters) and low enough that
# no value can make a message, a footnote or a template's work unbounded.
MAX_CLAIM_CHARS = 1000
MAX_QUOTE_CHARS = 1000  # a footnote carries its quote: it must fit on the page
MAX_SHORT_CHARS = 300  # titles, names, places, units, periods
MAX_NOTES_CHARS = 5000
MAX_URL_CHARS = 2000
MAX_LIST_ITEMS = 100  # topics, entities
MAX_TOPICS = 1000  # in the vocabulary
MAX_AMOUNT_CHARS = 40  # digits, sign, point: a 30-digit figure is already beyond any economy
MAX_AMOUNT_EXPONENT = 30  # 1e31 and 1e-31 are refused: printing them would need that many digits


def control_character_problem(text: str) -> tuple[int, str] | None:
    """The line (within ``text``) and description of its first control character, if any."""
    # The usual answer: every control character and bidirectional override is unprintable, so a text printable
    # but for its line breaks (one C pass, twice as fast as the pattern) holds none; else the pattern looks.
    if text.replace("\n", " ").isprintable() or CONTROL_CHARACTERS.search(text) is None:
        return None
    found = CONTROL_CHARACTERS.search(text.replace("\r\n", "\n"))
    if found is None:
        return None
    line = text.count("\n", 0, found.start()) + 1
    return line, f"contains the control character U+{ord(found.group()):04X}; remove it"


def _no_controls(value: Any) -> Any:
    """Refuse control characters (ESC, BEL…) and bidirectional overrides: a stored "%05" must not print as "50%"."""
    if isinstance(value, str):
        found = control_character_problem(value)
        if found is not None:
            raise ValueError(found[1])
    return value


def _bounded(limit: int) -> AfterValidator:
    def check(value: Any) -> Any:
        if isinstance(value, str) and len(value) > limit:
            raise ValueError(f"is {len(value):,} characters long, over the {limit:,}-character limit")
        return value

    return AfterValidator(check)


def _empty_to_none(value: Any) -> Any:
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _strip(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


def _require_text(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    return value


def _parse_decimal(value: Any) -> Decimal:
    if isinstance(value, Decimal):
        return value
    text = str(value).strip().replace("_", "")
    if len(text) > MAX_AMOUNT_CHARS:
        raise ValueError(f"'{shown(text, 24)}' is too long for an amount (at most {MAX_AMOUNT_CHARS} characters)")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ValueError(f"'{shown(str(value))}' is not a number (write digits, e.g. 50200000 or 1.5)") from None
    if not number.is_finite():
        raise ValueError(f"'{shown(str(value))}' is not a finite number")
    if number and abs(number.adjusted()) > MAX_AMOUNT_EXPONENT:
        raise ValueError(f"'{shown(text)}' is out of range (at most {MAX_AMOUNT_EXPONENT} digits before or after the point)")
    return number


def _parse_full_date(value: Any) -> dt.date:
    if isinstance(value, dt.date):
        return value
    partial = coerce_partial_date(value)
    if partial.day is None:
        raise ValueError(f"'{value}' must be a full date, YYYY-MM-DD")
    return partial.first_day


def _check_url(value: str | None) -> str | None:
    if value is not None and len(value) > MAX_URL_CHARS:
        raise ValueError(f"is {len(value):,} characters long, over the {MAX_URL_CHARS:,}-character limit for a web address")
    if value is not None and not is_web_address(value):
        raise ValueError(f"'{shown(value)}' is not a web address (write https://…)")
    return value


def _parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in {"true", "yes"}:
        return True
    if text in {"false", "no"}:
        return False
    raise ValueError(f"'{value}' is not true or false")


def _clean_and_within(value: str, limit: int | None) -> str:
    """``value``, if it holds no control character and fits ``limit``; else the reason, raised."""
    # Printable text (the usual case) holds none: every control character and bidirectional override is unprintable.
    if not value.isprintable() and CONTROL_CHARACTERS.search(value) is not None:
        _no_controls(value)
    if limit is not None and len(value) > limit:
        raise ValueError(f"is {len(value):,} characters long, over the {limit:,}-character limit")
    return value


def _text(limit: int | None) -> AfterValidator:
    """Text that is not empty, holds no control character and fits ``limit``: the checks of one field in one call.

    A corpus of 50,000 facts has half a million text fields; one validator
    doing the checks in turn (with the messages each gives) costs a third of
    a chain of four.
    """

    def check(value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("must not be empty")
        return _clean_and_within(value, limit)

    return AfterValidator(check)


def _optional_text(limit: int | None) -> BeforeValidator:
    """Optional text: empty is None; else no control character and at most ``limit`` characters, in one call."""

    def check(value: Any) -> Any:
        if not isinstance(value, str):
            return value
        if not value.strip():
            return None
        return _clean_and_within(value, limit)

    return BeforeValidator(check)


# Checked by pydantic itself, in one native step (a fact carries four or five ids); the
# error is phrased for an editor by briefgen.loading.validation.
Slug = Annotated[
    str, StringConstraints(strip_whitespace=True, pattern=SLUG_PATTERN), WithJsonSchema({"type": "string", "pattern": SLUG_PATTERN})
]
Text = Annotated[str, _text(None)]
OptionalText = Annotated[str | None, _optional_text(None)]
ShortText = Annotated[str, _text(MAX_SHORT_CHARS), WithJsonSchema({"type": "string", "maxLength": MAX_SHORT_CHARS})]
ClaimText = Annotated[str, _text(MAX_CLAIM_CHARS), WithJsonSchema({"type": "string", "maxLength": MAX_CLAIM_CHARS})]
QuoteText = Annotated[str, _text(MAX_QUOTE_CHARS), WithJsonSchema({"type": "string", "maxLength": MAX_QUOTE_CHARS})]
OptionalShortText = Annotated[str | None, _optional_text(MAX_SHORT_CHARS), WithJsonSchema({"type": "string", "maxLength": MAX_SHORT_CHARS})]
PartialDateField = Annotated[
    PartialDate,
    BeforeValidator(coerce_partial_date),
    PlainSerializer(str, return_type=str),
    WithJsonSchema({"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$", "description": "YYYY, YYYY-MM or YYYY-MM-DD"}),
]
FullDate = Annotated[
    dt.date,
    BeforeValidator(_parse_full_date),
    WithJsonSchema({"type": "string", "format": "date"}),
]
OptionalFullDate = Annotated[
    dt.date | None,
    BeforeValidator(lambda v: None if _empty_to_none(v) is None else _parse_full_date(v)),
    WithJsonSchema({"type": "string", "pattern": r"^(\d{4}-\d{2}-\d{2})?$", "description": "YYYY-MM-DD, or empty"}),
]
Number = Annotated[
    Decimal,
    BeforeValidator(_parse_decimal),
    PlainSerializer(lambda d: format(d, "f"), return_type=str),
    WithJsonSchema({"type": "string", "pattern": r"^-?\d+(\.\d+)?$"}),
]
OptionalNumber = Annotated[
    Decimal | None,
    BeforeValidator(lambda v: None if _empty_to_none(v) is None else _parse_decimal(v)),
    PlainSerializer(lambda d: None if d is None else format(d, "f"), return_type=str | None),
    WithJsonSchema({"type": "string", "pattern": r"^-?\d+(\.\d+)?$"}),
]
Flag = Annotated[bool, BeforeValidator(_parse_bool), WithJsonSchema({"type": "boolean"})]

AnnexMode = Literal["passages", "full", "none"]


def _parse_annex(value: Any) -> Any:
    """``passages``, ``full`` or ``none``; the older ``true``/``false`` mean full and none."""
    if isinstance(value, bool):
        return "full" if value else "none"
    text = str(value).strip().lower()
    return {"true": "full", "yes": "full", "false": "none", "no": "none"}.get(text, text)


Annex = Annotated[
    AnnexMode,
    BeforeValidator(_parse_annex),
    WithJsonSchema(
        {
            "anyOf": [{"enum": ["passages", "full", "none"]}, {"type": "boolean"}],
            "description": "passages, full or none (true means full, false none)",
        }
    ),
]

FactKind = Literal["event", "plan", "figure", "statement"]


@dataclass(frozen=True)
class Origin:
    """Where an item was defined, for error messages and editor links."""

    path: str
    line: int
    quote_line: int | None = None
    # The ``source:`` key and each item of ``topics:``, where an unknown source or topic is reported.
    source_line: int | None = field(default=None, compare=False)
    topic_lines: tuple[int, ...] = field(default=(), compare=False)
    date_line: int | None = field(default=None, compare=False)

    @classmethod
    def of_fact(cls, path: str, line: int, quote_line: int, source_line: int, topic_lines: tuple[int, ...], date_line: int) -> Origin:
        """A fact's origin, every field given: the same object ``Origin(...)`` makes, in half the time.

        A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``;
        a load makes one origin per fact (50,000 on a big corpus), so its fields are set in one step.
        """
        origin = _new_object(cls)
        _set_attribute(
            origin,
            "__dict__",
            {
                "path": path,
                "line": line,
                "quote_line": quote_line,
                "source_line": source_line,
                "topic_lines": topic_lines,
                "date_line": date_line,
            },
        )
        return origin


_new_object = object.__new__
_set_attribute = object.__setattr__


class StrictModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


class Value(StrictModel):
    """A number stated by a fact, for tables, charts and discrepancy checks.

    A figure is one ``amount``, or bounds: ``low`` and ``high`` for a range
    ("$40-70 million"), ``high`` alone for "up to" or "less than", ``low``
    alone for "more than" or "at least".  ``approximate`` marks "about",
    "nearly", "around".  A range is not its first number: writing one as an
    amount would state a figure the source never gave.
    """

    metric: Slug = Field(description="What is measured, e.g. trade-volume; facts sharing metric and period are compared.")
    amount: OptionalNumber = Field(default=None, description="The number at full magnitude: 50.2 million is 50200000. Omit for a range.")
    low: OptionalNumber = Field(default=None, description="The lower end of a range, or the bound of 'more than', 'at least'.")
    high: OptionalNumber = Field(default=None, description="The upper end of a range, or the bound of 'up to', 'less than'.")
    approximate: Flag = Field(default=False, description="The source gives the figure as approximate: about, nearly, around.")
    unit: ShortText = Field(description="USD, percent, times, tractors, agreements…")
    scale: OptionalShortText = Field(default=None, description="The magnitude word the source uses (million, billion), for display.")
    period: OptionalShortText = Field(
        default=None, description="What the figure covers: 2019, 2023-01/2023-05, annual. Omit when unstated."
    )

    @model_validator(mode="after")
    def _one_reading(self) -> Value:
        if self.amount is not None and (self.low is not None or self.high is not None):
            raise ValueError("give either amount, or low/high for a range or a bound, not both")
        if self.amount is None and self.low is None and self.high is None:
            raise ValueError("give amount, or low and/or high")
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"low ({self.low:f}) is above high ({self.high:f})")
        return self

    @property
    def bounds(self) -> tuple[Decimal | None, Decimal | None]:
        """The interval the value states: (amount, amount) for one figure; None for an open end."""
        if self.amount is not None:
            return self.amount, self.amount
        return self.low, self.high

    @property
    def stated_numbers(self) -> frozenset[Decimal]:
        """The numbers a report writes for this value: its amount, or the ends of its range that are given."""
        return frozenset(n for n in self.bounds if n is not None)


class Fact(StrictModel):
    """One claim, backed by a verbatim quote from one archived source."""

    id: Slug = Field(description="Unique id, cited in briefs as [@id].")
    claim: ClaimText = Field(description="One sentence in neutral briefing English.")
    source: Slug = Field(description="Id of the archived source in facts/sources/.")
    quote: QuoteText = Field(description="Verbatim span of the source body that supports the claim.")
    date: PartialDateField = Field(description="When it happened or is due: YYYY, YYYY-MM or YYYY-MM-DD.")
    kind: FactKind = Field(default="statement", description="event (happened), plan (promised or due), figure, statement.")
    topics: list[Slug] = Field(min_length=1, max_length=MAX_LIST_ITEMS, description="Topics from facts/vocabulary.yaml.")
    entities: list[ShortText] = Field(default_factory=list, max_length=MAX_LIST_ITEMS, description="People and organisations named.")
    place: OptionalShortText = Field(default=None, description="Where it happened or will happen.")
    event: Slug | None = Field(
        default=None, description="Shared by facts about the same real event (a plan and its outcome, two sources dating one visit)."
    )
    value: Value | None = Field(default=None, description="A number the fact states.")
    draft: Flag = Field(default=False, description="A machine-suggested fact not yet curated; never citable.")


class Source(StrictModel):
    """An archived article: metadata the text states, and its body word for word."""

    id: Slug = Field(description="Unique id; the file is facts/sources/<id>.md.")
    title: OptionalShortText = Field(default=None, description="The headline, when the text shows one.")
    outlet: OptionalShortText = Field(default=None, description="The publisher, when the text names it.")
    published: OptionalFullDate = Field(default=None, description="Publication date the text states.")
    author: OptionalShortText = Field(default=None, description="The byline, when stated.")
    url: Annotated[OptionalText, AfterValidator(_check_url)] = Field(
        default=None, description="Where the article was published (https://…), when known."
    )
    place: OptionalShortText = Field(default=None, description="The dateline city.")
    language: Slug = Field(default="en", description="Language of the body.")
    notes: Annotated[OptionalText, _bounded(MAX_NOTES_CHARS)] = Field(default=None, description="What was cleaned from the page and why.")
    body: str = Field(default="", description="The article text (below the front matter).", exclude=False)


class Vocabulary(StrictModel):
    """Topics facts may carry, each with a one-line description."""

    topics: dict[Slug, ShortText] = Field(max_length=MAX_TOPICS)


Layout = Annotated[str, StringConstraints(pattern=SLUG_PATTERN)]


class BriefMeta(StrictModel):
    """The front matter of a brief in briefs/<slug>.md."""

    title: ShortText = Field(description="The brief's title.")
    subtitle: OptionalShortText = Field(default=None, description="A line under the title.")
    audience: OptionalShortText = Field(default=None, description="Who the brief is for.")
    classification: OptionalShortText = Field(default=None, description="Handling line, e.g. OFFICIAL.")
    layout: Slug = Field(default="brief", description="A layout in templates/layouts/<layout>.html.j2.")
    as_of: OptionalFullDate = Field(default=None, description="Date of the edition; absent means the newest source's date.")
    topics: list[Slug] = Field(default_factory=list, max_length=MAX_LIST_ITEMS, description="Topics in scope; empty means all.")
    exclude_topics: list[Slug] = Field(
        default_factory=list,
        max_length=MAX_LIST_ITEMS,
        description="Facts carrying any of these topics are out of scope, even if they share another.",
    )
    schedule: Literal["monthly", "none"] = Field(default="none", description="monthly: built by build --all.")
    annex: Annex = Field(
        default="full",
        description=(
            "The evidence annex: full (each cited article reproduced whole), passages (each cited passage with its "
            "paragraph, the whole article one click away in the HTML) or none."
        ),
    )
    kind: Literal["brief", "standing", "pre-visit", "topic-note", "summary"] = Field(
        default="brief", description="What sort of brief this is; `briefgen new --kind` writes it, layouts may show it."
    )
    occasion: OptionalShortText = Field(default=None, description="What the brief is for, e.g. the Prime Minister's visit to Minsk.")
    summary_of: Slug | None = Field(
        default=None,
        description="This brief is a one-page summary of that brief: it takes its scope (topics, entities, as_of…) unless set here.",
    )
    entities: list[ShortText] = Field(
        default_factory=list,
        description=(
            "People or organisations in focus: facts naming one of them (in `entities` or the claim) are in scope; empty means all."
        ),
    )
    stale_after_days: int = Field(default=90, ge=1, le=100_000, description="Warn when the newest source in scope is older than this.")
    language: Slug = Field(default="en", description="Language of the brief.")


def model_digests(facts: dict[str, Fact], sources: dict[str, Source]) -> dict[str, str]:
    """The SHA-256 of each fact's and source's JSON, keyed ``fact <id>`` and ``source <id>``: what an edition is made of.

    pydantic's own JSON (fields in declaration order) is about twice as fast as
    dumping to Python and then to JSON, which counts with 50,000 facts.
    """
    models: list[tuple[str, BaseModel]] = [*((f"fact {k}", m) for k, m in facts.items()), *((f"source {k}", m) for k, m in sources.items())]
    return {key: hashlib.sha256(model.model_dump_json().encode("utf-8")).hexdigest() for key, model in models}
