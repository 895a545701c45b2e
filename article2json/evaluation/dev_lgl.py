"""lgl: Local Global Lexicon, local news articles (mostly US) with every place name marked.

Gold `places`: every toponym span, with the GeoNames country (as ISO alpha-2) and coordinates where
the annotators resolved it. Scored: span recall and precision (overlap); over the found toponyms,
country accuracy and the share of predictions within 161 km (100 miles) of the gold point.
Reference date: the download time (`dltime`), close to publication.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import Any

from article2json.evaluation.devsets import day, text_article
from article2json.evaluation.gold import Case
from article2json.evaluation.names import scoring_country_code

NAME = "lgl"
PATH = "lgl.xml"
EXTRACTORS = ("places",)
ABOUT = "places: toponym recall/precision (overlap), country accuracy and share within 161 km of the found ones"
HEADLINE = (("places", "spans (overlap)"), ("places", "country (of found)"), ("places", "within 161 km (of found)"))


def gold_place(toponym: ElementTree.Element) -> dict[str, Any]:
    place: dict[str, Any] = {"start": int(toponym.findtext("start")), "end": int(toponym.findtext("end")),
                             "name": toponym.findtext("phrase")}
    tag = toponym.find("gaztag")
    if tag is not None:
        place["country"] = scoring_country_code(tag.findtext("country"))
        if tag.findtext("lat") and tag.findtext("lon"):
            place.update(lat=float(tag.findtext("lat")), lon=float(tag.findtext("lon")))
    return place


def load(root: Path) -> list[Case]:
    cases = []
    for article in ElementTree.parse(root / PATH).getroot().iter("article"):
        record_id = article.get("docid")
        toponyms = article.find("toponyms")
        gold = {"id": record_id, "places": [gold_place(t) for t in (toponyms if toponyms is not None else [])]}
        text = article.findtext("text") or ""
        cases.append(Case(gold, text_article(text, PATH, record_id, day(article.findtext("dltime"))),
                          ("id", record_id)))
    return cases
