"""The installed package holds every module of the checkout: pyproject.toml lists packages by
hand (cli/ and extractors/ are mapped into `article2json`), so a new folder must be added there."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _settings() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_package_folder_of_the_checkout_is_installed():
    settings = _settings()
    folders = {"article2json": "article2json", **{name: folder for name, folder in settings["package-dir"].items()}}
    found = set()
    for name, folder in folders.items():
        for init in (ROOT / folder).rglob("__init__.py"):
            parts = init.parent.relative_to(ROOT / folder).parts
            found.add(".".join((name, *parts)))
    assert sorted(found - set(settings["packages"])) == []


def test_every_data_file_the_code_reads_is_shipped():
    settings = _settings()
    assert "article2json.extractors.data" in settings["packages"]  # a data-only package: no build warning
    assert settings["package-data"]["article2json.extractors.data"] == ["*"]
    assert not [p for p in (ROOT / "extractors" / "data").iterdir() if p.is_dir()]  # "*" takes no subfolders


def test_python_m_runs_from_the_checkout_root_without_the_installed_mapping():
    """From the checkout's root, `python -m article2json` finds the article2json/ folder before any
    installed copy; cli/ and extractors/ must still be found (here with the editable install's
    finder removed, as for a plain `pip install .`)."""
    import subprocess
    import sys

    code = ("import runpy, sys\n"
            "sys.meta_path[:] = [f for f in sys.meta_path if 'Editable' not in repr(f)]\n"
            "sys.argv = ['article2json', '--help']\n"
            "runpy.run_module('article2json', run_name='__main__')\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "Usage:" in done.stdout
