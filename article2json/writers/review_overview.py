"""The overview at the top of a review page: totals, counts by event type and country, events per day
as an inline SVG bar chart, and an index of the articles, every row linking to its articles.

It is filled record by record and rendered once, when the page is closed. Memory stays small: counts,
at most `LINKS_PER_ROW` article numbers per row, and index rows spooled to a temporary file.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import islice
from typing import Any, Callable, Iterator

from article2json.writers.review_article import MISSING, acled_text, esc, type_text

LINKS_PER_ROW = 12
MAX_BARS = 400
DAY = re.compile(r"\d{4}-\d\d-\d\d")
PLOT_WIDTH, PLOT_HEIGHT, LEFT, BOTTOM, WIDEST_BAR = 760, 150, 34, 22, 60


@dataclass
class Tally:
    """How many events share a value, and the first articles they come from."""

    count: int = 0
    articles: list[int] = field(default_factory=list)

    def add(self, number: int) -> None:
        self.count += 1
        if number not in self.articles and len(self.articles) < LINKS_PER_ROW:
            self.articles.append(number)

    def merge(self, other: Tally) -> None:
        self.count += other.count
        for number in other.articles:
            if number not in self.articles and len(self.articles) < LINKS_PER_ROW:
                self.articles.append(number)


def _links(articles: list[int], count: int) -> str:
    links = " ".join(f'<a href="#a{n}">#{n}</a>' for n in articles)
    return links + (" …" if count > len(articles) and len(articles) == LINKS_PER_ROW else "")


def _country_name(code: str) -> str:
    import pycountry

    country = pycountry.countries.get(alpha_2=code) if len(code) == 2 else None
    return f"{code} {country.name}" if country else code


def _day(event: dict[str, Any]) -> date | None:
    value = (event.get("date") or {}).get("value")
    if isinstance(value, str) and DAY.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


class Overview:
    def __init__(self) -> None:
        self.articles = self.failed = self.events = self.killed = self.wounded = self.undated = 0
        self.by_type: dict[str, Tally] = {}
        self.by_acled: dict[str, Tally] = {}
        self.by_country: dict[str, Tally] = {}
        self.by_day: dict[date, Tally] = {}
        self.index = tempfile.SpooledTemporaryFile(max_size=1 << 20, mode="w+", encoding="utf-8")

    def add(self, number: int, record: dict[str, Any]) -> None:
        self.articles += 1
        events = record.get("events") or []
        for event in events:
            self._count(number, event)
        article = record.get("article") or {}
        main = next((e for e in events if e.get("main")), None)
        countries = sorted({c for e in events if (c := (e.get("location") or {}).get("country"))})
        self._index_row(number, article.get("title") or record["source"]["path"], [
            (article.get("published") or "")[:10], article.get("outlet") or "", type_text(main) if main else MISSING,
            ", ".join(countries)], [len(events), _total(events, "killed"), _total(events, "wounded")])

    def add_error(self, number: int, record: dict[str, Any]) -> None:
        self.failed += 1
        error = record.get("error") or {}
        self._index_row(number, (record.get("source") or {}).get("path"),
                        ["", "", f"failed: {error.get('type')}", ""], ["", "", ""])

    def _count(self, number: int, event: dict[str, Any]) -> None:
        self.events += 1
        self.killed += _casualties(event, "killed")
        self.wounded += _casualties(event, "wounded")
        self.by_type.setdefault(str(event.get("type")), Tally()).add(number)
        acled = event.get("acled")
        self.by_acled.setdefault(acled_text(acled) if acled else "not coded", Tally()).add(number)
        country = (event.get("location") or {}).get("country") or "unknown"
        self.by_country.setdefault(country, Tally()).add(number)
        day = _day(event)
        if day is None:
            self.undated += 1
        else:
            self.by_day.setdefault(day, Tally()).add(number)

    def _index_row(self, number: int, title: Any, texts: list[str], numbers: list[Any]) -> None:
        cells = "".join(f"<td>{esc(t)}</td>" for t in texts) + "".join(f'<td class="n">{n}</td>' for n in numbers)
        self.index.write(f'<tr><td><a href="#a{number}">#{number}</a></td>'
                         f'<td><a href="#a{number}">{esc(title)}</a></td>{cells}</tr>\n')

    def html(self) -> str:
        """The overview section; call once, at the end."""
        self.index.seek(0)
        rows = self.index.read()
        self.index.close()
        failed = f"<span><b>{self.failed}</b> failed</span>" if self.failed else ""
        undated = f" {self.undated} event(s) without a day-precise date are not plotted." if self.undated else ""
        index_open = " open" if self.articles + self.failed <= 50 else ""
        return (f'<section id="overview"><h2>Overview</h2><div class="totals">'
                f"<span><b>{self.articles}</b> articles</span>{failed}<span><b>{self.events}</b> events</span>"
                f"<span><b>{self.killed}</b> killed</span><span><b>{self.wounded}</b> wounded</span></div>"
                f'<p class="muted">Killed and wounded are sums over the events coded as having happened (asserted).</p>'
                f'<div class="tallies">{_tally_table("PLOVER type", self.by_type)}'
                f'{_tally_table("ACLED type", self.by_acled)}'
                f'{_tally_table("Country", self.by_country, _country_name)}</div>'
                f'<h3>Events per {_granularity(self.by_day)[0]}</h3>{events_plot(self.by_day)}'
                f'<p class="muted">{undated}</p>'
                f"<details{index_open}><summary>Articles</summary><table class=\"index\"><thead><tr><th>#</th>"
                f"<th>Title</th><th>Published</th><th>Outlet</th><th>Main event</th><th>Countries</th>"
                f'<th class="n">Events</th><th class="n">Killed</th><th class="n">Wounded</th></tr></thead>'
                f"<tbody>{rows}</tbody></table></details></section>\n")


def _casualties(event: dict[str, Any], key: str) -> int:
    """The event's killed or wounded, counted only when the event is said to have happened."""
    return (event.get(key) or 0) if event.get("modality", "asserted") == "asserted" else 0


