"""The PDF stage with real WeasyPrint: confinement, errors, warnings, metadata, determinism."""

from __future__ import annotations

import base64
import io
import json
import logging
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from briefgen.errors import BriefgenError, Problem, Severity
from briefgen.pdf.fetcher import ConfinedFetcher
from briefgen.pdf.weasy import PdfAttachment, PdfMetadata, PdfResult, render_pdf
from tests.conftest import REPO
from tests.pdf_scan import scan_pdf_for_active_content

pytestmark = pytest.mark.slow

PNG_1PX = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
SECRET = b"briefgen-secret-marker-7f3a9c"
BRIEF_DATE = datetime(2025, 2, 14, 9, 30)
PROVENANCE = PdfAttachment("provenance.json", b'{"facts": ["pk-by-trade-2024"]}', "Where every claim comes from", "application/json")
CSS = """body { font-family: "Liberation Serif", "DejaVu Serif", serif; }
h1 { font-family: "Liberation Sans", "DejaVu Sans", sans-serif; }
p {
  colr: red;
}
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    (root / "templates" / "styles").mkdir(parents=True)
    (root / "templates" / "img").mkdir()
    (root / "templates" / "img" / "dot.png").write_bytes(PNG_1PX)
    (root / "templates" / "styles" / "brief.css").write_text("body { font-family: 'Liberation Serif'; }\n")
    (root / "secret.png").write_bytes(SECRET)
    return root


def render(project: Path, body: str, *, fetcher: ConfinedFetcher | None = None, **options: object) -> PdfResult:
    """render_pdf on a small page, with the project's defaults."""
    arguments: dict[str, object] = {
        "base_url": (project / "templates").as_uri() + "/",
        "fetcher": fetcher or ConfinedFetcher(project / "templates"),
        "stylesheets": [project / "templates" / "styles" / "brief.css"],
        "metadata": PdfMetadata("Pakistan and Belarus", BRIEF_DATE),
        "attachments": [PROVENANCE],
        "display_root": project,
        "label": "briefs/pk-by.md",
        **options,
    }
    html = f'<!doctype html><html lang="en"><head><title>Ignored title</title></head><body><h1>Brief</h1>{body}</body></html>'
    return render_pdf(html, **arguments)  # type: ignore[arg-type]


def failure(project: Path, body: str, *, fetcher: ConfinedFetcher | None = None) -> str:
    with pytest.raises(BriefgenError) as caught:
        render(project, body, fetcher=fetcher)
    return str(caught.value)


def tool(*command: str | Path) -> str:
    return subprocess.run([str(part) for part in command], capture_output=True, text=True, check=True).stdout


def saved(pdf: bytes, folder: Path, name: str = "out.pdf") -> Path:
    path = folder / name
    path.write_bytes(pdf)
    return path


def qpdf_objects(pdf: Path) -> dict[str, Any]:
    """The PDF's objects as qpdf's JSON v2 shows them (strings "u:text", names "/Name")."""
    document = json.loads(tool("qpdf", "--json=2", "--json-key=qpdf", "--json-stream-data=none", pdf))
    objects: dict[str, Any] = document["qpdf"][1]
    return objects


# --- confinement ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "url"),
    [
        ('<img src="file:///etc/passwd">', "file:///etc/passwd"),
        ('<link rel="attachment" href="file:///etc/hostname">', "file:///etc/hostname"),
        ('<a rel="attachment" href="file:///etc/hostname">leak</a>', "file:///etc/hostname"),
        ('<img src="http://127.0.0.1:9/x.png">', "http://127.0.0.1:9/x.png"),
        ('<link rel="stylesheet" href="https://127.0.0.1:9/x.css">', "https://127.0.0.1:9/x.css"),
        ('<div style="background: url(file:///etc/passwd)">x</div>', "file:///etc/passwd"),
        ("<style>@import url(file:///etc/passwd);</style>", "file:///etc/passwd"),
        # WeasyPrint logs a failed font only at DEBUG level: the fetcher's own list is what catches it.
        ("<style>@font-face { font-family: x; src: url(file:///etc/passwd) } p { font-family: x }</style><p>x</p>", "file:///etc/passwd"),
        (
            "<img src=\"data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'><image href='file:///etc/passwd'/></svg>\">",
            "file:///etc/passwd",
        ),
        ('<object data="file:///etc/passwd" type="image/png"></object>', "file:///etc/passwd"),
    ],
)
def test_refused_resources_fail_the_render_naming_the_url(project: Path, body: str, url: str) -> None:
    assert url in failure(project, body)


