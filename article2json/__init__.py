"""article2json: turn news articles into structured event records."""

from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

# In a source checkout, cli/ and extractors/ sit beside this folder (pyproject.toml maps them into
# the package when it is installed). Let `python -m article2json` run from the checkout's root,
# where this folder shadows any installed copy, find them there too.
_CHECKOUT = Path(__file__).resolve().parent.parent
if not (Path(__file__).resolve().parent / "cli").is_dir() and (_CHECKOUT / "cli" / "__init__.py").is_file():
    __path__.append(str(_CHECKOUT))

try:
    __version__ = version("article2json")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

SCHEMA_VERSION = "1"
