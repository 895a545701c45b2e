"""Readers: formats, encodings, record fields, and clear errors for bad input."""

import gzip
import os

import pytest

from article2json.extractors.base import Article
from article2json.readers import InputError, read_bytes, read_inputs, sniff_format

ARTICLE = ("Troops clash with rebels near river crossing\nThe Valley Times\nMon, 04 Mar 2024 06:00 UTC\n"
           "Government troops clashed with rebels near the river crossing at Bura on Sunday, killing four.\n")


def only(items):
    items = list(items)
    assert len(items) == 1, items
    return items[0]


def test_plain_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    article = only(read_inputs([str(path)]))
    assert isinstance(article, Article)
    assert article.text == ARTICLE and article.source.format == "text" and article.outlet == "The Valley Times"
    assert len(article.source.sha256) == 64


def test_utf8_bom_is_dropped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode())
    assert only(read_inputs([str(path)])).title == "Troops clash with rebels near river crossing"


def test_other_encodings_are_detected_with_a_warning(tmp_path):
    path = tmp_path / "latin.txt"
    text = ARTICLE.replace("Bura", "Bùrà") + "Le ministre a déclaré que la situation était sous contrôle à Bùrà.\n" * 3
    path.write_bytes(text.encode("cp1252"))
    article = only(read_inputs([str(path)]))
    assert "Bùrà" in article.text
    assert any("not UTF-8" in w for w in article.warnings)


def test_english_news_in_windows_1252_is_named_so(tmp_path):
    """Curly quotes and dashes decode alike in several Windows code pages; the warning names 1252."""
    path = tmp_path / "quotes.txt"
    text = ARTICLE + "\u201cWe heard shots at dawn\u201d \u2014 a trader\u2019s account, given at the caf\u00e9.\n"
    path.write_bytes(text.encode("cp1252"))
    article = only(read_inputs([str(path)]))
    assert article.text == text
    assert article.warnings == ("not UTF-8; decoded as cp1252",)


def test_gzip(tmp_path):
    path = tmp_path / "a.txt.gz"
    path.write_bytes(gzip.compress(ARTICLE.encode()))
    assert only(read_inputs([str(path)])).text == ARTICLE


def test_html_main_text_and_metadata(tmp_path):
    page = ("<html><head><title>Clash at Bura - The Valley Times</title>"
            '<meta property="og:site_name" content="The Valley Times">'
            '<meta property="article:published_time" content="2024-03-04T06:00:00Z"></head>'
            "<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>Clash at Bura</h1>"
            "<p>Government troops clashed with rebels near the river crossing at Bura on Sunday, killing four "
            "fighters, a military spokesman said.</p><p>The army said it had retaken two villages and that "
            "residents had begun to return to their homes by Monday morning.</p></article>"
            "<footer>Copyright The Valley Times</footer></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page)
    article = only(read_inputs([str(path)]))
    assert article.source.format == "html"
    assert article.title == "Clash at Bura" and article.outlet == "The Valley Times"
    assert article.published.isoformat().startswith("2024-03-04")
    assert "retaken two villages" in article.text and "Copyright" not in article.text


def test_json_lines_records_carry_line_and_id(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "a1", "title": "T1", "text": "First story.", "published": "2024-01-02"}\n'
                    "\n"
                    '{"id": 7, "maintext": "Second story.", "source": "Wire"}\n')
    first, second = read_inputs([str(path)])
    assert (first.source.line, first.source.id, first.title, first.text) == (1, "a1", "T1", "First story.")
    assert first.published.isoformat().startswith("2024-01-02")
    assert (second.source.line, second.source.id, second.outlet, second.text) == (3, "7", "Wire", "Second story.")


def test_json_array_and_single_object(tmp_path):
    array = tmp_path / "list.json"
    array.write_text('[{"body": "One."}, {"text": "Two."}]')
    assert [a.text for a in read_inputs([str(array)])] == ["One.", "Two."]
    single = tmp_path / "one.json"
    single.write_text('{\n  "title": "Solo",\n  "text": "Only story."\n}\n')
    article = only(read_inputs([str(single)]))
    assert (article.title, article.source.line) == ("Solo", None)


