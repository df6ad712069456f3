"""The live preview in a real browser: headless Chromium driven by Selenium against ``briefgen serve``.

The preview renders; saving a template updates the open page by itself
within a second; a footnote reference jumps to its note and the note's
back-link returns; a Jinja syntax error shows the error page with file and
line, and fixing it brings the preview back.

Needs Chromium and chromedriver (Debian: ``scripts/install-system-packages.sh
--browser``) and selenium (the ``dev`` extra).  Without them the tests are
skipped, saying so; set ``BRIEFGEN_REQUIRE_BROWSER=1`` (as CI does) to make
their absence a failure instead.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.preview.test_server import BRIEF, ServeProcess, copy_project

CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
MISSING = [
    name
    for name, present in (
        ("selenium (pip install -e '.[dev]')", importlib.util.find_spec("selenium") is not None),
        ("chromedriver", Path(CHROMEDRIVER).is_file()),
        ("chromium", CHROMIUM is not None),
    )
    if not present
]
REASON = "the browser test needs " + ", ".join(MISSING) + " (Debian: scripts/install-system-packages.sh --browser)"

if MISSING and os.environ.get("BRIEFGEN_REQUIRE_BROWSER") == "1":
    raise RuntimeError(REASON + "; BRIEFGEN_REQUIRE_BROWSER=1 forbids skipping it")

pytestmark = [pytest.mark.slow, pytest.mark.skipif(bool(MISSING), reason=REASON)]

LAYOUT = Path("templates/layouts/brief.html.j2")
TITLE = "Pakistan–Belarus: a worked example of every helper"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServeProcess]:
    process = ServeProcess(copy_project(tmp_path_factory.mktemp("browser") / "project"), (BRIEF,))
    process.wait_for(BRIEF, "ok")
    yield process
    assert process.stop() == 0
    assert "Traceback" not in process.output


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):
        options.add_argument(argument)
    if CHROMIUM:
        options.binary_location = CHROMIUM
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def _open(browser: Any, server: ServeProcess) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(f"{server.url}briefs/{BRIEF}.html")
    WebDriverWait(browser, 10).until(lambda d: d.execute_script("return !!(window.briefgenLive && window.briefgenLive.connected)"))


def _text(browser: Any, selector: str) -> str | None:
    """An element's text read in one step, so a page reloading meanwhile cannot leave a stale handle."""
    return browser.execute_script("const e = document.querySelector(arguments[0]); return e ? e.textContent.trim() : null;", selector)  # type: ignore[no-any-return]


def _in_view(browser: Any, element_id: str) -> bool:
    script = "const r = document.getElementById(arguments[0]).getBoundingClientRect(); return r.top >= -1 && r.bottom <= innerHeight + 1;"
    return bool(browser.execute_script(script, element_id))


def test_preview_renders(browser: Any, server: ServeProcess) -> None:
    from selenium.webdriver.common.by import By

    _open(browser, server)
    assert browser.title == TITLE
    assert browser.find_element(By.TAG_NAME, "h1").text == TITLE
    assert len(browser.find_elements(By.CSS_SELECTOR, "section.footnotes li[id^='fn-']")) >= 20
    assert browser.find_elements(By.CSS_SELECTOR, ".chart img[src^='data:image/svg+xml']"), (
        "the chart (a data: image) is allowed by the CSP"
    )
    errors = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert not errors, f"the page logged errors (a CSP refusal?): {errors}"


def test_footnote_reference_jumps_to_the_note_and_back(browser: Any, server: ServeProcess) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    _open(browser, server)
    reference = browser.find_element(By.ID, "fnref-1")
    reference.click()
    WebDriverWait(browser, 5).until(lambda d: d.execute_script("return location.hash") == "#fn-1")
    assert _in_view(browser, "fn-1"), "the note is on screen"
    assert not _in_view(browser, "fnref-1"), "the page moved away from the reference"
    browser.find_element(By.CSS_SELECTOR, "#fn-1 a.backlink").click()
    WebDriverWait(browser, 5).until(lambda d: d.execute_script("return location.hash") == "#fnref-1")
    assert _in_view(browser, "fnref-1"), "the back-link returns to the reference"


def test_saving_a_template_updates_the_open_page(browser: Any, server: ServeProcess) -> None:
    """The page updates itself after a save; how fast is measured by benchmarks/reload_latency.py, not here."""
    from selenium.webdriver.support.ui import WebDriverWait

    _open(browser, server)
    browser.execute_script("window.beforeSave = true;")
    layout = server.root / LAYOUT
    original = layout.read_text(encoding="utf-8")
    try:
        layout.write_text(original.replace(">Briefing note<", ">Briefing note (live edit)<"), encoding="utf-8")
        WebDriverWait(browser, 30, poll_frequency=0.05).until(lambda d: _text(d, "p.kind") == "Briefing note (live edit)")
        assert browser.execute_script("return window.beforeSave === undefined"), "the page reloaded itself"
    finally:
        layout.write_text(original, encoding="utf-8")
    WebDriverWait(browser, 30).until(lambda d: _text(d, "p.kind") == "Briefing note")


def test_syntax_error_shows_file_and_line_and_fixing_it_restores_the_preview(browser: Any, server: ServeProcess) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    _open(browser, server)
    layout = server.root / LAYOUT
    original = layout.read_text(encoding="utf-8")
    lines = original.split("\n")
    line = next(i for i, text in enumerate(lines) if '<p class="kind">' in text)
    lines[line] = lines[line].replace("Briefing note", "Briefing note {% if %}")
    try:
        layout.write_text("\n".join(lines), encoding="utf-8")
        WebDriverWait(browser, 5).until(lambda d: _text(d, ".problem .where"))
        assert _text(browser, ".problem .where") == f"{LAYOUT.as_posix()}:{line + 1}"
        assert "template syntax error" in (_text(browser, ".problem .message") or "")
        assert "{% if %}" in (_text(browser, "pre.context .here") or "")
    finally:
        layout.write_text(original, encoding="utf-8")
    WebDriverWait(browser, 5).until(lambda d: _text(d, "h1") == TITLE)
    assert not browser.find_elements(By.CSS_SELECTOR, ".problem")
