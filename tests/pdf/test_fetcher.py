"""The confined fetcher: data: URLs and regular files under templates/, nothing else.

The first half calls the fetcher directly; the second half hands it to real
WeasyPrint 70, beside WeasyPrint's default fetcher as a control, so the test
shows both that the leak is real and that the fetcher closes it.
"""

from __future__ import annotations

import base64
import os
import shutil
import socket
import subprocess
from pathlib import Path

import pytest

from briefgen.pdf.fetcher import DEFAULT_MAX_BYTES, ConfinedFetcher, FetchRefused

PNG_1PX = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
SECRET = b"briefgen-secret-marker-7f3a9c"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """templates/ with an image and a stylesheet, and a secret file beside it (outside the root)."""
    templates = tmp_path / "templates"
    (templates / "img").mkdir(parents=True)
    (templates / "img" / "dot.png").write_bytes(PNG_1PX)
    (templates / "style.css").write_text("p { color: black }\n")
    (tmp_path / "secret.txt").write_bytes(SECRET)
    return tmp_path


@pytest.fixture
def fetcher(project: Path) -> ConfinedFetcher:
    return ConfinedFetcher(project / "templates")


def refusal_reason(fetcher: ConfinedFetcher, url: str) -> str:
    with pytest.raises(FetchRefused) as caught:
        fetcher.read(url)
    assert caught.value.url.startswith(url[:60])
    assert fetcher.refused[-1].url == caught.value.url
    return caught.value.reason


def test_file_under_the_root_is_served_with_its_mime_type(fetcher: ConfinedFetcher, project: Path) -> None:
    fetched = fetcher.read((project / "templates" / "img" / "dot.png").as_uri())
    assert fetched.data == PNG_1PX
    assert fetched.mime == "image/png"
    assert fetcher.read((project / "templates" / "style.css").as_uri()).mime == "text/css"
    assert fetcher.refused == ()


def test_query_and_fragment_do_not_change_the_file(fetcher: ConfinedFetcher, project: Path) -> None:
    url = (project / "templates" / "img" / "dot.png").as_uri()
    assert fetcher.read(url + "?v=2#frag").data == PNG_1PX


def test_data_urls_are_served(fetcher: ConfinedFetcher) -> None:
    image = fetcher.read("data:image/png;base64," + base64.b64encode(PNG_1PX).decode())
    assert (image.data, image.mime) == (PNG_1PX, "image/png")
    text = fetcher.read("data:,hello%20world")
    assert (text.data, text.mime) == (b"hello world", "text/plain")


def test_file_outside_the_root_is_refused(fetcher: ConfinedFetcher) -> None:
    assert "outside the allowed folders" in refusal_reason(fetcher, "file:///etc/passwd")


def test_dot_dot_traversal_is_refused(fetcher: ConfinedFetcher, project: Path) -> None:
    base = (project / "templates").as_uri()
    assert "outside" in refusal_reason(fetcher, base + "/../secret.txt")
    assert "outside" in refusal_reason(fetcher, base + "/img/%2e%2e/%2E%2E/secret.txt")
    assert "outside" in refusal_reason(fetcher, base + "/../../../../../../etc/passwd")


def test_symlink_inside_the_root_pointing_outside_is_refused(fetcher: ConfinedFetcher, project: Path) -> None:
    (project / "templates" / "innocent.png").symlink_to(project / "secret.txt")
    (project / "templates" / "etc").symlink_to("/etc")
    assert "outside" in refusal_reason(fetcher, (project / "templates" / "innocent.png").as_uri())
    assert "outside" in refusal_reason(fetcher, (project / "templates" / "etc" / "passwd").as_uri())


def test_symlink_inside_the_root_pointing_inside_is_served(fetcher: ConfinedFetcher, project: Path) -> None:
    (project / "templates" / "alias.png").symlink_to(project / "templates" / "img" / "dot.png")
    assert fetcher.read((project / "templates" / "alias.png").as_uri()).data == PNG_1PX


