"""Readers: input paths and bytes in, `Article`s (or `InputError`s) out, lazily and in order.

Formats: plain text and Markdown (with the headline / outlet / dateline header convention, see
`article2json.header`), HTML (main text and metadata through trafilatura), JSON and JSON Lines
records, and `.gz` of any of these. Standard input is sniffed.
"""

from __future__ import annotations

import errno
import fnmatch
import hashlib
import os
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import orjson

from article2json.extractors.base import Article, Source
from article2json.header import build_article, parse_published

DEFAULT_MAX_BYTES = 10_000_000
MIN_HTML_WORDS = 5  # fewer words of main text than this: read the page's visible text instead
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES
TEXT_FIELDS = ("text", "maintext", "body", "content")
TITLE_FIELDS = ("title", "headline")
DATE_FIELDS = ("published", "date", "date_publish", "published_at", "pubdate")
OUTLET_FIELDS = ("outlet", "source", "publisher", "source_domain", "site_name")


@dataclass(frozen=True)
class InputError:
    """An input that could not be turned into an Article: `kind` is a short stable code
    (missing, permission, empty, binary, undecodable, too-large, json, html, record, loop, io, read)."""

    path: str
    kind: str
    message: str
    line: int | None = None

    def describe(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"


class _Rejected(Exception):
    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


# ---------------------------------------------------------------- walking the inputs

def iter_paths(arguments: Iterable[str], glob: str | None = None) -> Iterator[Path | InputError]:
    """Each file named or found under a named directory (recursively, sorted), in order.
    Inside directories only files matching `glob` (default: the known suffixes, plain or .gz)
    are taken; files named explicitly are always taken."""
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            yield from _walk(path, glob, seen=set())
        elif path.exists():
            yield path
        elif path.is_symlink():
            yield InputError(argument, "missing", "broken symbolic link")
        else:
            yield InputError(argument, "missing", "no such file or directory")


def _walk(directory: Path, glob: str | None, seen: set[tuple[int, int]]) -> Iterator[Path | InputError]:
    try:
        stat = directory.stat()
        key = (stat.st_dev, stat.st_ino)
        if key in seen:
            yield InputError(str(directory), "loop", "symbolic link loop; directory skipped")
            return
        seen = seen | {key}
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except PermissionError:
        yield InputError(str(directory), "permission", "permission denied")
        return
    except OSError as exc:
        kind = "loop" if exc.errno == errno.ELOOP else "io"
        yield InputError(str(directory), kind, exc.strerror or str(exc))
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError as exc:
            yield InputError(str(path), "loop" if exc.errno == errno.ELOOP else "io", exc.strerror or str(exc))
            continue
        if is_dir:
            yield from _walk(path, glob, seen)
        elif _wanted(path, glob):
            if entry.is_symlink() and not path.exists():
                yield InputError(str(path), "missing", "broken symbolic link")
            else:
                yield path


def _wanted(path: Path, glob: str | None) -> bool:
    if glob:
        return fnmatch.fnmatch(path.name, glob)
    return _format_suffix(path.name) in KNOWN_SUFFIXES


def _format_suffix(name: str) -> str:
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    return os.path.splitext(lower)[1]


# ---------------------------------------------------------------- bytes

def _read_limited(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, decompressed when it ends in .gz, refusing more than the limit allows."""
    cap = max_bytes * 4 + 1  # decoded text is never longer than its bytes, even in UTF-32
    try:
        with open(path, "rb") as handle:
            data = handle.read(cap)
    except PermissionError:
        raise _Rejected("permission", "permission denied") from None
    except IsADirectoryError:
        raise _Rejected("io", "is a directory") from None
    except OSError as exc:
        raise _Rejected("io", exc.strerror or str(exc)) from None
    if len(data) >= cap:
        raise _Rejected("too-large", f"larger than the limit of {max_bytes:,} bytes")
    if path.name.lower().endswith(".gz"):
        data = _gunzip(data, cap, max_bytes)
    return data


def _gunzip(data: bytes, cap: int, max_bytes: int) -> bytes:
    decompressor = zlib.decompressobj(wbits=47)  # gzip or zlib header, checked
    try:
        out = decompressor.decompress(data, cap)
        if decompressor.unconsumed_tail or len(out) >= cap:
            raise _Rejected("too-large", f"gzip content expands past the limit of {max_bytes:,} bytes")
        out += decompressor.flush()
    except zlib.error as exc:
        raise _Rejected("binary", f"not a valid gzip file ({exc})") from None
    if not decompressor.eof:
        raise _Rejected("binary", "truncated gzip file")
    return out


def decode(data: bytes) -> tuple[str, str | None]:
    """Text from bytes, and a warning when the encoding had to be guessed.
    UTF-8 (with or without BOM) and UTF-16/32 with a BOM are taken as they are; anything else
    is detected with charset-normalizer; binary data is refused."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                       (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec).lstrip("\ufeff"), None
            except UnicodeDecodeError:
                raise _Rejected("undecodable", f"bytes are not valid {codec} despite its byte-order mark") from None
    if b"\x00" in data[:8192]:
        raise _Rejected("binary", "binary data, not text")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    # English news in a legacy single-byte encoding is almost always Windows-1252: prefer it over
    # an equally plausible Baltic or Central European code page.
    western = next((m for m in matches if "cp1252" in m.could_be_from_charset), None)
    if best is not None and western is not None and western.chaos <= best.chaos + 0.1:
        best = western
    if best is None:
        raise _Rejected("undecodable", "cannot decode: not UTF-8 and no other encoding fits")
    text = str(best)
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > 0.05 * min(len(text), 4096):
        raise _Rejected("binary", "binary data, not text")
    # charset-normalizer names one of the code pages that decode these bytes alike: say Windows-1252 when it is one
    encoding = "cp1252" if "cp1252" in best.could_be_from_charset else best.encoding
    return text, f"not UTF-8; decoded as {encoding}"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------- formats

def sniff_format(data: bytes) -> str:
    """'html', 'json' or 'text' from the first bytes."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in head[:512] or b"<body" in head:
        return "html"
    if head.startswith((b"{", b"[")):
        return "json"
    return "text"


def _format_of(name: str, data: bytes) -> str:
    suffix = _format_suffix(name)
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSON_SUFFIXES:
        return "json"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return sniff_format(data)


def read_bytes(data: bytes, display: str, max_bytes: int = DEFAULT_MAX_BYTES,
               format: str | None = None) -> Iterator[Article | InputError]:
    """The articles in one input's bytes (several for JSON Lines), or errors naming it. Whatever
    raises while reading (a library that fails to import included) becomes this input's error."""
    try:
        yield from _read_bytes(data, display, max_bytes, format or _format_of(display, data))
    except Exception as exc:  # the boundary of one input: never the batch
        yield InputError(display, "read", f"cannot read: {type(exc).__name__}: {exc}")


def _read_bytes(data: bytes, display: str, max_bytes: int, fmt: str) -> Iterator[Article | InputError]:
    try:
        if not data.strip():
            raise _Rejected("empty", "empty input" if not data else "input holds only whitespace")
        text, warning = decode(data)
        if not text.strip():
            raise _Rejected("empty", "input holds only whitespace")
        if len(text.encode("utf-8", "surrogatepass")) > max_bytes:
            raise _Rejected("too-large", f"decoded text is larger than the limit of {max_bytes:,} bytes")
    except _Rejected as exc:
        yield InputError(display, exc.kind, str(exc))
        return
    warnings = (warning,) if warning else ()
    if fmt == "json":
        yield from _read_json(text, data, display, warnings)
        return
    try:
        if fmt == "html":
            yield _read_html(text, data, display, warnings)
        else:
            yield build_article(text, Source(display, sha256(data), "text"), warnings=warnings)
    except _Rejected as exc:
        yield InputError(display, exc.kind, str(exc))


def _read_html(text: str, data: bytes, display: str, warnings: tuple[str, ...]) -> Article:
    import trafilatura  # heavy: only when an HTML page is read

    try:
        document = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False,
                                               date_extraction_params={"extensive_search": False,
                                                                       "original_date": True,
                                                                       "outputformat": "%Y-%m-%dT%H:%M:%S%z"})
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        raise _Rejected("html", f"cannot parse HTML ({type(exc).__name__})") from None
    body = (getattr(document, "text", None) or "").strip() if document is not None else ""
    if len(body.split()) < MIN_HTML_WORDS:  # no main text found: take what a reader of the page sees
        visible = trafilatura.html2txt(text).strip()
        if len(visible.split()) > len(body.split()):
            body = visible
            warnings += ("no main text found; read the page's visible text",)
    if not body:
        raise _Rejected("html", "HTML page has no visible text")
    published, warning = parse_published(getattr(document, "date", None))
    return build_article(body, Source(display, sha256(data), "html"), title=getattr(document, "title", None),
                         outlet=getattr(document, "sitename", None), published=published,
                         warnings=warnings + ((warning,) if warning else ()), parse_header=False)


def _read_json(text: str, data: bytes, display: str, warnings: tuple[str, ...]) -> Iterator[Article | InputError]:
    stripped = text.lstrip()
    whole = None
    if stripped.startswith("["):
        try:
            whole = orjson.loads(stripped)
        except orjson.JSONDecodeError as exc:
            yield InputError(display, "json", f"malformed JSON: {exc}")
            return
    if isinstance(whole, list):
        if not whole:
            yield InputError(display, "empty", "the JSON array holds no records")
        for index, record in enumerate(whole, start=1):
            yield _record_article(record, orjson.dumps(record), display, index, warnings)
        return
    lines = text.splitlines()
    if len(lines) > 1 and stripped.startswith("{"):
        try:  # a single pretty-printed object
            record = orjson.loads(stripped)
        except orjson.JSONDecodeError:
            record = None
        if isinstance(record, dict):
            yield _record_article(record, data, display, None, warnings)
            return
    unparsed: list[InputError] | None = []  # line errors before the first line that parses
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            error = InputError(display, "json", f"malformed JSON ({exc})", line=number)
            if unparsed is None:
                yield error
            else:
                unparsed.append(error)
            continue
        yield from unparsed or ()
        unparsed = None
        yield _record_article(record, line.encode("utf-8", "surrogatepass"), display, number if len(lines) > 1 else None, warnings)
    if unparsed:  # no line holds a JSON value: one malformed input, not one error per line
        yield unparsed[0] if len(unparsed) == 1 else InputError(
            display, "json", f"malformed JSON: no line holds a JSON value (line {unparsed[0].line}: "
                             f"{unparsed[0].message.removeprefix('malformed JSON (').removesuffix(')')})")


def read_record_line(raw: bytes, display: str, number: int) -> Article | InputError:
    """One line of a JSON Lines file (1-based `number`) as an Article, or the error naming it."""
    try:
        record = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        return InputError(display, "json", f"malformed JSON ({exc})", line=number)
    return _record_article(record, raw, display, number, ())


def _record_article(record: object, raw: bytes, display: str, line: int | None,
                    warnings: tuple[str, ...]) -> Article | InputError:
    if not isinstance(record, dict):
        return InputError(display, "record", f"a JSON record must be an object, not {type(record).__name__}", line)
    field = next((name for name in TEXT_FIELDS if name in record), None)
    if field is None:
        return InputError(display, "record", f"record has no text field ({', '.join(TEXT_FIELDS)})", line)
    body = record[field]
    if not isinstance(body, str):
        return InputError(display, "record", f"record field '{field}' is {type(body).__name__}, not a string", line)
    if not body.strip():
        return InputError(display, "empty", f"record field '{field}' is empty", line)
    record_id = record.get("id")
    published, warning = parse_published(_first_string(record, DATE_FIELDS))
    return build_article(body, Source(display, sha256(raw), "json", line, None if record_id is None else str(record_id)),
                         title=_first_string(record, TITLE_FIELDS), outlet=_first_string(record, OUTLET_FIELDS),
                         published=published, warnings=warnings + ((warning,) if warning else ()), parse_header=False)


def _first_string(record: dict, fields: tuple[str, ...]) -> str | None:
    for name in fields:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip()
        if isinstance(value, dict):  # e.g. {"source": {"name": "Reuters"}}
            inner = value.get("name") or value.get("title")
            if isinstance(inner, str) and inner.strip():
                return inner.strip()
    return None


# ---------------------------------------------------------------- entry points

def read_path(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | InputError]:
    """The articles in one file."""
    try:
        data = _read_limited(path, max_bytes)
    except _Rejected as exc:
        yield InputError(str(path), exc.kind, str(exc))
        return
    except Exception as exc:  # the boundary of one input: never the batch
        yield InputError(str(path), "read", f"cannot read: {type(exc).__name__}: {exc}")
        return
    name = path.name[:-3] if path.name.lower().endswith(".gz") else path.name
    yield from read_bytes(data, str(path), max_bytes, format=_format_of(name, data))


def read_inputs(arguments: Iterable[str], glob: str | None = None, stdin: bytes | None = None,
                max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | InputError]:
    """Every article of every input, in order; "-" stands for `stdin`."""
    for argument in arguments:
        if argument == "-":
            data = stdin or b""
            if data[:2] == b"\x1f\x8b":
                try:
                    data = _gunzip(data, max_bytes * 4 + 1, max_bytes)
                except _Rejected as exc:
                    yield InputError("-", exc.kind, str(exc))
                    continue
            yield from read_bytes(data, "-", max_bytes)
            continue
        for item in iter_paths([argument], glob):
            if isinstance(item, InputError):
                yield item
            else:
                yield from read_path(item, max_bytes)
