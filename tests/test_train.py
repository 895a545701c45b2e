"""`article2json train` on a small ACLED-format export written for this test, and the fitted
model used at conversion time with --typing-model."""

from __future__ import annotations

import csv
import re

import orjson
import pytest


COLUMNS = ("event_id_cnty", "event_date", "event_type", "sub_event_type", "country", "notes", "fatalities")
ROWS = [
    ("Protests", "Peaceful protest", "Traders marched to the district office in Lomara over new market fees."),
    ("Protests", "Peaceful protest", "Nurses held a sit-in at the regional hospital demanding unpaid allowances."),
    ("Protests", "Peaceful protest", "Students demonstrated outside the ministry against higher tuition fees."),
    ("Protests", "Peaceful protest", "Farmers gathered in the town square to protest the price of fertiliser."),
    ("Violence against civilians", "Attack", "Gunmen shot dead a shopkeeper in the village of Tesso."),
    ("Violence against civilians", "Attack", "Unidentified assailants killed two herders near Barako."),
    ("Violence against civilians", "Attack", "Armed men attacked a bus and killed a passenger on the Duma road."),
    ("Violence against civilians", "Attack", "Bandits stabbed a farmer to death in his field near Kilo."),
    ("Battles", "Armed clash", "Soldiers clashed with rebels near the village of Moro; three rebels died."),
    ("Battles", "Armed clash", "Militants attacked an army post in Gara and troops fought them off."),
    ("Battles", "Armed clash", "Police and gang members exchanged fire in the Nasi quarter."),
    ("Battles", "Armed clash", "Rebel fighters and the army fought for hours outside Dalo."),
]


def write_export(path, rows) -> None:
    with open(path, "w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(COLUMNS)
        for number, (event_type, sub, notes) in enumerate(rows, 1):
            writer.writerow((f"TST{number}", "2024-03-01", event_type, sub, "Testland", notes, 0))


@pytest.fixture
def coded_csv(tmp_path):
    path = tmp_path / "coded.csv"
    write_export(path, ROWS)
    return path


def test_train_fits_a_model_on_an_acled_export(run_cli, coded_csv, tmp_path):
    model = tmp_path / "model.json"
    result, _ = run_cli("train", str(coded_csv), "-o", str(model))
    assert result.exit_code == 0, result.stderr
    content = orjson.loads(model.read_bytes())
    assert sorted(content["classes"]) == ["Armed clash", "Attack", "Peaceful protest"]
    assert all(len(row) == 3 for row in content["weights"].values())
    fitted = re.search(r"fitted on (\d+) of 12 texts", result.stderr)
    assert fitted and int(fitted.group(1)) >= 10  # a text in which no event is found is left out


def test_training_twice_gives_the_same_bytes(run_cli, coded_csv, tmp_path):
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    run_cli("train", str(coded_csv), "-o", str(first))
    run_cli("train", str(coded_csv), "-o", str(second))
    assert first.read_bytes() == second.read_bytes()


def test_a_fitted_model_learns_its_coders_convention(run_cli, tmp_path):
    """Coders who count every march as a violent demonstration get a model that types a march so,
    where the rules alone say peaceful protest."""
    path, model = tmp_path / "house.csv", tmp_path / "model.json"
    write_export(path, [("Riots", "Violent demonstration", notes) if sub == "Peaceful protest" else (t, sub, notes)
                        for t, sub, notes in ROWS])
    run_cli("train", str(path), "-o", str(model))
    text = "Teachers marched through the capital on Monday to demand higher pay."
    typed = {}
    for option in (str(model), "rules"):
        result, records = run_cli("--typing-model", option, "-e", "events", "-", input=text)
        assert result.exit_code == 0, result.stderr
        typed[option] = next(e for e in records[0]["events"] if e["main"])["acled"]
    assert typed["rules"] == {"event_type": "Protests", "sub_event_type": "Peaceful protest"}
    assert typed[str(model)] == {"event_type": "Riots", "sub_event_type": "Violent demonstration"}


def test_an_export_without_sub_event_types_is_refused(run_cli, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("notes,event_type\nSomething happened.,Battles\n", encoding="utf-8")
    result, _ = run_cli("train", str(path), "-o", str(tmp_path / "m.json"))
    assert result.exit_code == 1 and "no coded rows" in result.stderr


def test_an_unreadable_typing_model_is_a_usage_error(run_cli, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text("{}", encoding="utf-8")
    result, _ = run_cli("--typing-model", str(path), "-", input="Rebels attacked a base.")
    assert result.exit_code == 2 and "typing model" in result.stderr


def test_train_reads_our_gold_format(run_cli, tmp_path):
    path, model = tmp_path / "gold.jsonl", tmp_path / "model.json"
    records = [{"id": f"g{number}", "text": notes,
                "events": [{"main": True, "acled": {"event_type": event_type, "sub_event_type": sub}}]}
               for number, (event_type, sub, notes) in enumerate(ROWS, 1)]
    path.write_bytes(b"".join(orjson.dumps(record) + b"\n" for record in records))
    result, _ = run_cli("train", str(path), "-o", str(model))
    assert result.exit_code == 0, result.stderr
    assert sorted(orjson.loads(model.read_bytes())["classes"]) == ["Armed clash", "Attack", "Peaceful protest"]


def test_training_without_scikit_learn_names_the_install(run_cli, tmp_path, monkeypatch):
    from article2json.cli import train

    monkeypatch.setattr(train, "find_spec", lambda name: None)
    result, _ = run_cli("train", "--dev", "-o", str(tmp_path / "m.json"))
    assert result.exit_code == 1 and "pip install 'article2json[train]'" in result.stderr
