"""Documents generated from the record classes (article2json.record): docs/record.md and the
field list in the docstring of each extractor that fills a record key.

    python -m article2json.record_docs --write    # rewrite whatever is stale
    python -m article2json.record_docs            # exit 1 and name what is stale

tests/test_record.py fails while anything is stale.
"""

from __future__ import annotations

import dataclasses
import importlib
import sys
import textwrap
from pathlib import Path
from typing import Any, Callable, Literal, get_args, get_origin

from article2json.record import EXTRACTED_PARTS, ErrorRecord, Record, field_types, nullable_inner, part_classes
from article2json.record_schema import JSON_TYPES

ROOT = Path(__file__).resolve().parent.parent
RECORD_DOC = ROOT / "docs" / "record.md"
COMMAND = "python -m article2json.record_docs --write"
WIDTH = 110


def type_text(hint: Any, name: Callable[[type], str] = lambda cls: cls.__name__) -> str:
    """A type hint in words: "string or null", "list of Actor"; `name` renders a record class."""
    if dataclasses.is_dataclass(hint):
        return name(hint)
    origin, args = get_origin(hint), get_args(hint)
    if origin is Literal:
        return JSON_TYPES[type(args[0])]
    if origin is list:
        return f"list of {type_text(args[0], name)}"
    if inner := nullable_inner(hint):
        return f"{type_text(inner, name)} or null"
    return JSON_TYPES[hint]


def _contained(hint: Any) -> type | None:
    if dataclasses.is_dataclass(hint):
        return hint
    return next((cls for arg in get_args(hint) if (cls := _contained(arg))), None)


def field_lines(cls: type) -> list[str]:
    """One bullet per field of `cls`: name, type (with the keys of a nested object) and description."""
    lines = []
    for f, hint in zip(dataclasses.fields(cls), field_types(cls).values()):
        kind = type_text(hint, lambda inner: "object {" + ", ".join(
            f"`{g.name}`" for g in dataclasses.fields(inner)) + "}")
        lines.append(textwrap.fill(f"- `{f.name}` ({kind}): {f.metadata['doc']}", WIDTH - 4,
                                   subsequent_indent="  ", break_on_hyphens=False))
    return lines


def part_class(key: str) -> type:
    """The record class of the items (or the object) under a record key."""
    return _contained(field_types(Record)[key])


def provided_fields(extractor: str) -> list[str]:
    """The fields of the record part an extractor fills (none for a key the record does not define)."""
    if extractor not in EXTRACTED_PARTS:
        return []
    return [f.name for f in dataclasses.fields(part_class(extractor))]


def docstring_block(key: str) -> str:
    """The generated field list in the docstring of the extractor that fills `key`."""
    cls = part_class(key)
    doc = next(f.metadata["doc"] for f in dataclasses.fields(Record) if f.name == key)
    shape = "each" if get_origin(field_types(Record)[key]) is list else "an object"
    head = textwrap.fill(f"Output (`{key}`; generated from `{cls.__name__}` in article2json/record.py): {doc}, "
                         f"{shape} with", WIDTH - 4)
    return "\n".join([head, *field_lines(cls)])


def with_block(source: str, key: str) -> str:
    """`source` (an extractor module) with its docstring's paragraph that opens with "Output (`key`"
    replaced by the generated one."""
    start = source.index(f"Output (`{key}`")
    closing = source.index('"""', start)
    blank = source.find("\n\n", start, closing)
    return source[:start] + docstring_block(key) + (source[blank:] if blank >= 0 else "\n" + source[closing:])


def extractor_files() -> dict[str, Path]:
    """The module file of the extractor that fills each record key, found through the registry."""
    from article2json.extractors.registry import available_extractors

    found = available_extractors()
    return {key: Path(importlib.import_module(found[key].__module__).__file__) for key in EXTRACTED_PARTS}


def _anchor(cls: type) -> str:
    return f"[`{cls.__name__}`](#{cls.__name__.lower()})"


def _table(cls: type) -> list[str]:
    rows = [f"## {cls.__name__}", "", " ".join(line.strip() for line in cls.__doc__.splitlines()), "",
            "| key | type | description |", "| --- | --- | --- |"]
    for f, hint in zip(dataclasses.fields(cls), field_types(cls).values()):
        doc = f.metadata["doc"].replace("|", "\\|")
        if get_origin(values := nullable_inner(hint) or hint) is Literal:
            doc += " (values: " + ", ".join(f"`{value}`" for value in get_args(values)) + ")"
        rows.append(f"| `{f.name}` | {type_text(hint, _anchor)} | {doc} |")
    return [*rows, ""]


def record_markdown() -> str:
    """docs/record.md: every record class as a table, then the CSV and Parquet columns."""
    from article2json.writers.columns import COLUMNS

    lines = ["# The output record", "",
             f"Generated from the classes in `article2json/record.py` by `{COMMAND}`; do not edit by hand",
             "(tests/test_record.py fails while it is stale). `article2json schema` prints the same definition",
             "as a JSON Schema. Every key is always present; an unknown value is `null`; lists may be empty.", ""]
    for cls in [*part_classes(Record), *part_classes(ErrorRecord)]:
        lines += _table(cls)
    lines += ["## CSV and Parquet columns", "",
              "`--format csv` and `--format parquet` write one row per event, its article's and source's fields",
              "repeated on each row.", "", "| column | field | type | description |", "| --- | --- | --- | --- |"]
    for column in COLUMNS:
        doc = column.description.replace("|", "\\|")
        lines.append(f"| `{column.name}` | `{column.path}` | {JSON_TYPES[column.kind]} | {doc} |")
    return "\n".join(lines) + "\n"


def generated_files() -> dict[Path, str]:
    """Every generated file with the text it should have."""
    files = {RECORD_DOC: record_markdown()}
    for key, path in extractor_files().items():
        files[path] = with_block(files.get(path) or path.read_text(encoding="utf-8"), key)
    return files


def stale_files() -> list[Path]:
    return [path for path, text in generated_files().items()
            if not path.exists() or path.read_text(encoding="utf-8") != text]


def main(arguments: list[str]) -> int:
    stale = stale_files()
    if "--write" in arguments:
        for path, text in generated_files().items():
            if path in stale:
                path.write_text(text, encoding="utf-8")
                print(f"wrote {path.relative_to(ROOT)}")
        return 0
    for path in stale:
        print(f"stale: {path.relative_to(ROOT)} (run {COMMAND})")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