def test_a_root_reached_through_a_symlink_still_confines(project: Path, tmp_path: Path) -> None:
    link = tmp_path / "linked-templates"
    link.symlink_to(project / "templates")
    fetcher = ConfinedFetcher([link])
    assert fetcher.read((link / "img" / "dot.png").as_uri()).data == PNG_1PX
    assert "outside" in refusal_reason(fetcher, (link / ".." / "secret.txt").as_uri())


def test_file_over_the_cap_is_refused_and_at_the_cap_served(project: Path) -> None:
    fetcher = ConfinedFetcher(project / "templates", max_bytes=1000)
    (project / "templates" / "big.bin").write_bytes(b"x" * 1001)
    (project / "templates" / "exact.bin").write_bytes(b"x" * 1000)
    assert "limit" in refusal_reason(fetcher, (project / "templates" / "big.bin").as_uri())
    assert len(fetcher.read((project / "templates" / "exact.bin").as_uri()).data) == 1000
    assert "limit" in refusal_reason(fetcher, "data:text/plain;base64," + base64.b64encode(b"y" * 1001).decode())
    assert "limit" in refusal_reason(fetcher, "data:," + "z" * 5000)
    assert DEFAULT_MAX_BYTES == 10 * 1024 * 1024


def test_non_regular_files_are_refused_without_blocking(fetcher: ConfinedFetcher, project: Path) -> None:
    fifo = project / "templates" / "pipe.css"
    os.mkfifo(fifo)  # opening a FIFO for reading blocks unless O_NONBLOCK: this would hang
    assert "not a regular file" in refusal_reason(fetcher, fifo.as_uri())
    assert "not a regular file" in refusal_reason(fetcher, (project / "templates" / "img").as_uri())
    (project / "templates" / "zero").symlink_to("/dev/zero")
    assert "outside" in refusal_reason(fetcher, (project / "templates" / "zero").as_uri())


def test_missing_file_is_refused(fetcher: ConfinedFetcher, project: Path) -> None:
    assert refusal_reason(fetcher, (project / "templates" / "nope.png").as_uri()) == "no such file"


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/x.png",
        "https://example.com/x.png",
        "ftp://example.com/x.png",
        "HTTP://example.com/x.png",
        "javascript:alert(1)",
        "relative/path.png",
    ],
)
def test_other_schemes_are_refused(fetcher: ConfinedFetcher, url: str) -> None:
    assert "not allowed" in refusal_reason(fetcher, url)


def test_file_urls_naming_a_host_or_a_relative_path_are_refused(fetcher: ConfinedFetcher) -> None:
    assert "host" in refusal_reason(fetcher, "file://fileserver/etc/passwd")
    assert "absolute" in refusal_reason(fetcher, "file:etc/passwd")
    assert "absolute" in refusal_reason(fetcher, "file:///tmp/%00x")


def test_every_refusal_is_recorded_in_order(fetcher: ConfinedFetcher) -> None:
    for url in ("file:///etc/passwd", "http://127.0.0.1:9/x.png", "file:///etc/passwd"):
        with pytest.raises(FetchRefused):
            fetcher.read(url)
    assert [item.url for item in fetcher.refused] == ["file:///etc/passwd", "http://127.0.0.1:9/x.png", "file:///etc/passwd"]


def test_the_whole_file_system_cannot_be_a_root() -> None:
    with pytest.raises(ValueError, match="whole file system"):
        ConfinedFetcher(Path("/"))


# --- with real WeasyPrint -------------------------------------------------------------


def weasy_pdf(html: str, project: Path, fetcher: object | None) -> bytes:
    """Render with WeasyPrint directly, so a PDF comes out even when resources fail."""
    import weasyprint

    base = (project / "templates").as_uri() + "/"
    document = weasyprint.HTML(string=html, base_url=base, url_fetcher=fetcher)
    pdf: bytes = document.write_pdf()
    return pdf