def _total(events: list[dict[str, Any]], key: str) -> int:
    return sum(_casualties(e, key) for e in events)


def _tally_table(title: str, tallies: dict[str, Tally], name: Callable[[str], str] = str) -> str:
    ordered = sorted(tallies.items(), key=lambda item: (-item[1].count, item[0]))
    rows = "".join(f'<tr><td>{esc(name(key))}</td><td class="n">{t.count}</td>'
                   f'<td class="links">{_links(t.articles, t.count)}</td></tr>' for key, t in ordered)
    body = rows or '<tr><td colspan="3" class="muted">no events</td></tr>'
    return (f'<div class="tally"><table><thead><tr><th>{esc(title)}</th><th class="n">Events</th><th>Articles</th>'
            f"</tr></thead><tbody>{body}</tbody></table></div>")


def _month(day: date) -> date:
    return day.replace(day=1)


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


GRANULARITIES = (  # name, start of the bucket holding a day, the next bucket, label
    ("day", lambda d: d, lambda d: d + timedelta(days=1), date.isoformat),
    ("month", _month, _next_month, lambda d: d.isoformat()[:7]),
    ("year", lambda d: date(d.year, 1, 1), lambda d: date(d.year + 1, 1, 1), lambda d: str(d.year)),
)


def _range(first: date, last: date, step: Callable[[date], date]) -> Iterator[date]:
    while first <= last:
        yield first
        first = step(first)


def _granularity(by_day: dict[date, Tally]):
    """The finest bucket size that draws the whole date range in at most MAX_BARS bars (years always)."""
    if not by_day:
        return GRANULARITIES[0]
    for granularity in GRANULARITIES[:-1]:
        _, bucket, step, _ = granularity
        bars = islice(_range(bucket(min(by_day)), bucket(max(by_day)), step), MAX_BARS + 1)
        if sum(1 for _ in bars) <= MAX_BARS:
            return granularity
    return GRANULARITIES[-1]


def buckets(by_day: dict[date, Tally]) -> list[tuple[str, Tally]]:
    """Every bucket from the first dated event to the last, empty ones included, with its label."""
    if not by_day:
        return []
    _, bucket, step, label = _granularity(by_day)
    merged: dict[date, Tally] = {}
    for day in sorted(by_day):
        merged.setdefault(bucket(day), Tally()).merge(by_day[day])
    return [(label(b), merged.get(b, Tally())) for b in _range(bucket(min(by_day)), bucket(max(by_day)), step)]


def events_plot(by_day: dict[date, Tally]) -> str:
    """An SVG bar chart of events per bucket; each bar links to the first article it counts."""
    bars = buckets(by_day)
    if not bars:
        return '<p class="muted">No event has a day-precise date.</p>'
    highest = max(t.count for _, t in bars)
    width = min((PLOT_WIDTH - LEFT) / len(bars), WIDEST_BAR)
    right = LEFT + width * len(bars)
    inner = PLOT_HEIGHT - BOTTOM - 8
    shapes = []
    for position, (label, tally) in enumerate(bars):
        if not tally.count:
            continue
        height = max(1.0, inner * tally.count / highest)
        x, y = LEFT + position * width, PLOT_HEIGHT - BOTTOM - height
        articles = ", ".join(f"#{n}" for n in tally.articles)
        shapes.append(f'<a href="#a{tally.articles[0]}"><rect x="{x:.1f}" y="{y:.1f}" width="{max(width - 1, 1):.1f}" '
                      f'height="{height:.1f}"><title>{esc(label)}: {tally.count} event(s); articles {articles}'
                      f"</title></rect></a>")
    axis_y = PLOT_HEIGHT - BOTTOM
    return (f'<svg class="plot" viewBox="0 0 {PLOT_WIDTH} {PLOT_HEIGHT}" role="img" '
            f'aria-label="events per {_granularity(by_day)[0]}">'
            f'<line x1="{LEFT}" y1="{axis_y}" x2="{right:.1f}" y2="{axis_y}"/>'
            f'<text x="{LEFT - 4}" y="{axis_y - inner + 4}" text-anchor="end">{highest}</text>'
            f'<text x="{LEFT - 4}" y="{axis_y}" text-anchor="end">0</text>'
            f'<text x="{LEFT}" y="{PLOT_HEIGHT - 6}">{esc(bars[0][0])}</text>'
            + (f'<text x="{right:.1f}" y="{PLOT_HEIGHT - 6}" text-anchor="end">{esc(bars[-1][0])}</text>'
               if len(bars) > 1 else "")
            + "".join(shapes) + "</svg>")
