"""The plain-text header convention: headline, outlet, dateline, body datelines."""

from datetime import datetime, timezone

import pytest

from article2json.extractors.base import Source
from article2json.header import build_article, format_published, parse_dateline

SOURCE = Source("a.txt", "0" * 64, "text")


@pytest.mark.parametrize("line, expected", [
    ("Tue, 14 Nov 2023 00:00 UTC", "2023-11-14T00:00:00Z"),
    ("November 14, 2023", "2023-11-14T00:00:00Z"),
    ("2023-11-14T08:30:00+03:00", "2023-11-14T05:30:00Z"),
    ("14 November 2023 10:32 GMT", "2023-11-14T10:32:00Z"),
    ("Published: 3 March 2024", "2024-03-03T00:00:00Z"),
    ("2024-03-03", "2024-03-03T00:00:00Z"),
])
def test_datelines_are_read_in_utc(line, expected):
    assert format_published(parse_dateline(line)) == expected


@pytest.mark.parametrize("line", [
    "Gunmen kill 12 in 2023 attack on market",
    "The Cradle",
    "Police said the 2019 law was used to detain 40 people.",
    "",
])
def test_lines_that_are_not_datelines(line):
    assert parse_dateline(line) is None


def test_full_header():
    text = ("Rebels seize border town after two-day battle\nThe Northern Courier\n"
            "Sat, 02 Mar 2024 09:15 UTC\nRebels captured the town of Kaya on Friday.\n")
    article = build_article(text, SOURCE)
    assert article.title == "Rebels seize border town after two-day battle"
    assert article.outlet == "The Northern Courier"
    assert article.published == datetime(2024, 3, 2, 9, 15, tzinfo=timezone.utc)
    assert article.body.startswith("Rebels captured")
    assert text[article.title_span.start:article.title_span.end] == article.title
    assert text[article.dateline_span.start:article.dateline_span.end] == "Sat, 02 Mar 2024 09:15 UTC"


@pytest.mark.parametrize("footer, published", [
    ("Published Sunday, 2 February 2025, 18:40 GMT", datetime(2025, 2, 2, 18, 40, tzinfo=timezone.utc)),
    ("Updated: 3 March 2024", datetime(2024, 3, 3, tzinfo=timezone.utc)),
    ("This story was first published on Friday, 9 May 2025.", datetime(2025, 5, 9, tzinfo=timezone.utc)),
    ("Rebels have held the town since 2012.", None),  # a year in the last line is no publication line
])
def test_a_publication_line_closing_an_undated_text_dates_it(footer, published):
    text = ("Rebels seize border town\nThe Northern Courier\n\nBAMAKO, Mali (AFP) - Rebels captured the town of "
            f"Kaya on Friday.\n\n{footer}\n")
    assert build_article(text, SOURCE).published == published


@pytest.mark.parametrize("header, body, published", [
    ("Militants storm army post\n", "OUAGADOUGOU, Feb 17 (Reuters) - Militants attacked a post on Saturday, the "
     "deadliest assault so far in 2025, sources said.", datetime(2025, 2, 17, tzinfo=timezone.utc)),
    ("Roadside bomb kills 11\nBy Jane Roe, Associated Press | Updated 3:41 PM GMT, January 18\n\n",
     "MAIDUGURI, Nigeria (AP) - A bomb hit a minibus late Saturday. It was the deadliest blast of 2026 so far.",
     datetime(2026, 1, 18, tzinfo=timezone.utc)),
    ("Militants storm army post\n", "OUAGADOUGOU, Feb 17 (Reuters) - Militants attacked a post on Saturday. The "
     "insurgency reignited in 2015.", None),  # a year named is not the running one
    ("Militants storm army post\nBy Jane Roe, Reuters | Monday, Feb 18\n\n", "OUAGADOUGOU (Reuters) - Militants "
     "attacked a post on Saturday, the deadliest assault so far in 2025.", None),  # 18 Feb 2025 was a Tuesday
])
def test_a_day_without_a_year_takes_the_year_the_text_calls_the_running_one(header, body, published):
    assert build_article(header + body, SOURCE).published == published


def test_headline_and_dateline_without_outlet():
    text = "Floods displace thousands in the delta\nMarch 5, 2024\nHeavy rain flooded villages.\n"
    article = build_article(text, SOURCE)
    assert (article.title, article.outlet) == ("Floods displace thousands in the delta", None)
    assert format_published(article.published) == "2024-03-05T00:00:00Z"


