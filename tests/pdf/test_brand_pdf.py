"""The brand in the PDF: the logo embedded, the paper, the marking at top and foot, the PDF variant and its override."""

from __future__ import annotations

import base64
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import run_cli
from tests.rendering import SLUG, make_project, write_brief

pytestmark = pytest.mark.slow
PNG_1PX = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = make_project(tmp_path)
    (root / "templates" / "images").mkdir()
    (root / "templates" / "images" / "crest.png").write_bytes(PNG_1PX)
    write_brief(root, "## Trade\n\nTrade grew [@trade-2019].\n")
    return root


def _pdf(project: Path) -> Path:
    return next((project / "build").glob(f"*/{SLUG}.pdf"))


def _brand(project: Path, text: str) -> None:
    (project / "templates" / "brand.yaml").write_text(text, encoding="utf-8")


def test_the_logo_is_embedded_and_the_marking_stands_at_top_and_foot_of_a_letter_page(project: Path) -> None:
    _brand(project, "organisation: Ministry of Commerce\nlogo: images/crest.png\nclassification: OFFICIAL-SENSITIVE\npaper: Letter\n")
    result = run_cli("-C", str(project), "build", SLUG, "--format", "pdf")
    assert result.code == 0, result.stderr
    reader = PdfReader(_pdf(project))
    page = reader.pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    assert len(page.images) == 1, "the logo is drawn from the bytes inlined in the page"
    if shutil.which("pdftotext"):
        lines = [
            line
            for line in subprocess.run(
                ["pdftotext", "-layout", str(_pdf(project)), "-"], capture_output=True, text=True
            ).stdout.splitlines()
            if line.strip()
        ]
        assert "OFFICIAL-SENSITIVE" in lines[0] and "OFFICIAL-SENSITIVE" in lines[-1]
        assert "Ministry of Commerce" in "\n".join(lines)


def test_the_project_s_pdf_variant_and_the_command_line_override(project: Path) -> None:
    _brand(project, "pdf_variant: pdf/ua-1\n")
    assert run_cli("-C", str(project), "build", SLUG, "--format", "pdf").code == 0
    catalog = PdfReader(_pdf(project)).trailer["/Root"]
    assert "/StructTreeRoot" in catalog and catalog["/Lang"] == "en"
    assert catalog["/MarkInfo"]["/Marked"] == True  # noqa: E712 (a pypdf BooleanObject)
    again = run_cli("-C", str(project), "build", SLUG, "--format", "pdf", "--pdf-variant", "none")
    assert again.code == 0 and "1 built" in again.stdout, "another variant is another output"
    assert "/StructTreeRoot" not in PdfReader(_pdf(project)).trailer["/Root"]
    archival = run_cli("-C", str(project), "build", SLUG, "--format", "pdf", "--pdf-variant", "pdf/a-3b")
    assert archival.code == 0
    assert b"pdfaid:part" in PdfReader(_pdf(project)).trailer["/Root"]["/Metadata"].get_object().get_data()


def test_an_unknown_variant_is_a_usage_error(project: Path) -> None:
    result = run_cli("-C", str(project), "build", SLUG, "--pdf-variant", "pdf/x-4")
    assert result.code == 2 and "--pdf-variant" in result.stderr
