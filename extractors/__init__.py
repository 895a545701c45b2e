"""The extraction library: readers' Articles in, JSON-ready values out.

Nothing here imports click or rich. Each extractor lives in its own module and is registered
through the entry-point group `article2json.extractors` (see `registry`).
"""

from article2json.extractors.base import Article, Extractor, ExtractorOptions, Source, Span

__all__ = ["Article", "Extractor", "ExtractorOptions", "Source", "Span"]