def test_dot_dot_traversal_is_refused(project: Path) -> None:
    message = failure(project, '<img src="../secret.png"><img src="img/../../secret.png">')
    assert (project / "secret.png").as_uri() in message
    assert "outside the allowed folders" in message


def test_symlink_inside_the_root_pointing_outside_is_refused(project: Path) -> None:
    (project / "templates" / "img" / "logo.png").symlink_to(project / "secret.png")
    message = failure(project, '<img src="img/logo.png">')
    assert (project / "templates" / "img" / "logo.png").as_uri() in message


def test_file_over_the_cap_is_refused(project: Path) -> None:
    (project / "templates" / "img" / "huge.png").write_bytes(PNG_1PX + b"\0" * 4096)
    fetcher = ConfinedFetcher(project / "templates", max_bytes=4096)
    message = failure(project, '<img src="img/huge.png">', fetcher=fetcher)
    assert (project / "templates" / "img" / "huge.png").as_uri() in message
    assert "limit" in message


def test_every_problem_is_reported_at_once(project: Path) -> None:
    with pytest.raises(BriefgenError) as caught:
        render(project, '<img src="file:///etc/passwd"><img src="http://127.0.0.1:9/x.png"><img src="img/missing.png">')
    messages = [problem.message for problem in caught.value.problems]
    assert len(messages) == 3, messages
    assert all(problem.path == "briefs/pk-by.md" for problem in caught.value.problems)
    assert any("img/missing.png" in message and "no such file" in message for message in messages)


def test_attachment_links_are_refused_even_inside_the_root(project: Path) -> None:
    message = failure(project, '<link rel="attachment" href="img/dot.png"><a rel="attachment" href="img/dot.png">x</a>')
    assert message.count("refused to embed " + (project / "templates" / "img" / "dot.png").as_uri()) == 2


def test_data_and_template_images_are_allowed(project: Path, tmp_path: Path) -> None:
    data_url = "data:image/png;base64," + base64.b64encode(PNG_1PX).decode()
    result = render(project, f'<p><img src="{data_url}"> <img src="img/dot.png"></p>')
    assert result.warnings == []
    assert result.pages == 1
    pdf = saved(result.pdf, tmp_path)
    assert tool("pdfdetach", "-list", pdf).splitlines() == ["1 embedded files", "1: provenance.json"]
    flat = saved(result.pdf, tmp_path, "flat.pdf")
    subprocess.run(["qpdf", "--qdf", "--object-streams=disable", pdf, flat], check=True)
    expanded = flat.read_bytes()
    assert expanded.count(b"/Type /EmbeddedFile") == 1
    assert b"root:x:0:0" not in expanded
    assert SECRET not in expanded
    assert scan_pdf_for_active_content(result.pdf, ["provenance.json"]) == []


def test_missing_stylesheet_is_reported_at_its_path(project: Path) -> None:
    with pytest.raises(BriefgenError) as caught:
        render(project, "<p>x</p>", stylesheets=[project / "templates" / "styles" / "gone.css"])
    assert [problem.path for problem in caught.value.problems] == ["templates/styles/gone.css"]
    assert "no such file" in caught.value.problems[0].message


# --- warnings and the log ----------------------------------------------------------


