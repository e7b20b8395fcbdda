"""A ruling body's country from the place its own clause says it rules, and a bare actor's from the nationality its
apposition gives (knowledge/actor_ruled.py; issue 14, item 3: bare sectors in a sentence of several countries).
Sentences written for these tests."""
from __future__ import annotations

from tests.coded_sentences import actor_named as _one, actors_in as _actors


def test_a_participle_of_ruling_places_the_body_where_it_rules():
    # (the sentence names Turkey twice and Syria once: only the clause of ruling says whose the administration is)
    a = _one("The autonomous administration governing Raqqa said in a statement on Friday that it would resist the "
             "Turkish attacks and asked the Syrian army to protect the border with Turkey.", "source", "administration")
    assert a.code == "SYRGOV", (a.code, a.why)
    assert "its own clause says it rules ('governing Raqqa')" in a.why


def test_a_relative_clause_of_ruling_places_the_body_too():
    a = _one("The council which runs Raqqa condemned the Turkish shelling, Russian officials said.", "source",
             "council")
    assert a.code == "SYRGOV", (a.code, a.why)


def test_the_name_placed_earlier_in_the_quote_is_the_one_ruled():
    a = _one("\u201cWe will defend Kobani against the Turkish attacks and we ask the Syrian state to guard its border "
             "with Turkey,\u201d the civil authority governing Kobani said in a statement on Friday.", "source",
             "authority")
    assert a.code == "SYRGOV", (a.code, a.why)


def test_a_body_that_is_ruled_or_a_force_in_control_takes_nothing_from_the_clause():
    for text in ("The council the Turks govern in Jarablus arrested three men, Syrian activists said.",
                 "The local council governed by Turkey in Azaz condemned the Syrian government."):
        for a in _actors(text, "source"):
            assert "clause says it rules" not in (a.why or ""), (a.code, a.why)
    a = _one("Soldiers controlling Afrin arrested dozens of people, Turkish officials said.", "source", "soldiers")
    assert "clause says it rules" not in (a.why or ""), (a.code, a.why)


def test_an_apposition_gives_the_bare_actor_its_nationality():
    a = _one("The commander, a Syrian general, accused Turkish troops of crossing the border into Iraq.", "source",
             "commander")
    assert a.code == "SYRMIL", (a.code, a.why)
    assert "from its apposition 'a Syrian general'" in a.why


def test_a_supporter_in_the_apposition_gives_no_country():
    a = _one("The commander, a Turkish-backed rebel, accused Syrian troops of shelling the town near the Iraqi "
             "border.", "source", "commander")
    assert "apposition" not in (a.why or ""), (a.code, a.why)
