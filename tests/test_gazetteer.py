"""Gazetteer: build once into the cache folder, open fast, look names up, import GeoNames dump rows."""
import shutil
import time

import pytest

from eventwire.knowledge import gazetteer as g


@pytest.fixture(scope="module")
def gaz():
    return g.default_gazetteer()


def test_city_lookup_has_coordinates_country_and_region(gaz):
    c = gaz.lookup("Mosul")[0]
    assert c.country == "IRQ" and c.feature == "city"
    assert abs(c.lat - 36.34) < 0.2 and abs(c.lon - 43.12) < 0.2
    assert c.admin1 == "Nineveh"          # region name derived for a non-US country


def test_hyphenated_and_run_together_spellings(gaz):
    # "Al-Bab" for GeoNames' "Al Bab" (the same name) and "Beled Weyne" for "Beledweyne" (a weaker, alternate match)
    bab = gaz.lookup("Al-Bab")
    assert bab and bab[0].country == "SYR" and not bab[0].alt
    bw = gaz.lookup("Beled Weyne")
    assert bw and bw[0].country == "SOM" and bw[0].alt
    assert not gaz.lookup("Qxzq Vlorp")


def test_country_uses_representative_point_not_capital(gaz):
    iraq = [c for c in gaz.lookup("Iraq") if c.feature == "country"][0]
    assert (iraq.lat, iraq.lon) == (33.0, 44.0)
    us = gaz.lookup("U.S.")[0]
    assert us.country == "USA" and us.feature == "country" and abs(us.lat - 39.76) < 0.01


def test_demonym_resolves_to_country(gaz):
    c = gaz.lookup("Turkish")[0]
    assert c.country == "TUR" and c.feature == "country" and c.demonym
    assert not gaz.lookup("Turkey")[0].demonym


def test_us_state_and_abbreviation(gaz):
    la = gaz.lookup("La.")[0]
    assert la.feature == "admin1" and la.name == "Louisiana" and la.lat is not None
    kinds = {(c.feature, c.country) for c in gaz.lookup("Georgia")}
    assert ("country", "GEO") in kinds and ("admin1", "USA") in kinds


def test_accents_and_case_do_not_matter(gaz):
    assert gaz.lookup("QUÉBEC") and gaz.lookup("quebec")[0].country == "CAN"


def test_bad_input_gives_nothing(gaz):
    assert gaz.lookup("") == [] and gaz.lookup("   ") == []
    assert gaz.lookup("Xqzzyplorf") == []


def test_opening_the_built_file_is_fast(gaz):
    t = time.perf_counter()
    g.Gazetteer.open(gaz.path)
    assert time.perf_counter() - t < 1.0


def test_import_geonames_dump_adds_places_and_region_names(gaz, tmp_path):
    db = tmp_path / "gaz.sqlite"
    shutil.copy(gaz.path, db)
    dump = tmp_path / "XX.txt"
    rows = [
        ["8800001", "Qaryat Nukhba", "Qaryat Nukhba", "Nukhba Village,Nukhba", "33.1", "44.2", "P", "PPL", "IQ", "",
         "77", "", "", "", "2500", "", "40", "Asia/Baghdad", "2024-01-01"],
        ["8800002", "Wilayat Nukhba", "Wilayat Nukhba", "", "33.0", "44.0", "A", "ADM1", "IQ", "", "77", "", "", "",
         "0", "", "", "Asia/Baghdad", "2024-01-01"],
        ["8800003", "Some Hill", "Some Hill", "", "33.0", "44.0", "T", "HLL", "IQ", "", "77", "", "", "", "0", "", "",
         "Asia/Baghdad", "2024-01-01"],
        ["not a row"],
    ]
    dump.write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    n = g.import_geonames(dump, db)
    assert n == 2                              # the hill (class T) is not kept by default
    gz2 = g.Gazetteer.open(db)
    c = gz2.lookup("Nukhba Village")[0]
    assert c.geonameid == "8800001" and c.country == "IRQ" and c.admin1 == "Wilayat Nukhba"
    assert c.admin1_code == "IQ.77"
    assert gz2.lookup("Wilayat Nukhba")[0].feature == "admin1"
    assert not gz2.lookup("Some Hill")


def test_cli_lookup(capsys, gaz):
    from eventwire.knowledge import gazetteer_commands
    import argparse
    p = argparse.ArgumentParser()
    gazetteer_commands.register(p.add_subparsers(dest="command"))
    args = p.parse_args(["gazetteer", "lookup", "Aleppo", "--db", str(gaz.path)])
    assert args.func(args) == 0
    assert '"country": "SYR"' in capsys.readouterr().out


def test_regions_of_other_countries_name_their_towns(gaz):
    from eventwire.knowledge.gazetteer import km
    for town, iso3, region in (("Peshawar", "PAK", "Khyber Pakhtunkhwa"), ("Maiduguri", "NGA", "Borno"),
                               ("Mazar-i-Sharif", "AFG", "Balkh"), ("Hpa-An", "MMR", "Kayin State"),
                               ("Toronto", "CAN", "Ontario"), ("Brisbane", "AUS", "Queensland"),
                               ("Suwon", "KOR", "Gyeonggi Province")):
        c = next(c for c in gaz.lookup(town) if c.country == iso3 and c.feature == "city")
        assert c.admin1 == region, (town, c.admin1)
    # a named area that is no GeoNames first-level unit is a place but names no towns
    assert not any(c.admin1 == "Golan Heights" for c in gaz.lookup("Nazareth") if c.country == "ISR")
    a = gaz.lookup("Andhra Pradesh")[0]
    assert a.feature == "admin1" and a.country == "IND" and km(a.lat, a.lon, 15.9, 79.7) < 100


def test_admin1_is_a_name_and_admin1_code_the_geonames_code(gaz):
    """admin1 holds a region's name only (issue 17), its GeoNames code is admin1_code."""
    import sqlite3

    def city(name, iso3):
        return next(c for c in gaz.lookup(name) if c.country == iso3 and c.feature == "city")

    for town, iso3, name, code in (("Ankara", "TUR", "Ankara Province", "TR.68"), ("Houston", "USA", "Texas", "US.TX"),
                                   ("Kazan", "RUS", "Tatarstan", "RU.73"), ("Mosul", "IRQ", "Nineveh", "IQ.15")):
        c = city(town, iso3)
        assert (c.admin1, c.admin1_code, c.region) == (name, code, name), town
    # a region the data names not: no name, the code alone (and the code is what groups its towns)
    spb = city("Saint Petersburg", "RUS")
    assert spb.admin1 is None and spb.admin1_code == "RU.66" and spb.region == "RU.66"
    # a region's own row carries its code; a country none
    tx = next(c for c in gaz.lookup("Texas") if c.feature == "admin1")
    assert tx.admin1 == "Texas" and tx.admin1_code == "US.TX"
    assert gaz.country("TUR").admin1_code is None
    # nowhere in the built file is a code written as a name
    con = sqlite3.connect(gaz.path)
    assert con.execute("SELECT COUNT(*) FROM place WHERE admin1 GLOB '[A-Z][A-Z].*'").fetchone()[0] == 0
    assert con.execute("SELECT COUNT(*) FROM place WHERE feature = 'city' AND admin1_code IS NOT NULL").fetchone()[0] \
        > 200_000
