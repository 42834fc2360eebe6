"""report.html in a real browser: Debian's headless Chromium opens it, every image loads, the
console stays free of errors, and a screenshot is taken (kept next to the report)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from test_scenario import SMALL

from socialreach import cli

CHROMIUM = shutil.which("chromium")
CHROMEDRIVER = shutil.which("chromedriver")


@pytest.fixture(scope="module")
def browser():
    assert CHROMIUM and CHROMEDRIVER, (
        "Debian's chromium and chromium-driver are needed (make setup installs them)"
    )
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1200,2400",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    yield driver
    driver.quit()


def inspect(driver, page: Path, screenshot: Path) -> tuple[list[dict], list[str]]:
    """Open a page; return its images (loaded or not) and its console errors."""
    driver.get_log("browser")  # drop what earlier pages left
    driver.get(page.resolve().as_uri())
    images = driver.execute_script(
        "return Array.from(document.images).map(i => ({complete: i.complete, width: i.naturalWidth, alt: i.alt}));"
    )
    driver.save_screenshot(str(screenshot))
    errors = [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    return images, errors


def test_report_opens_with_images_and_no_console_errors(browser, tmp_path):
    scenario = tmp_path / "small.toml"
    scenario.write_text(SMALL)
    out = tmp_path / "out"
    assert (
        cli.main(
            ["compare", str(scenario), "--replications", "10", "--out", str(out), "--no-progress"]
        )
        == 0
    )
    images, errors = inspect(browser, out / "report.html", out / "report.png")
    assert len(images) == 3
    assert all(image["complete"] and image["width"] > 0 for image in images), images
    assert errors == []
    screenshot = (out / "report.png").read_bytes()
    assert screenshot.startswith(b"\x89PNG") and len(screenshot) > 20_000
    assert browser.title.startswith("small")


def test_the_check_catches_a_broken_page(browser, tmp_path):
    # The same check must fail on a page whose image is missing.
    page = tmp_path / "broken.html"
    page.write_text(
        '<!DOCTYPE html><html><head><title>x</title></head><body><img src="missing.png" alt="m"></body></html>'
    )
    images, errors = inspect(browser, page, tmp_path / "broken.png")
    assert images[0]["width"] == 0
    assert errors, "a missing image must show up as a console error"