@pytest.mark.parametrize("outlet_line, outlet, dateline, published", [
    ("By Grace Atieno, Lake Region Herald - Tuesday, 14 October 2025", "By Grace Atieno, Lake Region Herald",
     "Tuesday, 14 October 2025", "2025-10-14T00:00:00Z"),
    ("Sahel Ledger | Published: 2025-11-08", "Sahel Ledger", "Published: 2025-11-08", "2025-11-08T00:00:00Z"),
    ("By Moussa Diarra | The Niger Ledger | 18 February 2025", "By Moussa Diarra | The Niger Ledger",
     "18 February 2025", "2025-02-18T00:00:00Z"),
    ("Coastal Daily — Updated Wednesday, 10 September 2025 — 09:30 GMT+3", "Coastal Daily",
     "Updated Wednesday, 10 September 2025 — 09:30 GMT+3", "2025-09-10T06:30:00Z"),
    ("Lake Basin Courier, 3 June 2025", "Lake Basin Courier", "3 June 2025", "2025-06-03T00:00:00Z"),
    ("The Delta Times, Monday, March 3, 2025", "The Delta Times", "Monday, March 3, 2025", "2025-03-03T00:00:00Z"),
    ("February 9, 2025 | Upper Nile Wire Service", "Upper Nile Wire Service", "February 9, 2025",
     "2025-02-09T00:00:00Z"),
    ("14 March 2025 — By Amina Bello, Savannah Post", "By Amina Bello, Savannah Post", "14 March 2025",
     "2025-03-14T00:00:00Z"),
])
def test_an_outlet_line_may_end_in_its_date(outlet_line, outlet, dateline, published):
    text = f"Gunmen kill four in raid on market town\n{outlet_line}\n\nGunmen raided the market on Sunday.\n"
    article = build_article(text, SOURCE)
    assert (article.title, article.outlet) == ("Gunmen kill four in raid on market town", outlet)
    assert text[article.dateline_span.start:article.dateline_span.end] == dateline
    assert format_published(article.published) == published
    assert article.body.strip().startswith("Gunmen raided")


def test_an_outlet_line_with_a_separator_and_no_date_stays_the_outlet():
    text = "Gunmen kill four in raid on market town\nThe River Post | Weekend edition\n\nGunmen raided the market.\n"
    article = build_article(text, SOURCE)
    assert (article.outlet, article.published, article.dateline_span) == ("The River Post | Weekend edition", None, None)


def test_headline_and_outlet_without_dateline():
    text = "Rebels seize border town\nDaily Ledger\nRebels captured the town on Friday, officials said.\n"
    article = build_article(text, SOURCE)
    assert (article.title, article.outlet, article.published) == ("Rebels seize border town", "Daily Ledger", None)


def test_no_header_and_a_body_dateline():
    text = ("PESHAWAR, Pakistan — A bomb exploded near a police post on Monday, killing two officers.\n"
            "Police said the device had been planted overnight.\n")
    article = build_article(text, SOURCE)
    assert (article.title, article.outlet, article.published, article.body_start) == (None, None, None, 0)
    place = article.place_dateline
    assert text[place.start:place.end] == "PESHAWAR, Pakistan"


def test_wire_dateline_with_agency_is_a_place_not_an_outlet():
    text = "Blast hits market\nWire Desk\nJune 1, 2022\nKABUL (Reuters) - A blast hit a market on Tuesday.\n"
    article = build_article(text, SOURCE)
    assert article.outlet == "Wire Desk"
    assert text[article.place_dateline.start:article.place_dateline.end] == "KABUL"


@pytest.mark.parametrize("text, place", [
    ("Court clears the minister By Jane Roe and John Doe NAIROBI, Nov 6 (Reuters) - The court said on Sunday "
     "it had closed the case against the minister.", "NAIROBI"),
    ("Share this story\nBy Jane Roe\nLAGOS (AFP) - Gunmen abducted six traders on the highway.", "LAGOS"),
    ("Court clears the minister. The judges in NAIROBI said the case was closed - for now.", None),
    # a place in capitals with an accent
    ("Bus passengers abducted\nBy Ana Ruiz Perez, Andean Wire Service\nBOGOTÁ, Colombia, Aug. 4, 2025 (AWS) — "
     "Gunmen stopped a bus on Saturday.", "BOGOTÁ, Colombia"),
])
def test_an_agency_s_dateline_after_a_scraped_headline_and_byline_is_found(text, place):
    span = build_article(text, SOURCE, parse_header=False).place_dateline
    assert (text[span.start:span.end] if span else None) == place


