"""Golden samples: the record the tool gives for each file in samples/ is the reviewed one in
tests/golden/<file name>.json (one record, or the list of records of a JSON Lines or JSON array
file). A mismatch prints the fields that differ. After an intentional change, rewrite them all
with `pytest tests/test_samples.py --update-golden` and review the diff.

The files are kept outside samples/ so that `article2json samples/` converts articles only. They
were made with the model named in tests/golden/MODEL; with another default model the test skips."""

from __future__ import annotations

import os
from collections import defaultdict
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import orjson
import pytest
from click.testing import CliRunner

from article2json.cli.main import main
from article2json.extractors.model import resolve_model_name
from conftest import ROOT, SAMPLES

GOLDEN = ROOT / "tests" / "golden"
MODEL_FILE = GOLDEN / "MODEL"
MAX_LINES = 25  # differences shown per sample
MAX_VALUE = 100  # characters shown of one value
MISSING = object()  # a key only one side has


def sample_names() -> list[str]:
    """The article files of samples/ (the tool's own walk: known suffixes, sorted)."""
    from article2json.readers import iter_paths

    return [str(path.relative_to(ROOT)) for path in iter_paths([str(SAMPLES)])]


def golden_path(sample: str) -> Path:
    return GOLDEN / f"{Path(sample).name}.json"


@pytest.fixture(scope="module")
def produced(schema_validator) -> dict[str, Any]:
    """The records of all samples in one run from the repository root (paths as `samples/...`),
    by sample: one record, or a list for a file of several."""
    if resolve_model_name(None) != MODEL_FILE.read_text().strip():
        pytest.skip(f"tests/golden/ was made with {MODEL_FILE.read_text().strip()}, "
                    f"the default model here is {resolve_model_name(None)}")
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        result = CliRunner().invoke(main, [*sample_names(), "--format", "jsonl"], catch_exceptions=False)
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.stderr
    by_sample: dict[str, list] = defaultdict(list)
    for line in result.stdout_bytes.splitlines():
        record = orjson.loads(line)
        schema_validator.validate(record)
        by_sample[record["source"]["path"]].append(record)
    return {name: found[0] if len(found) == 1 and found[0]["source"]["line"] is None else found
            for name, found in by_sample.items()}


def differences(expected: Any, got: Any, path: str = "") -> list[str]:
    """One line per differing leaf (`events[0].acled.sub_event_type: "Attack" -> "Armed clash"`),
    and per list item only on one side (`places[3]: removed {...}`); list items are paired by
    where their words are (`start`, or the trigger's), so one new place does not shift the rest."""
    if isinstance(expected, dict) and isinstance(got, dict):
        return [line for key in dict.fromkeys([*expected, *got])
                for line in differences(expected.get(key, MISSING), got.get(key, MISSING),
                                        f"{path}.{key}" if path else key)]
    if isinstance(expected, list) and isinstance(got, list):
        return _list_differences(expected, got, path)
    return [] if expected == got else [f"{path}: {_short(expected)} -> {_short(got)}"]


def _list_differences(expected: list, got: list, path: str) -> list[str]:
    matcher = SequenceMatcher(None, [_item_key(item) for item in expected], [_item_key(item) for item in got],
                              autojunk=False)
    lines = []
    for tag, old_first, old_last, new_first, new_last in matcher.get_opcodes():
        if tag == "equal" or tag == "replace" and old_last - old_first == new_last - new_first:
            lines += [line for i, j in zip(range(old_first, old_last), range(new_first, new_last))
                      for line in differences(expected[i], got[j], f"{path}[{j}]")]
            continue
        lines += [f"{path}[{i}]: removed {_short(expected[i])}" for i in range(old_first, old_last)]
        lines += [f"{path}[{j}]: added {_short(got[j])}" for j in range(new_first, new_last)]
    return lines


def _item_key(item: Any) -> Any:
    """What pairs a list item with its counterpart: its character span, else itself."""
    if isinstance(item, dict):
        span = item.get("trigger") if isinstance(item.get("trigger"), dict) else item
        if "start" in span:
            return span.get("start"), span.get("end")
        return orjson.dumps(item, option=orjson.OPT_SORT_KEYS)
    return orjson.dumps(item)


def _short(value: Any) -> str:
    text = "<missing>" if value is MISSING else orjson.dumps(value).decode()
    return text if len(text) <= MAX_VALUE else text[:MAX_VALUE - 3] + "..."


def _pretty(value: Any) -> bytes:
    return orjson.dumps(value, option=orjson.OPT_INDENT_2) + b"\n"


@pytest.mark.parametrize("sample", sample_names())
def test_sample_gives_its_reviewed_record(sample, produced, request):
    got = produced.get(sample)
    assert got is not None, f"no record for {sample}"
    path = golden_path(sample)
    if request.config.getoption("--update-golden"):
        path.write_bytes(_pretty(got))
        return
    assert path.exists(), f"{path.relative_to(ROOT)} is missing: run pytest tests/test_samples.py --update-golden"
    expected = orjson.loads(path.read_bytes())
    found = differences(expected, got)
    shown = found[:MAX_LINES] + ([f"... {len(found) - MAX_LINES} more"] if len(found) > MAX_LINES else [])
    if found:
        pytest.fail(f"{sample} differs from {path.relative_to(ROOT)} (expected -> produced):\n" + "\n".join(shown),
                    pytrace=False)


def test_every_golden_file_has_its_sample(request):
    names = {golden_path(sample).name for sample in sample_names()}
    stale = sorted(p for p in GOLDEN.glob("*.json") if p.name not in names)
    if request.config.getoption("--update-golden"):
        for path in stale:
            path.unlink()
        MODEL_FILE.write_text(resolve_model_name(None) + "\n")
        return
    assert not stale, f"golden files without a sample: {[p.name for p in stale]}"


def test_differences_name_the_fields_that_differ():
    stormed = {"trigger": {"start": 10}, "acled": {"sub_event_type": "Attack"}, "killed": 2}
    deployed = {"trigger": {"start": 90}, "acled": None, "killed": None}
    expected = {"events": [stormed], "warnings": []}
    got = {"events": [{**stormed, "acled": {"sub_event_type": "Armed clash"}}, deployed], "warnings": []}
    assert differences(expected, got) == [
        'events[0].acled.sub_event_type: "Attack" -> "Armed clash"',
        'events[1]: added {"trigger":{"start":90},"acled":null,"killed":null}']
    places = [{"text": "Gusau", "start": 5}, {"text": "Zamfara", "start": 40}]
    moved = [{"text": "Nigeria", "start": 20}, {"text": "Zamfara state", "start": 40}]
    assert differences({"places": places}, {"places": places[:1] + moved}) == [
        'places[1]: added {"text":"Nigeria","start":20}', 'places[2].text: "Zamfara" -> "Zamfara state"']
