"""polnear-dev: political news articles with attribution relations (brat standoff).

Gold `quotes`: the content span of every attribution, with its source span's text as the speaker
(null when the attribution has no source). Where several annotators coded an article, the first
annotation file (in name order) is used. Scored: quote recall and precision (overlap), and speaker
recall: the share of gold quotes with a speaker that some overlapping prediction attributes to the
same speaker, by resolved name or as written (lenient actor-name rule; a gold pronoun speaker needs the
prediction's attribution to read that pronoun). Reference date: none.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from article2json.evaluation.devsets import text_article
from article2json.evaluation.gold import Case

NAME = "polnear"
PATH = "polnear-dev"
EXTRACTORS = ("quotes",)
ABOUT = "quotes: content recall/precision (overlap) and speaker recall; no reference date"
HEADLINE = (("quotes", "spans (overlap)"), ("quotes", "speaker"))


def parse_brat(annotations: str) -> list[dict[str, Any]]:
    """Gold quotes ({start, end, speaker}) from the text-bound (T) and relation (E) lines of a brat file."""
    spans: dict[str, tuple[int, int, str]] = {}
    relations: list[dict[str, str]] = []
    for line in annotations.splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 3:
            offsets = [tuple(map(int, part.split())) for part in fields[1].split(" ", 1)[1].split(";")]
            spans[fields[0]] = (min(s for s, _ in offsets), max(e for _, e in offsets), fields[2])
        elif line.startswith("E") and len(fields) >= 2:
            relations.append(dict(part.split(":", 1) for part in fields[1].split() if ":" in part))
    quotes = []
    for relation in relations:
        content = spans.get(relation.get("Content", ""))
        if content is None:
            continue
        source = spans.get(relation.get("Source", ""))
        quotes.append({"start": content[0], "end": content[1], "speaker": source[2] if source else None})
    return sorted(quotes, key=lambda q: (q["start"], q["end"]))


def load(root: Path) -> list[Case]:
    folder = root / PATH
    cases = []
    for text_path in sorted((folder / "text").glob("*.txt")):
        annotation_files = sorted((folder / "attributions").glob(f"{text_path.stem}_*.ann"))
        if not annotation_files:
            continue
        record_id = text_path.stem
        gold = {"id": record_id, "quotes": parse_brat(annotation_files[0].read_text(encoding="utf-8"))}
        article = text_article(text_path.read_text(encoding="utf-8"), f"{PATH}/text/{text_path.name}", record_id)
        cases.append(Case(gold, article, ("id", record_id)))
    return cases
