"""Sources read for issue 14 (no source / wrong source), session 26: sentences written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_of


def _one(evs, word):
    got = at(evs, word)
    assert len(got) == 1, dump(evs)
    return got[0]


# --- "the former" / "the latter" whose pair has a member with no actor mention of its own -------------------------

def test_latter_of_a_pair_of_descriptions():
    evs = events_of("Rebel commanders met Turkish officers and Russian envoys on Friday, after the latter accused "
                    "the rebels of breaking the truce.")
    e = _one(evs, "accused")
    assert e.source is not None and e.source.code == "RUSGOV", dump(evs)
    assert "'the latter'" in e.source.why


def test_latter_of_a_force_and_its_proxies():
    evs = events_of("Kurdish fighters have vowed to strike back at the Turkish army and its Syrian rebel proxies "
                    "after the latter stormed the town of Jinderes, seizing control from the Kurdish militia.")
    e = _one(evs, "seizing")
    assert e.source is not None and e.source.code == "SYRREB", dump(evs)


def test_former_of_a_pair_in_the_sentence_before():
    evs = events_of("Italian diplomats and French officials argued over the migrant boats all week. "
                    "The former accused Paris of closing its ports.")
    e = _one(evs, "accused")
    assert e.source is not None and e.source.country == "ITA", dump(evs)


def test_former_president_is_no_pointer():
    evs = events_of("Russia and Turkey signed a deal on Idlib. The former president of Iran criticised the deal.")
    e = _one(evs, "criticised")
    assert e.source is None or e.source.country != "RUS", dump(evs)


# --- a noun of moving oneself: its "of" phrase moves, not the subject of the verb it hangs on ---------------------

def test_withdrawal_of_fighters_is_theirs():
    evs = events_of("Government troops entered the village of Hamrat after the withdrawal of the last Isis fighters "
                    "to the desert.")
    e = _one(evs, "withdrawal")
    assert e.source is not None and e.source.code.startswith("IMG"), dump(evs)
    assert "noun of moving" in e.rule


def test_retreat_of_troops_is_not_the_entering_side():
    evs = events_of("Kurdish fighters moved into Tal Abyad after the retreat of Turkish troops on Sunday.")
    e = _one(evs, "retreat")
    assert e.source is not None and e.source.country == "TUR", dump(evs)


def test_withdrawal_from_a_place_names_no_mover():
    evs = events_of("Kurdish fighters regrouped in Hasaka after the withdrawal from Afrin.")
    for e in at(evs, "withdrawal"):
        assert e.source is None or e.source.country != "SYR" or "noun of moving" not in e.rule, dump(evs)


# --- an aside on a portion of what was hit: "- most of them damaged -" is done to them ----------------------------

def test_portion_aside_is_no_act_of_the_speaker():
    evs = events_of("Medics in Douma say nine clinics have been shelled - most of them badly damaged - since "
                    "Friday.")
    for e in at(evs, "damaged"):
        assert e.source is None or "Medics" not in (e.source.text or ""), dump(evs)
        assert e.target is not None and "clinics" in e.target.text, dump(evs)


def test_portion_aside_after_a_comma():
    evs = events_of("Rescue workers said six schools were hit by shells on Tuesday, several of them destroyed.")
    for e in at(evs, "destroyed"):
        assert e.source is None or "workers" not in (e.source.text or ""), dump(evs)


# --- "air defences" are armed forces, not an act of defending ------------------------------------------------------

def test_air_defences_are_forces():
    evs = events_of("Syrian air defences intercepted several Israeli missiles over Damascus on Monday.")
    assert not any(e.trigger_text.startswith("defence") for e in evs), dump(evs)
    e = _one(evs, "intercepted")
    assert e.source is not None and e.source.code == "SYRMIL", dump(evs)


def test_air_defences_with_no_country_are_military():
    evs = events_of("Iranian state television said air defences had shot down a drone near the port of Bandar "
                    "Abbas.")
    e = _one(evs, "shot down")
    assert e.source is not None and e.source.sector == "MIL", dump(evs)


def test_withdrawal_of_troops_as_subject_of_began():
    evs = events_of("The withdrawal of Russian troops from the air base near Latakia began on Thursday.")
    e = _one(evs, "began")
    assert e.source is not None and e.source.code == "RUSMIL", dump(evs)


# --- forces a state has somewhere are that state's, not the country they are in ------------------------------------

def test_forces_a_country_has_abroad_are_its_own():
    evs = events_of("Germany has special forces in northern Iraq training Kurdish fighters against Isis.")
    e = _one(evs, "training")
    assert e.source is not None and e.source.code == "DEUMIL", dump(evs)


def test_forces_held_as_a_count():
    evs = events_of("Turkey maintains thousands of troops in northern Iraq fighting the PKK.")
    e = _one(evs, "fighting")
    assert e.source is not None and e.source.code == "TURMIL", dump(evs)


def test_forces_held_by_two_countries_take_neither():
    evs = events_of("Britain and France, which have special forces in northern Syria fighting Isis, were not told.")
    for e in at(evs, "fighting"):
        assert e.source is None or e.source.country not in ("GBR", "FRA") or "holds" not in (e.source.why or ""), \
            dump(evs)


# --- a state's own outlet speaks for the state: the forces it tells of are its own ---------------------------------

def test_state_media_tell_of_their_own_air_defences():
    evs = events_of("Syrian state media said air defences had shot down several Israeli missiles near Homs.")
    e = _one(evs, "shot down")
    assert e.source is not None and e.source.code == "SYRMIL", dump(evs)


def test_plain_media_are_no_state_voice():
    evs = events_of("Lebanese media said the army had shot down an Israeli drone near the border.")
    e = _one(evs, "shot down")
    assert e.source is None or "state that says it" not in (e.source.why or ""), dump(evs)


def test_air_defence_systems_are_weapons():
    evs = events_of("The navy said crews manning its new air defence systems were holding drills off Crimea.")
    assert not any(e.source is not None and "air defence" in (e.source.text or "") for e in evs), dump(evs)