def test_css_warning_points_at_the_stylesheet_and_line(project: Path) -> None:
    (project / "templates" / "styles" / "brief.css").write_text(CSS)
    (project / "templates" / "styles" / "extra.css").write_text("\n\nh1 { font-wieght: bold }\n")
    body = '<link rel="stylesheet" href="styles/extra.css"><style>em { colour: red }</style><p>x</p>'
    warnings = render(project, body).warnings
    assert Problem("templates/styles/brief.css", 4, "Ignored `colr: red` at 4:3, unknown property.", Severity.WARNING) in warnings
    assert ("templates/styles/extra.css", 3) in [(problem.path, problem.line) for problem in warnings]
    inline = [problem for problem in warnings if "colour" in problem.message]
    assert [(problem.path, problem.line) for problem in inline] == [("briefs/pk-by.md", None)]
    assert all(problem.severity is Severity.WARNING for problem in warnings)


def test_warnings_come_back_with_errors(project: Path) -> None:
    (project / "templates" / "styles" / "brief.css").write_text(CSS)
    with pytest.raises(BriefgenError) as caught:
        render(project, '<img src="file:///etc/passwd">')
    severities = sorted(problem.severity.value for problem in caught.value.problems)
    assert severities == ["error", "warning"]


def test_log_capture_is_restored_and_repeatable(project: Path) -> None:
    (project / "templates" / "styles" / "brief.css").write_text(CSS)
    logger = logging.getLogger("weasyprint")
    before = (logger.level, logger.propagate, list(logger.handlers))
    first = render(project, "<p>x</p>").warnings
    with pytest.raises(BriefgenError):
        render(project, '<img src="file:///etc/passwd">')
    second = render(project, "<p>x</p>").warnings
    assert first == second
    assert len(first) == 1
    assert (logger.level, logger.propagate, list(logger.handlers)) == before


# --- time ---------------------------------------------------------------------------


def test_timeout_stops_a_long_render_in_the_main_thread(project: Path) -> None:
    handler_before = signal.getsignal(signal.SIGALRM)
    # The alarm stops the layout, or (if it lands inside one long native call) the check after it does.
    with pytest.raises(BriefgenError, match=r"longer than 0\.01 s|over the 0\.01 s limit"):
        render(project, "<p>lorem ipsum dolor sit amet</p>" * 2000, timeout_seconds=0.01)
    assert signal.getsignal(signal.SIGALRM) is handler_before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert render(project, "<p>x</p>", timeout_seconds=60).pages == 1


def test_timeout_off_the_main_thread_is_checked_afterwards(project: Path) -> None:
    outcome: list[BaseException] = []

    def work() -> None:
        try:
            render(project, "<p>lorem ipsum dolor sit amet</p>" * 300, timeout_seconds=0.001)
        except BriefgenError as error:
            outcome.append(error)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert len(outcome) == 1
    assert "over the 0.001 s limit" in str(outcome[0])


# --- metadata and determinism ------------------------------------------------------


def test_metadata_comes_from_the_caller(project: Path, tmp_path: Path) -> None:
    metadata = PdfMetadata(
        "Pakistan–Belarus relations",
        datetime(2025, 2, 14, 12, 0, tzinfo=timezone(timedelta(hours=5))),
        description="What changed since the 2024 visit",
        lang="en-GB",
        authors=["Desk A", "Desk B"],
        keywords=["Pakistan", "Belarus"],
    )
    pdf = saved(render(project, "<p>x</p>", metadata=metadata).pdf, tmp_path)
    info = dict(line.split(":", 1) for line in tool("pdfinfo", "-isodates", pdf).splitlines())
    info = {key: value.strip() for key, value in info.items()}
    assert info["Title"] == "Pakistan–Belarus relations"
    assert info["Subject"] == "What changed since the 2024 visit"
    assert info["Author"] == "Desk A, Desk B"
    assert info["Keywords"] == "Pakistan, Belarus"
    assert info["Creator"] == "briefgen"
    assert info["CreationDate"] == info["ModDate"] == "2025-02-14T07:00:00Z"
    assert info["JavaScript"] == "no"
    catalog = next(
        entry["value"]
        for entry in qpdf_objects(pdf).values()
        if isinstance(entry.get("value"), dict) and entry["value"].get("/Type") == "/Catalog"
    )
    assert catalog["/Lang"] == "u:en-GB"


