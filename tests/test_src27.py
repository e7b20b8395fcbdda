"""Wrong sources read for issue 14, session 27: sentences written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_of


def _one(evs, word):
    got = at(evs, word)
    assert len(got) == 1, dump(evs)
    return got[0]


# --- a relative clause after a restrictive participle with a by-agent (coding/aside_relative.py) --------------------

def test_relative_after_participle_is_the_adversary_not_its_trainer():
    evs = events_of("Government troops fought an adversary trained and armed by Washington, which had driven the "
                    "militants out of the valley last year.")
    e = _one(evs, "driven")
    assert e.source is None or e.source.country != "USA", dump(evs)
    assert "participle aside" in e.rule


def test_relative_after_participle_is_the_coalition_not_its_backer():
    evs = events_of("The rebels clashed with a coalition backed by Turkey, which had seized the border town of "
                    "Kobani in March.")
    e = _one(evs, "seized")
    assert e.source is None or e.source.country != "TUR", dump(evs)


def test_relative_after_coordinated_participles_is_the_alliance():
    evs = events_of("Police arrested members of an alliance led by the Muslim Brotherhood and backed by Qatar, which "
                    "staged protests in Cairo on Friday.")
    e = _one(evs, "staged")
    assert e.source is not None and e.source.code != "QAT", dump(evs)


def test_relative_after_participle_on_a_thing_is_the_agent():
    evs = events_of("A video released by the Red Cross, which has condemned the shelling, showed wounded children "
                    "in Aleppo.")
    e = _one(evs, "condemned")
    assert e.source is not None and "Red Cross" in e.source.text, dump(evs)


def test_relative_after_participle_on_a_sector_word_keeps_the_agent():
    evs = events_of("Houthi fighters attacked a militia funded by Iran, which has denied sending weapons to Yemen.")
    e = _one(evs, "denied")
    assert e.source is not None and e.source.code == "IRN", dump(evs)


# --- a person described in apposition by a nationality and no office (knowledge/unknown_origin.apposed_national) ---

def test_singer_of_a_national_band_is_a_private_person():
    evs = events_of("Liam Doherty, lead singer of the Irish band The Crows, condemned the air strikes on Idlib.")
    e = _one(evs, "condemned")
    assert e.source is not None and e.source.code == "IRLCVL", dump(evs)
    assert e.source.text == "Liam Doherty" and "apposition" in e.source.why


def test_founder_of_a_national_firm_is_a_private_person():
    evs = events_of("Sofia Marchetti, founder of an Italian fashion house, criticised the Egyptian government on "
                    "Tuesday.")
    e = _one(evs, "criticised")
    assert e.source is not None and e.source.code == "ITACVL", dump(evs)


def test_apposed_office_keeps_the_state():
    evs = events_of("Hans Weber, spokesman for the German foreign ministry, condemned the execution.")
    e = _one(evs, "condemned")
    assert e.source is not None and e.source.code == "DEUGOV", dump(evs)
    evs = events_of("Jean Dupont, a French diplomat, condemned the attack on the convoy.")
    e = _one(evs, "condemned")
    assert e.source is not None and e.source.code == "FRAGOV", dump(evs)


# --- a participle going on with the relative clause before it (coding/relative_participle.py) ---------------------

def test_participle_after_relative_clause_is_its_nouns():
    evs = events_of("Damascus handed its defence to Russia and Iran, who have pushed its army to victory, destroying "
                    "much of the country and striking deals with local militias.")
    got = at(evs, "destroying")
    assert {e.source.code for e in got if e.source} == {"RUS", "IRN"}, dump(evs)
    assert "going on with the relative clause" in got[0].rule


def test_participles_after_relative_clause_coordinated():
    evs = events_of("The Malian junta handed its security to Russian mercenaries, who have pushed the rebels out of "
                    "Kidal, looting villages and killing dozens of herders.")
    for word in ("looting", "killing"):
        e = _one(evs, word)
        assert e.source is not None and e.source.code == "RUSUAF", dump(evs)


def test_no_mutual_deal_where_with_names_the_partner():
    evs = events_of("Damascus handed its defence to Russia and Iran, who have pushed its army to victory, "
                    "regularly striking deals with factions without informing it.")
    got = at(evs, "striking")
    assert {e.source.code for e in got if e.source} == {"RUS", "IRN"}, dump(evs)
    assert all(e.target is None or e.target.code not in ("RUS", "IRN") for e in got), dump(evs)


def test_result_of_an_attack_stays_the_attackers():
    evs = events_of("The army fired on the fighters who had crossed the border, killing 12.")
    assert not any(e.source is not None and e.source.text == "fighters" for e in evs), dump(evs)


def test_speech_participle_after_relative_clause_is_the_speakers():
    evs = events_of("The minister visited the refugees who had fled the fighting, promising them new homes.")
    e = _one(evs, "promising")
    assert e.source is not None and e.source.text == "minister", dump(evs)


# --- a place named inside a quotation does not place its speaker (knowledge/coref_quotes.py) ----------------------

def test_place_in_quote_is_not_the_speakers_country():
    evs = events_of("Senior officials in Washington said American troops could not finish the war alone. “The "
                    "militants are digging in along the border with Iraq, and we will keep arming the Kurdish forces,” "
                    "one senior official said.")
    e = _one(evs, "arming")
    assert e.source is not None and e.source.country != "IRQ", dump(evs)


def test_body_with_its_backer_acts_itself():
    evs = events_of("Iraqi troops clashed with an alliance backed by Iran, which had seized the border crossing in "
                    "March.")
    assert not any(e.source is not None and e.source.country == "IRQ" for e in at(evs, "seized")), dump(evs)
    assert not any(e.source is not None and e.source.country == "IRN" for e in at(evs, "seized")), dump(evs)
