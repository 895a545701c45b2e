"""Shared test helpers: the CLI runner, schema validation, the seed article."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from article2json.cli.main import main
from article2json.extractors.registry import available_extractors
from article2json.record import extra_keys
from article2json.record_schema import record_schema

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEED = ROOT.parent / "shared" / "seed" / "000_768cd17170a1954f.txt"


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite tests/golden/ from the tool's output on samples/ (test_samples.py)")


@lru_cache(maxsize=None)
def validator(extras: tuple[str, ...] = ()):
    """A validator of the output schema that allows the keys of these third-party extractors."""
    from jsonschema import Draft202012Validator

    schema = record_schema(extras)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@pytest.fixture(scope="session")
def schema_validator():
    return validator()


@pytest.fixture
def run_cli():
    """Run the CLI in-process; returns (result, records) with every JSON Lines record validated
    against the output schema of the extractors installed now (error records excepted)."""

    def run(*args: str, input: bytes | str | None = None):
        result = CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)
        schema_validator = validator(extra_keys(available_extractors()))
        records = []
        converting = not args or args[0] not in ("extractors", "schema", "eval")
        if converting and ("--format" not in args or "jsonl" in args):
            for line in result.stdout_bytes.splitlines():
                if line.strip():
                    record = orjson.loads(line)
                    if "error" not in record:
                        schema_validator.validate(record)
                    records.append(record)
        return result, records

    return run


@pytest.fixture
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip("the reference article ../shared/seed is not present")
    return SEED


@pytest.fixture(scope="session")
def nlp():
    """The default spaCy pipeline as the tool loads it, with every component the extractors use."""
    from article2json.extractors.model import load_model, resolve_model_name

    return load_model(resolve_model_name(None),
                      frozenset({"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"}))