def test_naive_dates_are_utc(project: Path, tmp_path: Path) -> None:
    pdf = saved(render(project, "<p>x</p>").pdf, tmp_path)
    assert "CreationDate:    2025-02-14T09:30:00Z" in tool("pdfinfo", "-isodates", pdf)


def test_the_attachment_is_embedded_from_bytes_with_its_type_and_the_brief_date(project: Path, tmp_path: Path) -> None:
    pdf = saved(render(project, "<p>x</p>").pdf, tmp_path)
    tool("pdfdetach", "-save", "1", "-o", tmp_path / "got.json", pdf)
    assert (tmp_path / "got.json").read_bytes() == PROVENANCE.data
    streams = [entry["stream"]["dict"] for entry in qpdf_objects(pdf).values() if "stream" in entry]
    embedded = [stream for stream in streams if stream.get("/Type") == "/EmbeddedFile"]
    assert [stream["/Subtype"] for stream in embedded] == ["/application/json"]
    assert embedded[0]["/Params"]["/CreationDate"] == "u:D:20250214093000Z"


def test_same_inputs_give_identical_bytes(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (project / "templates" / "styles" / "brief.css").write_text(CSS)
    body = '<p>Trade <a href="https://example.org/">rose</a>.</p><img src="img/dot.png">'
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first = render(project, body).pdf
    time.sleep(1.1)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")
    second = render(project, body).pdf
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    third = render(project, body).pdf
    assert first == second == third
    later = render(project, body, metadata=PdfMetadata("Pakistan and Belarus", BRIEF_DATE + timedelta(days=1))).pdf
    assert later != first


def test_same_inputs_give_identical_bytes_in_a_fresh_process(project: Path) -> None:
    script = (
        "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[2]); "
        "import tests.pdf.test_weasy as t; sys.stdout.buffer.write(t.render(Path(sys.argv[1]), '<p>x</p>').pdf)"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", script, project, REPO],
            capture_output=True,
            check=True,
            env={"SOURCE_DATE_EPOCH": epoch, "TZ": zone, "PATH": "/usr/bin:/bin"},
        ).stdout
        for epoch, zone in (("1", "UTC"), ("1900000000", "Asia/Karachi"))
    ]
    assert runs[0] == runs[1] == render(project, "<p>x</p>").pdf


def test_fonts_are_embedded(project: Path, tmp_path: Path) -> None:
    (project / "templates" / "styles" / "brief.css").write_text(CSS)
    pdf = saved(render(project, "<p>Serif body</p>").pdf, tmp_path)
    fonts = tool("pdffonts", pdf).splitlines()[2:]
    assert any("LiberationSerif" in line.replace("-", "") for line in fonts), fonts
    assert any("LiberationSans" in line.replace("-", "") for line in fonts), fonts
    assert all(line.split()[-5] == "yes" for line in fonts), fonts  # the "emb" column


def test_importing_the_pdf_stage_does_not_import_weasyprint() -> None:
    code = "import sys, briefgen.pdf.weasy, briefgen.pdf.fetcher; print('weasyprint' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"


# --- the active-content scan -------------------------------------------------------


def test_scan_reports_plain_http_links_but_not_https_or_internal(project: Path) -> None:
    body = '<p id="top"><a href="http://example.org/">a</a> <a href="https://example.org/">b</a> <a href="#top">c</a></p>'
    findings = scan_pdf_for_active_content(render(project, body).pdf, ["provenance.json"])
    assert len(findings) == 1
    assert "'http://example.org/'" in findings[0]


