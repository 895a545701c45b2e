"""`article`: the article's own metadata.

Output (`article`; generated from `ArticleMetadata` in article2json/record.py): the article's headline,
outlet, publication date and language, an object with
- `title` (string or null): the headline
- `outlet` (string or null): the publishing outlet
- `published` (string or null): the publication moment, ISO 8601 UTC (`2023-11-14T00:00:00Z`), from the
  header dateline or metadata; `--published-override` wins over it, `--published` fills it when absent
- `language` (string): the language of the text: `en`
- `text` (string or null): the decoded article text every offset points into (only with `--include-text`)
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Mapping

from article2json.extractors.base import Article, Extractor, ExtractorOptions
from article2json.header import format_published


def reference_date(article: Article, options: ExtractorOptions) -> datetime | None:
    """The moment relative dates are resolved against: the override, else the article's own, else the default."""
    return options.published_override or article.published or options.published_default


class ArticleExtractor(Extractor):
    """Headline, outlet, publication date (ISO 8601 UTC) and language of the article."""

    name = "article"

    def __call__(self, article: Article, found: Mapping[str, Any]) -> dict[str, Any]:
        fields: dict[str, Any] = {
            "title": article.title,
            "outlet": article.outlet,
            "published": format_published(reference_date(article, self.options)),
            "language": "en",
        }
        if self.options.include_text:
            fields["text"] = article.text
        return fields
