"""A sector-only actor whose possessor is a relative clause's antecedent takes that state's country
(knowledge/actor_owner.py; issue 14, item 3), and the EU's bodies in the style that keeps only the first word
capitalised. Sentences written for these tests."""
from __future__ import annotations

from eventwire import code_text


def _actors(text, role):
    res = code_text(text, date="2022-04-11")
    assert res.status == "coded", res.reason
    return [getattr(e, role) for e in res.events if getattr(e, role) is not None]


def _one(text, role, word):
    found = [a for a in _actors(text, role) if a.text and word.lower() in a.text.lower()]
    assert found, [(a.code, a.text) for a in _actors(text, role)]
    return found[0]


def test_whose_gives_the_antecedent_country_to_a_coordinated_body():
    a = _one("Iran, whose Revolutionary Guards and militiamen are fighting alongside Assad's forces, said it "
             "would respect the truce.", "source", "militiamen")
    assert a.code == "IRNUAF"
    assert "relative clause about 'Iran'" in a.why


def test_its_in_a_relative_clause_about_a_country_named_as_a_place():
    a = _one("In Syria, where Kurdish forces have pushed into Raqqa, and in Iraq, where its military has now "
             "ousted the group from every urban centre, families have nowhere to go.", "source", "military")
    assert a.code == "IRQMIL"
    assert "'its' in a relative clause about 'Iraq'" in a.why


def test_a_group_as_antecedent_gives_no_country():
    for a in _actors("Hezbollah, whose fighters have attacked the town of Qusair, said it would stay.", "source"):
        assert "relative clause" not in (a.why or ""), (a.code, a.why)   # (a group's fighters are no state's)


def test_two_countries_as_antecedent_give_none():
    for a in _actors("Russia and Turkey, whose defence ministers met in Moscow, agreed a ceasefire.", "source"):
        assert "relative clause" not in (a.why or ""), (a.code, a.why)


def test_european_parliament_in_house_style_is_the_eu():
    a = _one("The European parliament has called on member states to take in more refugees.", "source",
             "parliament")
    assert a.code == "IGOEUREEC"
