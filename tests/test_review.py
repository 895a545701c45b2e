"""The review page builder: escaping, offsets -> highlighted pieces, cards, overview counts, the writer."""

from __future__ import annotations

import base64
import hashlib
import io
import os
import re
from datetime import date
from html.parser import HTMLParser

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from article2json.writers.review import HtmlReviewWriter, asset, content_security_policy
from article2json.writers.review_article import Mark, article_html, card_fields, error_html, highlight, misplaced
from article2json.writers.review_overview import Overview, Tally, buckets, events_plot
from review_records import calm_record, error_record, find, hostile_record


class Pieces(HTMLParser):
    """The text of highlighted HTML, piece by piece, with the attributes of the span around each
    piece and the code point offset where it starts; also every start tag met."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[tuple[int, str, dict[str, str]]] = []
        self.tags: list[str] = []
        self.open: list[dict[str, str]] = [{}]
        self.position = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "span":
            self.open.append(dict(attrs))

    def handle_endtag(self, tag):
        if tag == "span":
            self.open.pop()

    def handle_data(self, data):
        self.pieces.append((self.position, data, self.open[-1]))
        self.position += len(data)

    @property
    def text(self) -> str:
        return "".join(data for _, data, _ in self.pieces)


def parse(markup: str) -> Pieces:
    parser = Pieces()
    parser.feed(markup)
    parser.close()
    return parser


def covered(markup: str, event: int) -> set[int]:
    """Offsets of the characters drawn as part of event `event` (data-ev holds its index)."""
    return {offset + i for offset, data, attrs in parse(markup).pieces
            if str(event) in attrs.get("data-ev", "").split() for i in range(len(data))}


def test_hand_made_records_follow_the_output_schema(schema_validator):
    for record in (calm_record(), hostile_record()):
        schema_validator.validate(record)


def test_plain_text_is_escaped():
    assert highlight('a<b & "c"', []) == "a&lt;b &amp; &quot;c&quot;"


def test_a_mark_wraps_exactly_its_offsets():
    text = "Rebels attacked the town"
    markup = highlight(text, [Mark("trigger", 7, 15, "e1 trigger: ASSAULT", 0)], main=0)
    assert markup == ('Rebels <span class="k-trigger main" data-ev="0" title="e1 trigger: ASSAULT">attacked</span>'
                      " the town")


def test_overlapping_marks_are_cut_at_every_boundary():
    text = "killing four soldiers"
    marks = [Mark("recipient", 8, 21, "e1 to whom: soldiers", 0), Mark("casualty", 0, 12, "e1 killed: 4", 0),
             Mark("date", 13, 21, "date: 2024", None)]
    pieces = [(data, attrs.get("class"), attrs.get("title")) for _, data, attrs in parse(highlight(text, marks)).pieces]
    assert pieces == [
        ("killing ", "k-casualty", "e1 killed: 4"),
        ("four", "k-casualty", "e1 to whom: soldiers\ne1 killed: 4"),
        (" ", "k-recipient", "e1 to whom: soldiers"),
        ("soldiers", "k-recipient", "e1 to whom: soldiers\ndate: 2024"),
    ]


def test_a_mention_outside_events_is_drawn_apart_from_event_spans():
    markup = highlight("in Daroma", [Mark("place", 3, 9, "place: Daroma", None)])
    assert markup == 'in <span class="k-place mention" title="place: Daroma">Daroma</span>'


def test_sentence_marks_give_context_only():
    pieces = parse(highlight("A b. C d.", [Mark("sentence", 5, 9, "", 1), Mark("actor", 5, 6, "e2 who: C", 1)])).pieces
    assert [(data, attrs) for _, data, attrs in pieces] == [
        ("A b. ", {}), ("C", {"class": "k-actor", "data-ev": "1", "title": "e2 who: C", "data-se": "1"}),
        (" d.", {"data-se": "1"})]


def test_marks_outside_the_text_are_left_out_and_counted():
    marks = [Mark("actor", 0, 3, "ok"), Mark("actor", 2, 99, "past the end"), Mark("date", 4, 4, "empty"),
             Mark("place", None, None, "no offsets")]
    assert parse(highlight("abcdef", marks)).text == "abcdef"
    assert covered(highlight("abcdef", [Mark("actor", 2, 99, "x", 0)]), 0) == set()
    assert misplaced("abcdef", marks) == 2
    record = calm_record()
    record["events"][0]["trigger"]["end"] = 10_000
    assert "1 span with offsets outside the text not shown" in article_html(1, record)


def test_nul_and_carriage_return_keep_one_character_each():
    assert highlight("a\r\nb\x00c", [Mark("actor", 4, 5, "x", 0)]) == \
        'a&#13;\nb<span class="k-actor" data-ev="0" title="x">\ufffd</span>c'


KIND = st.sampled_from(["trigger", "actor", "date", "place", "casualty", "quote", "sentence"])
OFFSET = st.integers(-2, 60)
MARKS = st.builds(Mark, KIND, OFFSET, OFFSET, st.text(max_size=5), st.one_of(st.none(), st.integers(0, 3)))


@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00\r"), max_size=50),
       marks=st.lists(MARKS, max_size=8))
@example(text="0", marks=[Mark("sentence", 0, 1, "", None), Mark("sentence", 0, 1, "", 0)])  # found by hypothesis
def test_highlighting_keeps_the_text_and_draws_each_event_exactly_on_its_offsets(text, marks):
    markup = highlight(text, marks)
    assert parse(markup).text == text
    for event in range(4):
        expected = {i for m in marks if m.event == event and m.kind != "sentence" and m.fits(len(text))
                    for i in range(m.start, m.end)}
        assert covered(markup, event) == expected


def test_article_text_and_fields_cannot_inject_markup():
    page = _page([hostile_record(), error_record()])
    tags = set(parse(page).tags)
    assert tags <= {"html", "head", "meta", "title", "style", "body", "div", "h1", "span", "button", "main",
                    "article", "header", "h2", "a", "p", "ul", "li", "template", "ol", "dl", "dt", "dd", "b",
                    "section", "table", "thead", "tbody", "tr", "th", "td", "h3", "svg", "line", "text", "rect",
                    "details", "summary", "script"}, tags
    assert page.count("<script") == 1 and page.count("</script>") == 1
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert "&lt;/template&gt;&lt;script&gt;window.__pwned = 3" in page
    assert "Teachers &lt;b&gt;union&lt;/b&gt;" in page and "cannot decode &lt;b&gt;bytes&lt;/b&gt;" in page
    assert 'href="#a1"' in page and "news/&lt;velmar&gt;.txt" in page


def test_only_the_page_script_may_run_and_nothing_is_fetched():
    page = _page([calm_record()])
    script = re.search(r"<script>(.*?)</script>", page, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert script == asset("page.js")
    assert f"script-src 'sha256-{digest}'" in content_security_policy()
    assert "default-src 'none'" in page
    assert not re.search(r"""\b(src|srcset|action)=|url\(|@import|https?://""", page)


def test_article_body_waits_in_a_template_and_the_header_does_not():
    markup = article_html(7, calm_record())
    header, template = markup.split("<template>")
    assert 'id="a7"' in header and "Rebels storm border post" in header and "2 events" in header
    assert "main: ASSAULT/firearms, killed 4, wounded 2" in header
    assert '<div class="text">' in template and template.count('<li class="card') == 2


def test_cards_show_the_readable_fields():
    fields = dict(card_fields(calm_record()["events"][0]))
    assert fields == {"ACLED": "Battles / Armed clash", "Who": "Northern Front (REB, KE)",
                      "To whom": "Military Forces of Kenya (MIL, KE)", "When": "2024-03-04 (day, relative)",
                      "Where": "Daroma, KE (exact)", "Killed": "4", "Wounded": "2",
                      "Source": "a military spokesman via The Lakeside Courier", "Modality": "asserted",
                      "Confidence": "0.92"}
    assert dict(card_fields(calm_record()["events"][1]))["Where"] == "—"
    assert 'class="card main modality-asserted" data-ev="0"' in article_html(1, calm_record())


def test_every_event_span_of_a_record_is_drawn_where_its_offsets_say():
    record = calm_record()
    text = record["article"]["text"]
    markup = article_html(1, record).split("<template>")[1]
    body = markup[markup.index('<div class="text">') + len('<div class="text">'):markup.index("</div><ol")]
    assert parse(body).text == text
    spokesman = find(text, "a military spokesman told the Courier")
    expected = {*range(*find(text, "attacked")), *range(*find(text, "Rebels of the Northern Front")),
                *range(*find(text, "killing four soldiers")), *range(*find(text, "wounding two others")),
                *range(*find(text, "Monday")), *range(*find(text, "Daroma", 1)), *range(*spokesman)}
    assert covered(body, 0) == expected


def test_records_without_text_and_error_records():
    record = calm_record()
    del record["article"]["text"]
    assert "convert with --include-text" in article_html(1, record)
    card = error_html(3, error_record())
    assert 'id="a3"' in card and "failed: decode: cannot decode &lt;b&gt;bytes&lt;/b&gt;" in card


def test_overview_counts_types_countries_casualties_and_days():
    overview = Overview()
    overview.add(1, calm_record())
    overview.add(2, hostile_record())
    overview.add_error(3, error_record())
    assert (overview.articles, overview.failed, overview.events, overview.killed, overview.wounded) == (2, 1, 3, 4, 2)
    assert {k: (t.count, t.articles) for k, t in overview.by_type.items()} == {
        "ASSAULT": (1, [1]), "COERCE": (1, [1]), "PROTEST": (1, [2])}
    assert {k: (t.count, t.articles) for k, t in overview.by_country.items()} == {
        "KE": (2, [1, 2]), "unknown": (1, [1])}
    assert overview.by_acled["Strategic developments / Arrests"].count == 1
    assert {d.isoformat(): t.count for d, t in overview.by_day.items()} == {
        "2024-03-04": 1, "2024-03-05": 1, "2024-03-06": 1}
    section = overview.html()
    assert re.search(r"<b>2</b> articles.*<b>1</b> failed.*<b>3</b> events.*<b>4</b> killed.*<b>2</b> wounded",
                     section)
    assert '<td>KE Kenya</td><td class="n">2</td><td class="links"><a href="#a1">#1</a> <a href="#a2">#2</a>' in section
    assert section.count("<rect") == 3 and section.count("<tr><td><a href=") == 3


def test_plot_fills_empty_days_and_links_each_bar_to_its_first_article():
    by_day = {date(2024, 3, 1): Tally(2, [4, 9]), date(2024, 3, 4): Tally(1, [2])}
    assert [(label, t.count) for label, t in buckets(by_day)] == [
        ("2024-03-01", 2), ("2024-03-02", 0), ("2024-03-03", 0), ("2024-03-04", 1)]
    svg = events_plot(by_day)
    assert svg.count("<rect") == 2 and '<a href="#a4"><rect' in svg and "2024-03-01: 2 event(s); articles #4, #9" in svg
    assert events_plot({}) == '<p class="muted">No event has a day-precise date.</p>'


def test_plot_of_a_long_range_counts_months_or_years():
    months = buckets({date(2020, 1, 5): Tally(1, [1]), date(2020, 1, 20): Tally(2, [2]),
                      date(2021, 6, 1): Tally(1, [3])})
    assert len(months) == 18 and months[0][0] == "2020-01" and months[0][1].count == 3
    years = buckets({date(1900, 1, 1): Tally(1, [1]), date(2024, 1, 1): Tally(1, [2])})
    assert len(years) == 125 and years[-1][0] == "2024"


def test_undated_and_unusual_dates_are_counted_apart():
    record = calm_record()
    record["events"][0]["date"]["value"] = "2024-W10"
    record["events"][1]["date"]["value"] = "2024-02-30"
    overview = Overview()
    overview.add(1, record)
    assert overview.undated == 2 and not overview.by_day
    assert "2 event(s) without a day-precise date are not plotted." in overview.html()


def _page(records) -> str:
    stream = io.BytesIO()
    writer = HtmlReviewWriter(stream)
    for record in records:
        writer.write(record)
    writer.close()
    return stream.getvalue().decode("utf-8")


def test_writer_streams_records_and_puts_the_overview_after_them():
    stream = io.BytesIO()
    writer = HtmlReviewWriter(stream)
    head = stream.getvalue()
    assert head.startswith(b"<!DOCTYPE html>") and b"<style>" in head and b'class="doc"' not in head
    writer.write(calm_record())
    assert b'id="a1"' in stream.getvalue() and b'id="overview"' not in stream.getvalue()
    writer.close()
    page = stream.getvalue().decode()
    assert page.index('id="a1"') < page.index('id="overview"') < page.index("<script>")
    assert page.endswith("</body></html>\n")


def test_writer_output_is_deterministic_and_works_on_text_streams():
    records = [calm_record(), hostile_record(), error_record()]
    text = io.StringIO()
    writer = HtmlReviewWriter(text)
    for record in records:
        writer.write(record)
    writer.close()
    assert _page(records) == _page(records) == text.getvalue()


def test_writer_to_a_path_appears_only_when_closed(tmp_path):
    target = tmp_path / "out" / "review.html"
    writer = HtmlReviewWriter(target)
    writer.write(calm_record())
    assert not target.exists() and len(list(target.parent.iterdir())) == 1
    writer.close()
    assert target.read_text(encoding="utf-8").endswith("</html>\n")
    assert list(target.parent.iterdir()) == [target]


def test_an_abandoned_writer_leaves_no_partial_page(tmp_path):
    writer = HtmlReviewWriter(tmp_path / "review.html")
    writer.write(calm_record())
    del writer
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("count", [0, 1])
def test_empty_and_single_record_pages_are_complete(count):
    page = _page([calm_record()] * count)
    assert f"<b>{count}</b> articles" in page and page.count('<article class="doc"') == count


def test_a_page_written_to_a_path_gets_the_usual_file_mode(tmp_path):
    umask = os.umask(0o022)
    try:
        writer = HtmlReviewWriter(tmp_path / "review.html")
        writer.close()
    finally:
        os.umask(umask)
    assert (tmp_path / "review.html").stat().st_mode & 0o777 == 0o644


def test_the_command_line_writes_a_review_page_with_the_text(run_cli, tmp_path):
    from article2json.cli.main import FORMATS

    if "html" not in FORMATS:
        pytest.skip("--format html is not wired into the command line yet (cli/main.py FORMATS)")
    article = tmp_path / "raid.txt"
    article.write_text("Police raid <script>alert(1)</script> market\nThe Harbour Post\nMon, 04 Mar 2024 08:00 UTC\n"
                       "Police raided a market in Mombasa on Sunday and arrested nine traders, officials said.\n",
                       encoding="utf-8")
    result, _ = run_cli(str(article), "--format", "html", "-o", str(tmp_path / "review.html"))
    assert result.exit_code == 0, result.stderr
    page = (tmp_path / "review.html").read_text(encoding="utf-8")
    assert '<div class="text">Police raid &lt;script&gt;alert(1)&lt;/script&gt; market' in page
    result, _ = run_cli(str(article), "--format", "html")
    assert result.stdout == page
