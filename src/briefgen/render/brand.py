"""The project's house style in one place: ``templates/brand.yaml``.

An office sets its name, its logo, the default classification marking, the
paper size, the accent colour and the PDF variant once, for every brief; a
brief's front matter may still set its own ``classification``.  The file is
optional (without it briefs look as they always did) and is read with the same
strict YAML loader and pydantic validation as facts, so a mistake is reported
at its line.  The logo must be an image file under ``templates/``: it is
inlined as a ``data:`` URL, so the HTML stays one self-contained file and the
PDF embeds the same bytes; a missing, unreadable or foreign file is an error
at the ``logo:`` line, never a hole in a published page.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, Field

from briefgen.corpus.loader import read_text
from briefgen.corpus.models import OptionalText, StrictModel
from briefgen.errors import BriefgenError, Problem
from briefgen.loading.validation import validate_item
from briefgen.loading.yamlload import load_yaml
from briefgen.project import TEMPLATES_DIR, inside

BRAND_FILE = f"{TEMPLATES_DIR}/brand.yaml"
MAX_LOGO_BYTES = 1024 * 1024
PDF_VARIANTS = ("pdf/ua-1", "pdf/a-3b")
PAPER_SIZES = {"A4": "A4", "Letter": "letter"}  # brand.yaml name → CSS @page size
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_LOGO_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".svg": "image/svg+xml"}


def _check_colour(value: str) -> str:
    if not _COLOUR.fullmatch(value):
        raise ValueError(f"'{value}' is not a colour written as #RRGGBB (for example #1d3f6e)")
    return value.lower()


class Brand(StrictModel):
    """``templates/brand.yaml``: how every brief of this project is marked and branded."""

    organisation: OptionalText = Field(default=None, description="The organisation's name, printed on the cover above the title.")
    logo: OptionalText = Field(
        default=None, description="An image file under templates/ (PNG, JPEG or SVG), e.g. images/logo.png; shown on the cover."
    )
    classification: OptionalText = Field(
        default=None,
        description="The default marking, e.g. OFFICIAL, printed at the top and foot of every page; a brief may set its own.",
    )
    paper: Literal["A4", "Letter"] = Field(default="A4", description="Paper size of the PDF: A4 or Letter (US Letter).")
    accent: Annotated[str, AfterValidator(_check_colour)] = Field(
        default="#1d3f6e", description="Accent colour of titles and rules, as #RRGGBB."
    )
    annex: Literal["passages", "full", "none"] = Field(
        default="full",
        description="The evidence annex of briefs that do not set `annex`: full, passages (each cited passage in its paragraph) or none.",
    )
    pdf_variant: Literal["pdf/ua-1", "pdf/a-3b", "none"] = Field(
        default="none",
        description="PDF standard to write: pdf/ua-1 (tagged, accessible), pdf/a-3b (archival) or none; build --pdf-variant overrides it.",
    )


@dataclass(frozen=True)
class BrandAssets:
    """The validated brand and what the page needs from it: the logo as a data: URL and the page CSS."""

    brand: Brand
    logo_url: str | None = None

    @property
    def page_css(self) -> str:
        """The CSS the brand adds: the accent colour for every medium, and the paper size for the PDF."""
        return f":root {{ --accent: {self.brand.accent}; }}\n"

    @property
    def paged_css(self) -> str:
        return f"@page {{ size: {PAPER_SIZES[self.brand.paper]}; }}\n"

    def marking(self, classification: str | None) -> str | None:
        """The brief's own marking, else the project's default."""
        return classification or self.brand.classification


def load_brand(root: Path) -> BrandAssets:
    """Read ``templates/brand.yaml`` (defaults when there is none); raise located problems."""
    path = root / BRAND_FILE
    if not path.is_file():
        return BrandAssets(Brand())
    text, problems = read_text(path, BRAND_FILE)
    if text is None:
        raise BriefgenError(problems)
    loaded = load_yaml(text, BRAND_FILE)
    data = loaded.data if loaded.data != "" else {}
    if not isinstance(data, dict):
        raise BriefgenError([Problem(BRAND_FILE, 1, "brand.yaml must be a mapping of fields (organisation: …, paper: A4)")])
    brand, problems = validate_item(Brand, data, loaded, (), BRAND_FILE, "brand")
    if brand is None:
        raise BriefgenError(problems)
    logo_url = _logo_data_url(root, brand.logo, loaded.line_of(("logo",))) if brand.logo else None
    return BrandAssets(brand, logo_url)


def _logo_data_url(root: Path, name: str, line: int) -> str:
    """The logo's bytes as a data: URL, or a problem at the ``logo:`` line saying what is wrong."""
    templates = (root / TEMPLATES_DIR).resolve()
    hint = "put the image under templates/ (for example templates/images/logo.png) and give its path from there"
    candidate = Path(name)
    if candidate.is_absolute() or ".." in candidate.parts:
        raise BriefgenError.single(BRAND_FILE, line, f"logo '{name}' is outside templates/", hint=hint)
    path = templates / candidate
    kind = _LOGO_TYPES.get(path.suffix.lower())
    if kind is None:
        raise BriefgenError.single(BRAND_FILE, line, f"logo '{name}' is not a PNG, JPEG or SVG file", hint="use a .png, .jpg or .svg image")
    if not path.is_file():
        raise BriefgenError.single(BRAND_FILE, line, f"logo '{name}' not found under templates/", hint=hint)
    if not inside(templates, path.resolve()):
        raise BriefgenError.single(BRAND_FILE, line, f"logo '{name}' leads outside templates/ (a link)", hint=hint)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BriefgenError.single(BRAND_FILE, line, f"logo '{name}' cannot be read: {exc.strerror}") from None
    if len(data) > MAX_LOGO_BYTES:
        raise BriefgenError.single(
            BRAND_FILE, line, f"logo '{name}' is {len(data):,} bytes, over the 1 MB limit", hint="use a smaller image"
        )
    if not _looks_like(kind, data):
        raise BriefgenError.single(BRAND_FILE, line, f"logo '{name}' is not a readable {kind.split('/')[1].upper()} image")
    return f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}"


def _looks_like(kind: str, data: bytes) -> bool:
    """Whether the bytes start as the file type says, so a renamed or broken file is caught here."""
    if kind == "image/png":
        return data.startswith(b"\x89PNG\r\n\x1a\n")
    if kind == "image/jpeg":
        return data.startswith(b"\xff\xd8\xff")
    head = data[:512].lstrip().lower()
    return head.startswith((b"<svg", b"<?xml")) and b"<svg" in data[:4096].lower()
