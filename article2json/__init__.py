"""article2json: turn news articles into structured event records."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("article2json")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

SCHEMA_VERSION = "1"
