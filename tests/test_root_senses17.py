"""A verb's root chosen by the class of its object or by its construction (issue 14, wrong root), session 17.
Sentences written for these tests.

* release: a document or recording made public (a report, a video, an account, a summary; argument_kinds.tsv
  `document`) is a statement (010); people released are a release (0841); an album or figures are no event;
* a portion as the object ("most of the policy", "three of the hostages", "one of several released by"): the noun it is a
  portion of gives the sense (coding/portions.py);
* a preposition left at the end of a relative clause ("the forces who we fought alongside"): the noun is its object,
  so fighting alongside is military cooperation (062), not fighting the forces (190) (coding/stranded.py);
* a ban named by what it stops ("travel ban", "visa ban") is a sanction (163), a bare ban an administrative one (172),
  not a ban on parties (1722);
* pass: a law or bill passed names no other party (no event); a resolution passed stays an endorsement (051);
* charge: a price charged (a sum, `money`) is no legal charge (173); charging at a crowd is repression (175);
* strip of: of ground is force (190), of dignity no act; fight elections or wrongs, destroy goodwill or a deal: no
  act of force;
* an operation or mission named as relief by its modifier ("surgical operations", "a rescue mission") carried out or
  launched is aid (073), not an attack (190); hit or struck by a ban or sanctions is a sanction (163); troops sent to
  a peacekeeping mission keep the peace (074); one's own post taken ("taking his position") is no ground taken.
"""
from __future__ import annotations

import pytest

from eventwire.coding.lexicon import default_lexicon
from tests.coded_sentences import all_events_of, at, dump, events_of


def roots(text, word):
    evs = all_events_of(text)
    return [e.cameo for e in at(evs, word)], dump(evs)


@pytest.mark.parametrize("text, word, want", [
    # a document or recording made public: a statement
    ("The Bolivian and Chilean governments released conflicting accounts of the border incident.", "released", "010"),
    ("The summary released by the IAEA on Monday does not name the second facility.", "released", "010"),
    ("Al-Shabaab released a video showing the captured Kenyan soldiers.", "released", "010"),
    ("The footage is one of only a few released by the cartel this year.", "released", "010"),
    # people released: a release
    ("Venezuela released two Colombian fishermen on Thursday.", "released", "0841"),
    ("The kidnappers released three of the hostages near Gao.", "released", "0841"),
    # fighting alongside, with the preposition left at the end of a relative clause: cooperation
    ("Nobody will trust the Chadian units who we fought alongside in the desert.", "fought", "062"),
    ("The Tuareg militia, which the French commandos fought alongside, was disbanded.", "fought", "062"),
    # a ban named by what it stops: a sanction; a bare ban: an administrative one
    ("Venezuela is one of the countries hit by the Peruvian travel ban.", "ban", "163"),
    ("Two bands cancelled their tours after Canberra's visa ban on the island.", "ban", "163"),
    ("The Thai junta's ban on the student union angered students.", "ban", "172"),
    # a price asked is no legal charge; charging at a crowd is repression
    ("Police charged at the farmers blocking the highway outside Lima.", "charged", "175"),
    # stripped of ground: force
    ("A weakened al-Shabaab, stripped of its towns in the south, retreated to the forests.", "stripped", "190"),
    # a resolution passed stays an endorsement
    ("The African Union passed a resolution backing the Sudanese transition.", "passed", "051"),
    # operations or missions named as relief by their modifier: aid, not attacks; military ones stay attacks
    ("The Kenyan air force carried out surgical operations for displaced families in Turkana.", "carried", "073"),
    ("The Chilean navy launched a rescue mission for the stranded Bolivian fishermen.", "launched", "073"),
    ("The Malian army carried out operations against the jihadists near Gao.", "carried", "190"),
    # issued: a document is a statement, an appeal an appeal (no complaint); a plan passed to someone a statement
    ("The annual threat assessment issued by Brazilian intelligence agencies stressed that gangs were active.",
     "issued", "010"),
    ("The Chilean defence minister resigned, issuing a letter of resignation critical of the president.", "issuing",
     "010"),
    ("The Colombian peace plan was passed to the Venezuelan foreign minister on Tuesday.", "passed", "010"),
    # troops sent to or on a peacekeeping mission: peacekeeping (074), not a deployment (154)
    ("Uruguay is sending 300 soldiers to the UN peacekeeping operation in Haiti.", "sending", "074"),
    ("Fiji sent a battalion to Lebanon on a peacekeeping mission last year.", "sent", "074"),
    ("Russia sent troops to the border with Ukraine.", "sent", "154"),
    # a ban lifted stays an easing (081), also a compound ban with its own noun row
    ("The Brazilian president lifted a travel ban imposed on Haitian citizens.", "lifted", "081"),
    # hit or struck by a measure: a sanction, not force
    ("Venezuela is one of the countries hit by Peru's new travel ban.", "hit", "163"),
    ("Iran was hit with fresh American sanctions on Tuesday.", "hit", "163"),
])
def test_root_by_object_class(text, word, want):
    got, evs = roots(text, word)
    assert got and all(c == want for c in got), (got, evs)


@pytest.mark.parametrize("text, word", [
    # no event: entertainment, economic figures, lawmaking, a price, figures of speech
    ("The Lebanese singer released a new album in Beirut on Friday.", "released"),
    ("The Chilean parliament passed a bill raising the pension age.", "passed"),
    ("Smugglers charged each Eritrean family $3,000 for the crossing to Libya.", "charged"),
    ("The two Kenyan parties fought elections in 2007 and shared power afterwards.", "fought"),
    ("The Bolivian president vowed to fight against corruption and injustice.", "fight"),
    ("The border closure will destroy the remaining goodwill between Lima and La Paz.", "destroy"),
    ("The new Brazilian president wants to destroy the trade agreement with Argentina.", "destroy"),
    ("The detainees said they had been stripped of their dignity by the guards.", "stripped"),
    ("A Peruvian judge struck down most of the government's policy on mining.", "struck"),
    # one's own post taken is no ground taken (x.take-own-post), also past the modifier "White House"
    ("Before taking her State Department position, the lawyer urged sanctions on Caracas.", "taking"),
])
def test_no_event_by_object_class(text, word):
    got, evs = roots(text, word)
    assert not got, (got, evs)


def test_stranded_preposition_is_the_relative_nouns_phrase():
    evs = events_of("Malian officials praised the Chadian units which the French troops fought alongside.")
    got = [e for e in at(evs, "fought")]
    assert got and all(e.cameo == "062" and e.target is not None and e.target.country == "TCD" for e in got), dump(evs)


def test_document_and_money_kinds_come_from_the_data_file():
    lex = default_lexicon()
    assert "document" in lex.word_kinds("report") and "document" in lex.word_kinds("footage")
    assert "money" in lex.word_kinds("fee")
    assert lex.match_verb("release", args={"obj": ("account", frozenset({"document"}))})[0].cameo == "010"
    assert lex.match_verb("release", args={"obj": ("hostage", frozenset({"actor", "person"}))})[0].cameo.startswith("084")
    assert lex.match_verb("charge", args={"obj": ("family", frozenset({"people"})),
                                          "oprd": ("3,000", frozenset({"money"}))}) == []
    assert lex.match_noun("travel-ban")[0].cameo == "163"
    assert lex.match_noun("ban")[0].cameo == "172"
