"""templates/brand.yaml: the organisation, logo, default marking, paper and accent, and its located errors."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from briefgen.errors import BriefgenError
from briefgen.render.brand import load_brand
from tests.conftest import run_cli
from tests.rendering import SLUG, make_project, write_brief

PNG_1PX = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path)


def brand(project: Path, text: str) -> None:
    (project / "templates" / "brand.yaml").write_text(text, encoding="utf-8")


def problem(project: Path) -> str:
    with pytest.raises(BriefgenError) as caught:
        load_brand(project)
    return caught.value.problems[0].format()


def test_without_brand_yaml_the_defaults_hold(project: Path) -> None:
    assets = load_brand(project)
    assert (assets.brand.paper, assets.brand.accent, assets.brand.classification, assets.logo_url) == ("A4", "#1d3f6e", None, None)
    assert assets.marking("SECRET") == "SECRET"


def test_a_bad_value_is_reported_at_its_line(project: Path) -> None:
    brand(project, "organisation: Ministry\npaper: A5\n")
    assert problem(project).startswith("templates/brand.yaml:2: brand: ")
    assert "A4" in problem(project) and "Letter" in problem(project)
    brand(project, "accent: blue\n")
    assert problem(project).startswith("templates/brand.yaml:1: brand: ") and "#RRGGBB" in problem(project)
    brand(project, "colour: '#000000'\n")
    assert problem(project).startswith("templates/brand.yaml:1: ")


@pytest.mark.parametrize(
    ("logo", "written", "expected"),
    [
        ("logo.png", None, "logo 'logo.png' not found under templates/"),
        ("../secret.png", None, "logo '../secret.png' is outside templates/"),
        ("logo.gif", None, "is not a PNG, JPEG or SVG file"),
        ("logo.png", b"not a png", "logo 'logo.png' is not a readable PNG image"),
    ],
)
def test_a_missing_or_unreadable_logo_is_a_located_error(project: Path, logo: str, written: bytes | None, expected: str) -> None:
    if written is not None:
        (project / "templates" / logo).write_bytes(written)
    brand(project, f"organisation: Ministry\nlogo: {logo}\n")
    message = problem(project)
    assert message.startswith("templates/brand.yaml:2: ") and expected in message, message


def test_the_build_names_brand_yaml_not_the_brief(project: Path) -> None:
    brand(project, "logo: images/crest.png\n")
    result = run_cli("-C", str(project), "build", SLUG, "--format", "html")
    assert result.code == 1
    assert "templates/brand.yaml:1: logo 'images/crest.png' not found under templates/" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_html_carries_logo_organisation_and_marking_at_top_and_bottom(project: Path) -> None:
    (project / "templates" / "images").mkdir()
    (project / "templates" / "images" / "crest.png").write_bytes(PNG_1PX)
    brand(project, "organisation: Ministry of Commerce\nlogo: images/crest.png\nclassification: OFFICIAL-SENSITIVE\naccent: '#7A1F1F'\n")
    write_brief(project, "Trade grew [@trade-2019].\n")
    assert run_cli("-C", str(project), "build", SLUG, "--format", "html").code == 0
    html = next((project / "build").glob(f"*/{SLUG}.html")).read_text(encoding="utf-8")
    assert f'src="data:image/png;base64,{base64.b64encode(PNG_1PX).decode()}"' in html
    assert '<p class="organisation">Ministry of Commerce</p>' in html
    assert html.count("OFFICIAL-SENSITIVE</p>") == 2
    assert html.index("OFFICIAL-SENSITIVE") < html.index("<header") and html.rindex("OFFICIAL-SENSITIVE") > html.index("</footer>")
    assert "--accent: #7a1f1f;" in html


def test_a_brief_s_own_classification_overrides_the_default(project: Path) -> None:
    brand(project, "classification: OFFICIAL\n")
    write_brief(project, "Trade grew [@trade-2019].\n", "title: Test brief\nclassification: SECRET\n")
    assert run_cli("-C", str(project), "build", SLUG, "--format", "html").code == 0
    html = next((project / "build").glob(f"*/{SLUG}.html")).read_text(encoding="utf-8")
    assert html.count("SECRET</p>") == 2 and "OFFICIAL" not in html


def test_the_project_sets_the_annex_of_briefs_that_do_not(tmp_path: Path) -> None:
    """``annex:`` in brand.yaml is the default; a brief's own ``annex`` still wins."""
    from briefgen.render.pipeline import render_brief
    from tests.rendering import load

    project = make_project(tmp_path)
    (project / "templates").mkdir(exist_ok=True)
    (project / "templates" / "brand.yaml").write_text("annex: passages\n", encoding="utf-8")
    write_brief(project, "Trade was recorded [@trade-2019].\n")
    html = render_brief(project, "mini", load(project))[2].html
    assert "Annex: the cited passages" in html
    (project / "templates" / "brand.yaml").write_text("annex: none\n", encoding="utf-8")
    assert "Annex:" not in render_brief(project, "mini", load(project))[2].html
    write_brief(project, "Trade was recorded [@trade-2019].\n", front="title: Test brief\nannex: full\n")
    assert "Annex: archived text of the cited articles" in render_brief(project, "mini", load(project))[2].html
