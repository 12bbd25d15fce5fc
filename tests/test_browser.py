"""What a person sees: the real app served by Streamlit, driven in Debian's headless Chromium.

Playwright from PyPI drives /usr/bin/chromium (never a downloaded browser). Skipped, saying why,
where Chromium is missing. Screenshots of each page are saved (docs/screenshots/ with
DASHBOARD_SCREENSHOTS=1, for the README).
"""

from __future__ import annotations

import csv
import io
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from dashboard.pipeline import ingest
from dashboard.sources import read_paths
from dashboard.store import Store

from .conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
# The README's screenshots are refreshed with DASHBOARD_SCREENSHOTS=1; otherwise they go to a temp
# folder, so a test run never changes tracked files.
SHOTS = ROOT / "docs" / "screenshots" if os.environ.get("DASHBOARD_SCREENSHOTS") == "1" else \
    Path(os.environ.get("TMPDIR", "/tmp")) / "dashboard-screenshots"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (make test installs it as root)"),
]
ARGS = ["--headless", "--no-sandbox", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--use-angle=swiftshader", "--enable-unsafe-swiftshader"]
# swiftshader: software WebGL, so the deck.gl map draws without a GPU


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(url: str):
    """Streamlit serving the app on a free local port for `url`; yields the base address, then stops it."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "streamlit_app.py"), "--server.headless", "true",
         "--server.address", "127.0.0.1", "--server.port", str(port), "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env={**os.environ, "DASHBOARD_DB": url}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            urllib.request.urlopen(base + "/_stcore/health", timeout=2)
            break
        except OSError:
            time.sleep(0.3)
    else:
        proc.kill()
        pytest.fail("streamlit did not start within 60 s")
    yield base
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The app on the bundled reports."""
    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'incidents.db'}"
    s = Store(url)
    ingest(read_paths([ROOT / "data" / "articles"]), s)
    s.dispose()
    for base in serve(url):
        yield base, url


@pytest.fixture(scope="module")
def empty_server(tmp_path_factory):
    """The app on an empty store, as a newcomer's first start."""
    url = f"sqlite:///{tmp_path_factory.mktemp('browser-empty') / 'incidents.db'}"
    Store(url).dispose()
    yield from serve(url)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


def wait_ready(page):
    page.wait_for_selector("[data-testid='stSidebar']", timeout=30_000)
    page.wait_for_timeout(500)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]') && "
        "document.querySelectorAll('[data-testid=\"stSkeleton\"]').length === 0", timeout=30_000)
    page.wait_for_timeout(1500)  # charts and maps draw after the script has finished


PAGES = [("", "overview"), ("map", "map"), ("timeline", "timeline"), ("incidents", "incidents"), ("ingest", "ingest"),
         ("review", "review")]


def test_each_page_loads_and_is_screenshotted(server, browser):
    base, _ = server
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    for path, name in PAGES:
        page.goto(f"{base}/{path}")
        wait_ready(page)
        assert page.locator("[data-testid='stException']").count() == 0, name
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)
    page.close()


def test_a_shared_link_opens_straight_into_a_filtered_page(server, browser):
    base, _ = server
    context = browser.new_context(viewport={"width": 1400, "height": 900})  # a fresh visitor
    page = context.new_page()
    page.goto(f"{base}/incidents?provinces=Helmand")
    wait_ready(page)
    assert page.locator("[data-testid='stException']").count() == 0
    assert "Helmand" in page.locator("[data-testid='stSidebar']").inner_text()  # the filter came from the link
    context.close()


def test_a_sidebar_filter_changes_the_figures_and_the_csv(server, browser):
    base, _ = server
    page = browser.new_page(viewport={"width": 1400, "height": 900}, accept_downloads=True)
    page.goto(base + "/")
    wait_ready(page)
    metric = page.locator("[data-testid='stMetric']").filter(has_text="Incidents").locator("[data-testid='stMetricValue']")
    before = int(metric.inner_text())
    box = page.locator("[data-testid='stSidebar'] [data-testid='stMultiSelect']").filter(has_text="Province")
    box.click()
    page.get_by_role("option", name="Helmand").click()
    page.keyboard.press("Escape")
    page.wait_for_function(f"() => !document.body.innerText.includes('of {before} incidents match') || "
                           f"document.body.innerText.includes('1 of {before}')", timeout=20_000)
    wait_ready(page)
    assert int(metric.inner_text()) < before
    assert "provinces=Helmand" in page.url
    with page.expect_download() as dl:
        page.get_by_role("button", name="Download CSV").first.click()
    rows = list(csv.DictReader(io.StringIO(Path(dl.value.path()).read_text())))
    assert rows and {r["admin1"] for r in rows} == {"Helmand"}
    page.close()


def test_paste_save_correct_and_see_it_on_overview_and_map(empty_server, browser):
    base = empty_server
    seed = (ROOT / "data" / "articles" / "aqis-chief-killed.txt").read_text(encoding="utf-8")
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(base + "/ingest")
    wait_ready(page)
    page.get_by_label("Report text").fill(seed)
    page.get_by_role("button", name="Find incidents").click()
    page.get_by_role("button", name="Save to the store").click(timeout=30_000)
    page.get_by_text("Saved: 1 incident").wait_for(timeout=30_000)

    page.goto(base + "/review")
    wait_ready(page)
    name = page.get_by_label("Your name (recorded with every change)")
    name.fill("Browser test")
    name.press("Enter")
    wait_ready(page)
    killed = page.get_by_label("Killed (best)")
    assert killed.input_value() == "7"
    killed.fill("8")
    killed.press("Tab")
    page.get_by_role("button", name="Save correction").click()
    page.get_by_text("Saved").first.wait_for(timeout=30_000)

    page.goto(base + "/")
    wait_ready(page)
    value = page.locator("[data-testid='stMetric']").filter(has_text="Killed").locator("[data-testid='stMetricValue']")
    assert value.inner_text() == "8"
    page.goto(base + "/map")
    wait_ready(page)
    assert "8 killed" in page.inner_text("body")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "review-corrected-map.png"))
    page.close()
