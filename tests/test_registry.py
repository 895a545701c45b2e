"""Extractor registry and planner: entry points, dependencies, order, clear errors."""

import sys
import textwrap

import pytest

from article2json.extractors.base import Extractor
from article2json.extractors.registry import PlanError, available_extractors, plan


def make(name, requires=()):
    return type(f"{name.title()}Extractor", (Extractor,), {"name": name, "requires": tuple(requires)})


def names(classes):
    return [cls.name for cls in classes]


def test_requirements_are_added_and_ordered():
    available = {c.name: c for c in (make("article"), make("dates", ["doc"]), make("places", ["doc"]),
                                     make("events", ["doc", "dates", "places"]), make("entities", ["doc"]))}
    order = names(plan(["events"], available))
    assert set(order) == {"article", "dates", "places", "events"}
    assert order.index("events") > max(order.index("dates"), order.index("places"))


def test_unknown_extractor_names_the_available_ones():
    available = {c.name: c for c in (make("article"), make("entities", ["doc"]))}
    with pytest.raises(PlanError, match=r"unknown extractor 'evnts'; available: article, entities"):
        plan(["evnts"], available)


def test_missing_requirement_and_cycle_fail_before_running():
    broken = {c.name: c for c in (make("article"), make("events", ["dates"]))}
    with pytest.raises(PlanError, match="requires 'dates', which is not installed"):
        plan(["events"], broken)
    cyclic = {c.name: c for c in (make("article"), make("a", ["b"]), make("b", ["a"]))}
    with pytest.raises(PlanError, match="cycle"):
        plan(["a"], cyclic)


def test_builtins_are_registered_through_entry_points():
    found = available_extractors()
    assert {"article", "entities"} <= set(found)
    assert found["entities"].requires == ("doc",)


@pytest.fixture
def third_party(tmp_path, monkeypatch):
    """A small installed distribution that registers an extractor, as a pip install would leave it."""
    (tmp_path / "wordcount_plugin.py").write_text(textwrap.dedent('''
        """A third-party extractor: counts words."""
        from article2json.extractors.base import Extractor

        class WordCount(Extractor):
            """Number of words in the article."""
            name = "word_count"
            requires = ("article",)

            def __call__(self, article, found):
                return len(article.text.split())
    '''))
    info = tmp_path / "wordcount_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: wordcount-plugin\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(
        "[article2json.extractors]\nword_count = wordcount_plugin:WordCount\nbroken = wordcount_plugin:Missing\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield
    sys.modules.pop("wordcount_plugin", None)


def test_third_party_extractor_registers_like_a_builtin(third_party, run_cli, tmp_path):
    warnings = []
    found = available_extractors(warnings.append)
    assert found["word_count"].summary() == "Number of words in the article."
    assert any("'broken'" in w and "failed to load" in w for w in warnings)
    article = tmp_path / "a.txt"
    article.write_text("Troops repelled an attack on Monday.\n")
    result, records = run_cli("-e", "word_count", str(article))
    assert result.exit_code == 0
    assert records[0]["word_count"] == 6
    assert list(records[0])[-2:] == ["word_count", "warnings"]
    assert "extractor plugin 'broken'" in result.stderr