def expanded(pdf: bytes, tmp_path: Path) -> bytes:
    """The PDF with every stream decompressed, so embedded bytes would be visible."""
    source, target = tmp_path / "in.pdf", tmp_path / "qdf.pdf"
    source.write_bytes(pdf)
    subprocess.run(["qpdf", "--qdf", "--object-streams=disable", source, target], check=True)
    return target.read_bytes()


def embedded_files(pdf: bytes, tmp_path: Path) -> list[str]:
    source = tmp_path / "list.pdf"
    source.write_bytes(pdf)
    listing = subprocess.run(["pdfdetach", "-list", source], capture_output=True, text=True, check=True).stdout
    return [line.split(": ", 1)[1] for line in listing.splitlines()[1:]]


pytestmark_weasy = pytest.mark.skipif(not shutil.which("qpdf") or not shutil.which("pdfdetach"), reason="needs qpdf and poppler-utils")


@pytest.mark.slow
@pytestmark_weasy
def test_control_weasyprints_default_fetcher_embeds_local_files(project: Path, tmp_path: Path) -> None:
    html = f'<link rel="attachment" href="{(project / "secret.txt").as_uri()}"><p>x</p>'
    pdf = weasy_pdf(html, project, None)
    assert embedded_files(pdf, tmp_path) == ["secret.txt"]
    assert SECRET in expanded(pdf, tmp_path)


@pytest.mark.slow
@pytestmark_weasy
def test_weasyprint_with_the_confined_fetcher_embeds_and_fetches_nothing_outside(project: Path, tmp_path: Path) -> None:
    fetcher = ConfinedFetcher(project / "templates")
    html = f"""<html><head>
      <link rel="attachment" href="file:///etc/hostname">
      <link rel="attachment" href="{(project / "secret.txt").as_uri()}">
      <link rel="stylesheet" href="file:///etc/passwd"></head><body>
      <img src="file:///etc/passwd"><img src="../secret.txt"><img src="img/dot.png">
      <a rel="attachment" href="../secret.txt">a</a></body></html>"""
    pdf = weasy_pdf(html, project, fetcher)
    assert embedded_files(pdf, tmp_path) == []
    flat = expanded(pdf, tmp_path)
    assert SECRET not in flat
    assert b"root:x:0:0" not in flat
    assert b"/EmbeddedFile" not in flat
    refused = {item.url for item in fetcher.refused}
    assert {"file:///etc/hostname", "file:///etc/passwd", (project / "secret.txt").as_uri()} <= refused
    assert not any(url.endswith("dot.png") for url in refused)


@pytest.mark.slow
def test_weasyprint_with_the_confined_fetcher_opens_no_connection(project: Path) -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.setblocking(False)
    port = listener.getsockname()[1]
    fetcher = ConfinedFetcher(project / "templates")
    try:
        weasy_pdf(f'<img src="http://127.0.0.1:{port}/x.png"><link rel=stylesheet href="https://127.0.0.1:{port}/s.css">', project, fetcher)
        with pytest.raises(BlockingIOError):
            listener.accept()  # nobody knocked
    finally:
        listener.close()
    assert [item.url for item in fetcher.refused] == [f"https://127.0.0.1:{port}/s.css", f"http://127.0.0.1:{port}/x.png"]


@pytest.mark.slow
def test_weasyprint_draws_data_and_template_images_through_the_fetcher(project: Path, tmp_path: Path) -> None:
    fetcher = ConfinedFetcher(project / "templates")
    data_url = "data:image/png;base64," + base64.b64encode(PNG_1PX).decode()
    (project / "templates" / "img" / "other.png").write_bytes(PNG_1PX)
    pdf = weasy_pdf(f'<img src="{data_url}"><img src="img/dot.png"><img src="img/other.png">', project, fetcher)
    assert fetcher.refused == ()
    assert expanded(pdf, tmp_path).count(b"/Subtype /Image") >= 3  # each image, plus its alpha mask
