"""Actor phrases read by their head; acts named by nouns as arguments; support frames (issue 14, item 1).

Every sentence here was written for these tests."""
from __future__ import annotations

from eventwire.knowledge.actors import ActorKB
from eventwire.knowledge.phrase_sides import onlooker_after
from coded_sentences import at, events_on, sides_at


events_of = events_on("2020-06-01", checked=False)


dyads = sides_at


def _kb():
    return ActorKB.load()


# --- a sector word before an onlooker noun is no actor of its sector ---------------------------------------------

def test_onlooker_after_a_sector_word():
    assert onlooker_after("military analysts warned", len("military"))
    assert onlooker_after("security-experts", len("security"))
    assert not onlooker_after("military officials said", len("military"))


def test_a_sector_modifier_of_an_onlooker_gives_no_sector():
    kb = _kb()
    a = kb.resolve_phrase("Defence analysts")
    assert a is None or a.sector is None
    a = kb.resolve_phrase("Peruvian military analysts")
    assert a is not None and a.code == "PER"
    # a member of the body keeps it
    assert kb.resolve_phrase("Peruvian military officials").code == "PERMIL"


def test_commentators_named_by_a_sector_word_are_no_military_source():
    evs = events_of("Military analysts in Lima warned that the new border policy could backfire.")
    assert not [e for e in at(evs, "warned") if e.source is not None and e.source.sector == "MIL"]


def test_critics_of_the_government_are_not_the_government():
    evs = events_of("Government critics were detained in Caracas on Thursday.")
    assert not [e for e in evs if e.target is not None and e.target.sector == "GOV"]


# --- an act named by a noun is no actor; its doer stands for it ---------------------------------------------------

def test_the_doer_of_a_backed_campaign_is_the_target():
    evs = events_of("The African Union backs the campaign by the Kenyan army.")
    assert [e for e in at(evs, "backs") if e.target is not None and e.target.code == "KENMIL"]
    assert not [e for e in evs if e.target is not None and e.target.sector == "PTY"]


def test_a_campaign_launched_is_not_a_party():
    evs = events_of("Ethiopia launched the Tigray campaign in November.")
    assert at(evs, "launched")
    assert not [e for e in evs if e.target is not None and e.target.sector == "PTY"]


def test_a_sector_word_modifying_an_act_is_no_target():
    evs = events_of("Norway refused to back military action in the Sahel.")
    assert not [e for e in evs if e.target is not None and e.target.code in ("MIL", "NORMIL")]


def test_a_response_to_an_act_noun_takes_its_author():
    # (what was there before, and must stay: "rejected X's demand")
    assert ("CHL", "BOL") in dyads(events_of("Chile rejected Bolivia's demand for access to the sea."), "rejected")


def test_a_body_noun_stays_an_actor():
    evs = events_of("Ghana praised the Nigerian-led coalition for its restraint.")
    assert [e for e in at(evs, "praised") if e.target is not None and e.target.country == "NGA"]


# --- support frames -----------------------------------------------------------------------------------------------

def test_the_supported_are_the_target_of_the_support():
    evs = events_of("The Malian soldiers, advancing with French air support, retook the airfield.")
    # air support is military cooperation (062)
    sup = [e for e in evs if (e.cameo.startswith("05") or e.cameo == "062") and e.source is not None
           and e.source.country == "FRA"]
    assert sup and all(e.target is not None and e.target.code == "MLIMIL" for e in sup)
    # the supporter is no agent of what the supported did
    assert not [e for e in at(evs, "retook") if e.source is not None and e.source.country == "FRA"]


def test_whom_one_fights_with_the_support_of_is_no_enemy():
    evs = events_of("The rebels, fighting with Rwandan air support, took the ridge.")
    assert not [e for e in evs if e.cameo.startswith("19") and e.target is not None and e.target.country == "RWA"]
    assert not [e for e in evs if e.cameo.startswith("19") and e.source is not None and e.source.country == "RWA"]


# --- the craft an attack came from names its doer ------------------------------------------------------------------

def test_a_from_phrase_of_the_craft_names_the_doer():
    evs = events_of("Twelve farmers were killed near Kidal by airstrikes from Algerian and Libyan jets.")
    srcs = {e.source.code for e in at(evs, "killed") if e.source is not None}
    assert {"DZAMIL", "LBYMIL"} <= srcs


def test_a_dash_joined_backer_is_no_misread_verb():
    # "UN–backed" with an en dash: a modifier naming the backer, not "backed" done by the subject named before it
    evs = events_of("Rebel territory has shrunk in recent months, with Mnangagwa and his Chinese-trained units now "
                    "holding the capital, and the UN–backed Ndebele militia controlling the south of the country.")
    assert not [e for e in at(evs, "backed") if e.source is not None and e.source.country == "ZWE"]


def test_a_noun_of_the_lexicon_that_names_people_stays_an_actor():
    # "prisoner" and "detainee" are also event nouns of the lexicon ("taken prisoner"); as the one acted on they are
    # people, not an act whose doer stands for them
    from eventwire import code_text
    for text in ("Soldiers shot a prisoner in the yard.", "Guards beat a detainee on Sunday."):
        evs = code_text(text).events
        assert [e.target.code for e in evs if e.target] == ["CVL"], [(e.cameo, e.target) for e in evs]
