"""Regenerate docs/review.png: the review page of the bundled samples, in headless Chromium.

    python docs/make_screenshot.py                  # writes docs/review.png
    python docs/make_screenshot.py --page review.html --article 2

Converts samples/ exactly as `article2json samples/ --format html -o review.html` does (all installed
extractors, article text included), opens the page, folds the article index, selects the main event
of one article so its spans are outlined, and saves the overview and that article as a PNG.
Needs the Debian package chromium (/usr/bin/chromium, or $ARTICLE2JSON_CHROMIUM) and `pip install playwright`.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from article2json.extractors.base import ExtractorOptions
from article2json.pipeline import Pipeline, PipelineConfig
from article2json.readers import read_inputs
from article2json.writers.review import HtmlReviewWriter

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("ARTICLE2JSON_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
WIDTH, MAX_HEIGHT = 1400, 2600


def write_review_page(inputs: list[str], page: Path) -> int:
    """Convert `inputs` into the review page `page`; returns how many records it holds."""
    pipeline = Pipeline(PipelineConfig(options=ExtractorOptions(include_text=True)))
    writer = HtmlReviewWriter(page)
    for result in pipeline.run(read_inputs(inputs)):
        if isinstance(result, dict):
            writer.write(result)
    writer.close()
    return writer.count


def screenshot(page: Path, png: Path, article: int) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        tab = browser.new_page(viewport={"width": WIDTH, "height": 1000})
        tab.goto(page.resolve().as_uri())
        tab.evaluate("document.querySelectorAll('#overview details').forEach(d => d.open = false)")
        tab.click("#show-all")
        main_card = tab.locator(f"#a{article} .card.main")
        if main_card.count():
            main_card.click()
        tab.evaluate("window.scrollTo(0, 0)")
        box = tab.locator(f"#a{article}").bounding_box()
        height = min(box["y"] + box["height"] + 16, MAX_HEIGHT)
        tab.screenshot(path=str(png), full_page=True, clip={"x": 0, "y": 0, "width": WIDTH, "height": height})
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", default=[str(ROOT / "samples")], help="articles (default: samples/)")
    parser.add_argument("--png", type=Path, default=ROOT / "docs" / "review.png", help="the PNG to write")
    parser.add_argument("--page", type=Path, help="also keep the HTML page here")
    parser.add_argument("--article", type=int, default=1, help="the article whose main event is selected")
    options = parser.parse_args()
    png = options.png.resolve()
    with tempfile.TemporaryDirectory() as folder:
        page = (options.page or Path(folder) / "review.html").resolve()
        inputs = [os.path.relpath(Path(i).resolve(), ROOT) for i in options.inputs]
        os.chdir(ROOT)  # the page shows paths as the README's command would: samples/...
        count = write_review_page(inputs, page)
        screenshot(page, png, options.article)
    print(f"{png}: review page of {count} records")


if __name__ == "__main__":
    main()
