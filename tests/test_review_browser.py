"""The review page in a real browser: headless Chromium driven by Playwright.

Skipped, with the reason, only where no browser is installed: Debian packages `chromium` and
`chromium-driver` (`/usr/bin/chromium`, or the path in $ARTICLE2JSON_CHROMIUM) and the Python
package `playwright` (the test extra); `playwright install` is never needed.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from article2json.writers.review import HtmlReviewWriter
from review_records import calm_record, error_record, find, hostile_record

CHROMIUM = Path(os.environ.get("ARTICLE2JSON_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]

# Code point offsets of every piece of an article's text, read from the DOM.
READ_PIECES = """article => {
  const text = article.querySelector('.text');
  const pieces = [];
  let position = 0;
  for (const node of text.childNodes) {
    const length = Array.from(node.textContent).length;
    if (node.nodeType === Node.ELEMENT_NODE) {
      pieces.push({start: position, end: position + length, ev: node.dataset.ev || '', cls: node.className,
                   title: node.title});
    }
    position += length;
  }
  return {text: text.textContent, pieces: pieces};
}"""


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"no browser to test the review page in: {CHROMIUM} is absent "
                    "(install the Debian packages chromium and chromium-driver)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the Python package playwright is not installed")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def write_page(path: Path, records) -> Path:
    writer = HtmlReviewWriter(path)
    for record in records:
        writer.write(record)
    writer.close()
    return path


class Visit:
    """An open page with everything it asked the network for, its script errors and dialogs."""

    def __init__(self, browser, path: Path, height: int = 1000) -> None:
        self.page = browser.new_page(viewport={"width": 1280, "height": height})
        self.url = path.resolve().as_uri()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("console", lambda message: self.errors.append(message.text) if message.type == "error" else None)
        self.page.on("dialog", lambda dialog: (self.errors.append(f"dialog: {dialog.message}"), dialog.dismiss()))
        self.page.goto(self.url)


@pytest.fixture
def two_articles(browser, tmp_path):
    visit = Visit(browser, write_page(tmp_path / "review.html", [calm_record(), hostile_record(), error_record()]))
    visit.page.click("#show-all")
    yield visit
    visit.page.close()


def event_spans(event: dict) -> set[int]:
    """Offsets of every character an event points at (its sentence aside)."""
    spans = [event["trigger"], *event["actor"], *event["recipient"], *event["casualties"]]
    spans += [event[key] for key in ("date", "location", "attribution") if event[key]]
    return {i for span in spans for i in range(span["start"], span["end"])}


def test_highlighted_spans_sit_where_the_offsets_say(two_articles):
    for number, record in ((1, calm_record()), (2, hostile_record())):
        found = two_articles.page.locator(f"#a{number}").evaluate(READ_PIECES)
        assert found["text"] == record["article"]["text"]
        for index, event in enumerate(record["events"]):
            drawn = {i for p in found["pieces"] if str(index) in p["ev"].split() for i in range(p["start"], p["end"])}
            assert drawn == event_spans(event)
            trigger = next(p for p in found["pieces"] if "k-trigger" in p["cls"] and str(index) in p["ev"].split())
            assert (trigger["start"], trigger["end"]) == (event["trigger"]["start"], event["trigger"]["end"])
    calm_text = calm_record()["article"]["text"]
    pieces = two_articles.page.locator("#a1").evaluate(READ_PIECES)["pieces"]
    four = next(p for p in pieces if p["start"] == find(calm_text, "four soldiers")[0])
    assert four["title"] == "e1 to whom: Military Forces of Kenya (MIL, KE)\ne1 killed: 4, soldiers"
    assert "main" in next(p for p in pieces if "k-trigger" in p["cls"])["cls"]
    assert two_articles.errors == []


def selected_texts(page, number: int, state: str = "sel") -> list[str]:
    return page.locator(f"#a{number} .text .{state}").all_inner_texts()


def test_clicking_a_card_marks_its_spans_and_a_span_its_card(two_articles):
    page = two_articles.page
    page.click('#a1 .card[data-ev="1"]')
    assert selected_texts(page, 1) == ["Police", "arrested", "12 suspects", "Tuesday"]
    assert page.locator('#a1 .card[data-ev="1"]').get_attribute("class").split()[-1] == "sel"
    page.click('#a1 .card[data-ev="0"]')
    assert "Police" not in selected_texts(page, 1) and "attacked" in selected_texts(page, 1)
    assert page.locator("#a1 .card.sel").count() == 1
    page.click('#a1 .card[data-ev="0"]')
    assert selected_texts(page, 1) == []
    page.click("#a1 .text >> text=Tuesday")
    assert page.locator("#a1 .card.sel").get_attribute("data-ev") == "1"
    assert selected_texts(page, 2) == []


def test_hovering_a_card_marks_its_spans(two_articles):
    page = two_articles.page
    page.hover('#a2 .card[data-ev="0"]')
    assert selected_texts(page, 2, "hl") == ["Thousands of teachers", "marched", "Velmar", "Wednesday",
                                              "organisers said"]
    page.mouse.move(0, 0)
    assert selected_texts(page, 2, "hl") == []


def test_script_in_an_article_is_shown_as_text_and_never_runs(two_articles):
    page = two_articles.page
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.scripts.length") == 1
    assert page.locator("img, iframe, object, embed").count() == 0
    assert "<script>window.__pwned = 1</script>" in page.locator("#a2 h2").inner_text()
    text = page.locator("#a2 .text").inner_text()
    assert '<img src=x onerror="window.__pwned = 2">' in text and "stop</template><script>window.__pwned = 3" in text
    assert "Velmar <script>window.__pwned = 4</script>" in page.locator("#a2 .card").inner_text()
    assert "cannot decode <b>bytes</b>" in page.locator("#a3").inner_text()
    assert two_articles.errors == []


def test_the_page_asks_the_network_for_nothing(two_articles):
    assert two_articles.requests == [two_articles.url]


def test_overview_sits_on_top_and_links_to_the_articles(browser, tmp_path):
    visit = Visit(browser, write_page(tmp_path / "review.html", [calm_record(), hostile_record()]))
    page = visit.page
    assert page.locator("#overview").bounding_box()["y"] < page.locator("#a1").bounding_box()["y"]
    assert page.locator("#overview svg.plot rect").count() == 3
    page.click('#overview table.index a[href="#a2"] >> nth=1')
    page.wait_for_selector("#a2 .text")
    assert page.evaluate("location.hash") == "#a2"
    visit.page.close()


def test_screenshot_of_two_articles(two_articles, tmp_path):
    page = two_articles.page
    page.hover('#a1 .card[data-ev="0"]')
    shot = tmp_path / "review.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


def many_records(count: int):
    """`count` articles of about 3,000 characters, two events each, dated over three months."""
    filler = "".join(f"Residents of district {i} said markets reopened and buses ran again after a quiet week.\n"
                     for i in range(30))
    for number in range(count):
        record = calm_record()
        record["article"]["text"] += filler
        record["source"]["path"] = f"news/{number:04d}.txt"
        record["events"][0]["date"]["value"] = f"2024-{1 + number % 3:02d}-{1 + number % 28:02d}"
        yield record


def test_a_page_of_a_thousand_articles_opens_quickly_and_renders_lazily(browser, tmp_path):
    path = write_page(tmp_path / "big.html", many_records(1000))
    started = time.perf_counter()
    visit = Visit(browser, path)
    opened = time.perf_counter() - started
    page = visit.page
    assert opened < 15, f"the 1,000-article page took {opened:.1f}s to load"
    waiting = page.locator("article.doc > template").count()
    assert 990 <= waiting < 1000
    page.evaluate("location.hash = '#a900'")
    page.wait_for_selector("#a900 .text")
    page.wait_for_timeout(300)
    top = page.locator("#a900").bounding_box()["y"]
    assert page.locator(".top").bounding_box()["height"] <= top < 200
    assert page.locator("#overview svg.plot rect").count() > 50
    assert visit.errors == []
    visit.page.close()