def test_malformed_json_lines_keep_the_good_lines(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "Good one."}\n{"text": broken\n{"text": 5}\n[1, 2]\n{"text": "Good two."}\n')
    items = list(read_inputs([str(path)]))
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "InputError", "InputError", "Article"]
    assert (items[1].kind, items[1].line) == ("json", 2)
    assert "not a string" in items[2].message and items[3].kind == "record"


@pytest.mark.parametrize("data, kind", [
    (b"", "empty"),
    (b"  \n\t\n", "empty"),
    (b"\x00\x01\x02\xff\xfe binary \x00", "binary"),
])
def test_bad_bytes(data, kind):
    error = only(read_bytes(data, "x.txt"))
    assert isinstance(error, InputError) and error.kind == kind and error.path == "x.txt"


def test_too_large_and_gzip_bomb(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("word " * 1000)
    assert only(read_inputs([str(big)], max_bytes=1000)).kind == "too-large"
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"a" * 100_000))
    error = only(read_inputs([str(bomb)], max_bytes=1000))
    assert error.kind == "too-large" and "gzip" in error.message


def test_missing_path_and_walk_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zeta story.")
    (tmp_path / "a.txt").write_text("Alpha story.")
    (tmp_path / "notes.csv").write_text("skipped")
    items = list(read_inputs([str(tmp_path), str(tmp_path / "nope.txt")]))
    assert [getattr(i, "text", None) for i in items[:2]] == ["Alpha story.", "Zeta story."]
    assert isinstance(items[2], InputError) and items[2].kind == "missing" and items[2].path.endswith("nope.txt")


def test_glob_filters_directories(tmp_path):
    (tmp_path / "a.txt").write_text("Alpha story.")
    (tmp_path / "b.md").write_text("Beta story.")
    assert [a.text for a in read_inputs([str(tmp_path)], glob="*.md")] == ["Beta story."]


def test_unreadable_directory(tmp_path, monkeypatch):
    # root reads every directory, so the refusal is simulated where the walker meets it
    (tmp_path / "locked").mkdir()
    real_scandir = os.scandir

    def scandir(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    error = only(read_inputs([str(tmp_path)]))
    assert error.kind == "permission" and error.path.endswith("locked")


def test_symlink_loop_is_reported_once(tmp_path):
    (tmp_path / "a.txt").write_text("Alpha story.")
    (tmp_path / "loop").symlink_to(tmp_path)
    items = list(read_inputs([str(tmp_path)]))
    assert [type(i).__name__ for i in items] == ["Article", "InputError"]
    assert items[1].kind == "loop"


def test_stdin_is_sniffed():
    assert sniff_format(b"<!DOCTYPE html><html>") == "html"
    assert sniff_format(b'  {"text": "x"}') == "json"
    assert sniff_format(ARTICLE.encode()) == "text"
    article = only(read_inputs(["-"], stdin=b'{"text": "From a pipe.", "title": "Piped"}'))
    assert (article.title, article.source.path, article.source.format) == ("Piped", "-", "json")


def test_html_without_visible_text_is_an_error():
    page = b"<html><head><script>var a = 1;</script><style>p {}</style></head><body> <p> </p></body></html>"
    error = only(read_bytes(page, "page.html"))
    assert isinstance(error, InputError) and (error.kind, error.message) == ("html", "HTML page has no visible text")


@pytest.mark.parametrize("page, words", [
    ("<html><body><p>Soldiers killed three", "Soldiers killed three"),
    ("<html><head><title>Tokyo</title><style>p {color: red}</style><script>var troops = 1;</script></head>"
     "<body><p>Protest in Tokyo</p></body></html>", "Protest in Tokyo"),
])
def test_html_without_main_text_reads_the_visible_text(page, words):
    article = only(read_bytes(page.encode(), "short.html"))
    assert isinstance(article, Article) and article.text.strip() == words


def test_a_failing_html_library_is_this_input_error(monkeypatch):
    monkeypatch.setitem(__import__("sys").modules, "trafilatura", None)
    error = only(read_bytes(b"<html><body><p>Rebels attacked a base near Bura.</p></body></html>", "page.html"))
    assert isinstance(error, InputError) and error.kind == "read" and "trafilatura" in error.message


def test_gzip_bomb_on_standard_input_is_refused():
    error = only(read_inputs(["-"], stdin=gzip.compress(b" " * 5_000_000), max_bytes=1000))
    assert isinstance(error, InputError) and error.kind == "too-large"
