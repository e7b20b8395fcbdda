"""`Actor.national`: the one constructor of a country's actor or one of its sectors (model.py)."""
from __future__ import annotations

from eventwire.model import Actor


def test_a_country_and_a_sector_make_the_code_in_that_order():
    a = Actor.national("PER", "MIL", text="Peruvian troops", start=4, end=19, kind="country", why="demonym")
    assert (a.code, a.country, a.sector) == ("PERMIL", "PER", "MIL")
    assert (a.text, a.start, a.end, a.kind, a.why) == ("Peruvian troops", 4, 19, "country", "demonym")


def test_a_country_with_no_sector_is_the_country_alone():
    a = Actor.national("NPL")
    assert (a.code, a.country, a.sector) == ("NPL", "NPL", None)
    assert Actor.national("NPL", "").code == "NPL"


def test_a_sector_with_no_country_keeps_the_bare_sector_code():
    a = Actor.national(None, "CVL", name="residents")
    assert (a.code, a.country, a.sector, a.name) == ("CVL", None, "CVL", "residents")
    assert a.home() == "CVL"