@pytest.mark.parametrize("line, place", [
    ("ADAMA, Ethiopia, 14 May 2021 — Soldiers fired on a crowd in the market.", "ADAMA, Ethiopia"),
    ("KISUMU, Kenya, Jan. 5, 2020 -- Police dispersed traders outside the county offices.", "KISUMU, Kenya"),
    ("BUKAVU, Congo, July 16, 2013 (AFP) - Rebels shelled the airport.", "BUKAVU, Congo"),
    ("KABUL, Nov 11 (AFP) - A truck bomb exploded outside a consulate.", "KABUL"),
    ("GOMA, Congo, Sept. 3 (Reuters) - Rebels shelled the airport.", "GOMA, Congo"),
    ("DNIPRO, Ukraine, 12 July 2025 /EEW/ — Shells hit homes in Nikopol.", "DNIPRO, Ukraine"),  # agency in slashes
    ("Wednesday, 22 October 2025 | NAMPULA — Police fired tear gas at traders.", "NAMPULA"),  # the date first
])
def test_a_wire_dateline_may_carry_a_date_after_its_place(line, place):
    text = "Soldiers fire on crowd\nWire Desk\nMay 15, 2021\n" + line + "\n"
    article = build_article(text, SOURCE)
    assert text[article.place_dateline.start:article.place_dateline.end] == place


@pytest.mark.parametrize("text, published", [
    ("Soldiers fire on crowd\nWire Desk\nADAMA, Ethiopia, 14 May 2021 — Soldiers fired on a crowd.\n",
     "2021-05-14T00:00:00Z"),
    ("Soldiers fire on crowd\nWire Desk\nADAMA, Ethiopia, May 14, 2021 —\nSoldiers fired on a crowd.\n",
     "2021-05-14T00:00:00Z"),  # the dateline on a line of its own
    ("Soldiers fire on crowd\nWire Desk\nGOMA, Congo, Sept. 3 (Reuters) - Rebels shelled the airport.\n", None),
    ("Soldiers fire on crowd\nWire Desk\nMay 15, 2021\nADAMA, Ethiopia, 14 May 2021 — Soldiers fired.\n",
     "2021-05-15T00:00:00Z"),  # the header's own dateline first
    ("Shells hit homes\nEastern Europe Wire\n\nDNIPRO, Ukraine, 12 July 2025 /EEW/ — Shells hit homes in Nikopol.\n",
     "2025-07-12T00:00:00Z"),
    ("Police fire tear gas\nBy Celso Mabunda, Chronicle\n\nWednesday, 22 October 2025 | NAMPULA — Police fired "
     "tear gas at traders on Tuesday.\n", "2025-10-22T00:00:00Z"),
    ("Bus passengers abducted\nBy Ana Ruiz Perez, Andean Wire Service\n\nBOGOTÁ, Colombia, Aug. 4, 2025 (AWS) — "
     "Gunmen stopped a bus on Saturday.\n", "2025-08-04T00:00:00Z"),
    ("Army retakes market town\nNile Courier\n\nMarch 9, 2025 (EL OBEID) – Troops entered the market town on "
     "Saturday.\n", "2025-03-09T00:00:00Z"),  # the place in brackets after the date
    ("Grenade attack on café\nHighland Standard\n\nDessie, March 4/2024 – A grenade exploded in a café on "
     "Sunday.\n", "2024-03-04T00:00:00Z"),  # the place not in capitals, a date with a year
    ("Grenade attack on café\nHighland Standard\n\nDessie, in the north – A grenade exploded on Sunday.\n", None),
])
def test_a_wire_dateline_with_a_year_dates_an_article_without_a_header_date(text, published):
    assert format_published(build_article(text, SOURCE).published) == published


def test_markdown_headline_loses_its_hashes():
    text = "# Protesters march on parliament\n\nThousands marched on Sunday.\n\nPolice watched.\n"
    article = build_article(text, SOURCE)
    assert article.title == "Protesters march on parliament"
    assert text[article.title_span.start:article.title_span.end] == article.title


def test_sentence_first_line_is_not_a_headline():
    text = "Soldiers repelled an attack on a base on Monday.\nTwo soldiers were wounded.\n"
    assert build_article(text, SOURCE).title is None


def test_metadata_title_repeated_as_first_line_is_marked():
    text = "Blast hits market\nA blast hit a market on Tuesday.\n"
    article = build_article(text, SOURCE, title="Blast hits market", parse_header=False)
    assert article.title_span.start == 0 and article.body.startswith("A blast")


@pytest.mark.parametrize("line, expected", [
    ("Last updated on 3 March 2024", "2024-03-03T00:00:00Z"),
    ("Jan 15, 2024 10:05 a.m. ET", "2024-01-15T15:05:00Z"),
    ("January 15, 2024 10:05 AM", "2024-01-15T10:05:00Z"),
])
def test_dateline_prefixes_and_zones(line, expected):
    assert format_published(parse_dateline(line)) == expected


