"""People described, not named, as targets (issue 14, people28): "those who" with a describing clause take the sector
its verb gives (coding/described_people.py, data/coding/described_people.tsv), "target" takes people as an either-verb
(data/coding/victims.tsv), a faith's community named by its plural noun is its country's people
(data/actors/sectors.tsv), and a result verb's subject the tagger read as a verb still tells the act whose victims
the harm noun names (coding/harm_result.py)."""
from coded_sentences import at, dump, events_of


def _target(text, word):
    evs = at(events_of(text), word)
    assert evs and evs[0].target is not None, dump(events_of(text))
    return evs[0].target


def test_those_who_try_to_flee_are_civilians():
    t = _target("Government troops have encircled the town of Kafr Batna in Syria. Army snipers target those who "
                "try to flee across the fields.", "target")
    assert t.code == "SYRCVL", (t.code, t.why)
    assert "flee" in t.why


def test_those_who_protested_are_protesters():
    t = _target("Riot police in Nairobi beat those who protested outside parliament on Thursday.", "beat")
    assert t.code == "KENOPP", (t.code, t.why)
    assert "described_people" in t.why


def test_those_who_did_not_protest_stay_civilians():
    t = _target("Riot police in Nairobi beat those who did not protest outside parliament on Thursday.", "beat")
    assert t.sector == "CVL", (t.code, t.why)


def test_faith_community_by_plural_noun():
    t = _target("The Iraqi prime minister travelled to Anbar province on Monday. He met Sunnis in Ramadi and promised "
                "more jobs.", "met")
    assert t.code == "IRQCVL", (t.code, t.why)


def test_faith_community_expelled():
    t = _target("Islamic State militants expelled Christians from villages near Mosul in northern Iraq.", "expelled")
    assert t.code == "IRQCVL", (t.code, t.why)


def test_result_noun_after_misread_strike_noun():
    evs = at(events_of("Medics in Idlib said the war in Syria had no end. The coalition airstrikes only led to the "
                       "killing of more civilians, they said."), "airstrikes")
    assert evs and evs[0].target is not None and evs[0].target.code == "SYRCVL", dump(evs)
    assert "whose 'killing'" in evs[0].rule, evs[0].rule


def test_targeted_men_are_no_described_people():
    evs = at(events_of("Reports from the region show that men and boys are targeted for abuse."), "targeted")
    assert not any(e.target is not None and e.target.text == "men" for e in evs), dump(evs)


def test_community_takes_no_country_from_another_party():
    t = _target("In Baghdad, the prime minister offered an olive branch to Sunnis, who asked American troops to stay.",
                "offered")
    assert t.sector == "CVL" and t.country != "USA", (t.code, t.why)


def test_community_shares_a_coordinated_possessor():
    evs = at(events_of("The president betrayed Iraq's Kurds and Shias when they demanded freedom."), "demanded")
    shias = [e for e in evs if e.source is not None and e.source.text == "Shias"]
    assert shias and shias[0].source.code == "IRQCVL", dump(evs)