def test_scan_reports_undeclared_attachments(project: Path) -> None:
    findings = scan_pdf_for_active_content(render(project, "<p>x</p>").pdf)
    assert len(findings) == 1
    assert "embedded file 'provenance.json' is not a declared attachment" in findings[0]


def test_scan_reports_javascript_launch_and_hidden_files_in_compressed_pdfs() -> None:
    import io

    import pydyf

    pdf = pydyf.PDF()
    script = pydyf.Dictionary({"S": "/JavaScript", "JS": pydyf.String("app.alert(1)")})
    launch = pydyf.Dictionary({"S": "/Launch", "F": pydyf.String("calc.exe")})
    hidden = pydyf.Stream([b"payload"], {"Type": "/EmbeddedFile"}, compress=True)
    for item in (script, launch, hidden):
        pdf.add_object(item)
    pdf.catalog["OpenAction"] = script.reference
    pdf.catalog["AA"] = pydyf.Dictionary({"WC": launch.reference})
    output = io.BytesIO()
    pdf.write(output, b"1.7", compress=True)
    findings = "\n".join(scan_pdf_for_active_content(output.getvalue()))
    assert "/JavaScript" in findings
    assert "/JS" in findings
    assert "/Launch" in findings
    assert "1 embedded file streams but only 0 file specifications" in findings


def test_scan_without_qpdf_says_so(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(RuntimeError, match="needs qpdf"):
        scan_pdf_for_active_content(b"%PDF-1.7\n")


def test_brief_date_is_the_only_date(project: Path, tmp_path: Path) -> None:
    """Guard against a wall-clock date sneaking in (WeasyPrint's Attachment defaults to datetime.now())."""
    pdf = saved(render(project, "<p>x</p>").pdf, tmp_path)
    subprocess.run(["qpdf", "--qdf", "--object-streams=disable", pdf, tmp_path / "flat.pdf"], check=True)
    expanded = (tmp_path / "flat.pdf").read_bytes()
    assert datetime.now(UTC).strftime("%Y%m%d").encode() not in expanded
    assert expanded.count(b"D:20250214093000Z") == 4  # CreationDate and ModDate, of the PDF and of the attachment


@pytest.mark.parametrize("variant", ["pdf/ua-1", "pdf/a-3b"])
def test_a_pdf_variant_is_tagged_with_its_language_and_title(project: Path, variant: str) -> None:
    from pypdf import PdfReader

    metadata = PdfMetadata("Pakistan and Belarus", BRIEF_DATE, lang="en")
    result = render(project, "<h1>Pakistan and Belarus</h1><p>Trade grew.</p>", metadata=metadata, variant=variant)
    catalog = PdfReader(io.BytesIO(result.pdf)).trailer["/Root"]
    assert catalog["/Lang"] == "en"
    assert "Pakistan and Belarus" in catalog["/Metadata"].get_object().get_data().decode()  # the XMP names the title
    if variant == "pdf/ua-1":
        assert "/StructTreeRoot" in catalog
        assert catalog["/MarkInfo"]["/Marked"] == True  # noqa: E712 (a pypdf BooleanObject)
        assert catalog["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712
        assert b"pdfuaid" in catalog["/Metadata"].get_object().get_data()
    else:
        assert b"pdfaid:part" in catalog["/Metadata"].get_object().get_data()
        assert "/OutputIntents" in catalog
        assert [name for name in catalog["/Names"]["/EmbeddedFiles"]["/Names"] if isinstance(name, str)] == ["provenance.json"]


def test_a_plain_pdf_is_untagged(project: Path) -> None:
    from pypdf import PdfReader

    catalog = PdfReader(io.BytesIO(render(project, "<p>Trade grew.</p>").pdf)).trailer["/Root"]
    assert "/StructTreeRoot" not in catalog


def test_extra_css_sets_the_paper(project: Path) -> None:
    from pypdf import PdfReader

    letter = render(project, "<p>Trade grew.</p>", extra_css="@page { size: letter; }")
    box = PdfReader(io.BytesIO(letter.pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