@pytest.mark.parametrize("line, expected", [
    ("Thursday, March 5, 2026 — 09:40 GMT+3", "2026-03-05T06:40:00Z"),  # a dash between day and time; GMT+3 is east
    ("Sunday, 7 Jun 2025 | 22:15 BST", "2025-06-07T21:15:00Z"),
    ("21.04.2025 – 18:05 (local time)", "2025-04-21T18:05:00Z"),  # a local time of no named zone: as UTC
    ("Monday 3 November 2025, 08:00 (Khartoum time)", "2025-11-03T08:00:00Z"),
    ("06.04.2025", "2025-04-06T00:00:00Z"),  # numbers with dots are day first
    ("2025-04-06 07:30 UTC-5", "2025-04-06T12:30:00Z"),
    ("Tue 29 Aug 2023 08.15 BST", "2023-08-29T07:15:00Z"),  # a time written with a dot
    ("Fri 3 Mar 2023 6.40pm EST", "2023-03-03T23:40:00Z"),  # "pm" glued to the time
    ("21.04.2025 18.05", "2025-04-21T18:05:00Z"),  # a dotted date, then a dotted time
])
def test_datelines_as_outlets_print_them(line, expected):
    assert format_published(parse_dateline(line)) == expected


def test_a_separated_line_with_words_is_no_dateline():
    assert parse_dateline("Gunmen kill 12 in 2023 attack | police") is None


def test_words_ending_in_t_are_not_time_zones():
    assert parse_dateline("Blast in east 2023") is None


def test_a_zoned_dateline_keeps_the_writers_calendar_day():
    late_evening = parse_dateline("Mon, 13 Nov 2023 11:30 PM EST")
    assert format_published(late_evening) == "2023-11-14T04:30:00Z"  # printed in UTC
    assert late_evening.date().isoformat() == "2023-11-13"  # relative dates count from the writer's Monday
    assert parse_dateline("Tue, 14 Nov 2023 00:00 UTC").date().isoformat() == "2023-11-14"


@pytest.mark.parametrize("line, place", [
    ("Narsingdi, Bangladesh — Two people were killed when rival supporters clashed.", "Narsingdi, Bangladesh"),
    ("Pemba, Mozambique — Troops retook the coastal village on Wednesday.", "Pemba, Mozambique"),
    ("Beni, DR Congo — Rebels attacked a village on Saturday.", "Beni, DR Congo"),
    ("Timika, Central Papua — Gunmen shot dead two workers on Monday.", "Timika, Central Papua"),  # a region
    ("Police, Soldiers — the joint patrol met no resistance.", None),  # no country after the comma
])
def test_a_place_and_its_country_or_region_before_a_dash_open_the_body_as_a_dateline(line, place):
    text = "Two killed in clash\nWire Desk\nMay 15, 2021\n" + line + "\n"
    span = build_article(text, SOURCE).place_dateline
    assert (text[span.start:span.end] if span else None) == place


@pytest.mark.parametrize("byline", [
    "By a Staff Correspondent, The Khartoum Monitor",
    "By Staff Correspondent, The East African Observer",
])
def test_a_long_byline_with_its_outlet_is_the_outlet_line(byline):
    text = f"RSF attack on village kills 31\n{byline}\n\nPort Sudan, 28 July 2025 – The toll rose to 31.\n"
    article = build_article(text, SOURCE)
    assert article.outlet == byline and article.published is not None and article.published.day == 28


def test_a_body_sentence_opening_with_by_is_no_byline():
    text = "Fire guts market\nBy noon on Tuesday, the fire had destroyed 200 stalls in the old market.\n"
    assert build_article(text, SOURCE).outlet is None


def test_a_spanish_agency_dateline_ends_in_a_full_stop_and_dash():
    """EFE writes "Caracas, Nov 14 (EFE).- ": the place is the dateline's, and its day is no date
    of the lead sentence's event."""
    text = ("Miners killed in gold mine attack\nEFE\nThu, 14 Nov 2019 19:40 UTC\n\nLima, Nov 14 (EFE).- Gunmen killed "
            "five miners at an informal gold mine on Tuesday, officials said.\n")
    article = build_article(text, SOURCE)
    assert text[article.place_dateline.start:article.place_dateline.end] == "Lima"


def test_a_dateline_may_describe_its_region_in_lowercase_before_the_name():
    """"Hebron, occupied West Bank –": the whole is the dateline, so "occupied" tells no event."""
    text = ("Soldiers raid Hebron homes\nThe Levant Wire\nTue, 12 Nov 2024 11:30 UTC\n\nHebron, occupied West Bank – "
            "Israeli soldiers raided a dozen homes in the old city on Monday night, residents said.\n")
    article = build_article(text, SOURCE)
    assert text[article.place_dateline.start:article.place_dateline.end] == "Hebron, occupied West Bank"
