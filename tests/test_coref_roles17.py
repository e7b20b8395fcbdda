"""Sources and targets by role, written for these tests (issue 14, wrong source / wrong target): a body named with
"our" inside a quote is the speaker's side (knowledge/coref_quotes.speakers_body); a reflexive object is the subject
of its own or its controlling clause, never a party named in a clause beside it (CorefBound._reflexive); the object
pronoun of a verb coordinated with another stands for that verb's object (CorefChoice._choose, parallel object);
"who" on a noun of origin ("with Moroccan heritage, who") is the person, not the origin (Coref._attribute_owner);
and a people's body ("Kurdish forces") in a story set
elsewhere takes the homeland the story's sentences about the people name (people_country.people_story_homeland)."""
from __future__ import annotations

from coded_sentences import dump, events_of, exactly_at as at


def _one(evs, word):
    e = at(evs, word)
    assert e, dump(evs)
    return e[0]


def test_our_forces_in_a_quote_are_the_speakers_group():
    evs = events_of("Jihadists were encircled near Deir Hafer on Sunday. "
                    "\u201cOur forces captured two of their positions overnight,\u201d said "
                    "Kino Gabriel, the spokesman of the Syrian Democratic Forces.")
    s = _one(evs, "captured").source
    assert s is not None and s.code == "SYRREB", dump(evs)


def test_our_fighters_of_a_group_statement_are_the_group():
    evs = events_of("The Syrian Democratic Forces said on Tuesday: \u201cOur fighters stormed the last positions "
                    "held by the jihadists near the river.\u201d")
    s = _one(evs, "stormed").source
    assert s is not None and s.code == "SYRREB", dump(evs)


def test_a_reflexive_object_is_not_a_party_of_the_clause_beside_it():
    evs = events_of("French and Belgian troops will quit the area next spring. "
                    "The moment those troops pull out, their local partners will be helpless, unable to defend "
                    "themselves against the jets that France sells to Egypt.")
    for e in at(evs, "defend"):
        assert e.target is None or e.target.country not in ("FRA", "BEL"), dump(evs)


def test_an_object_pronoun_of_a_coordinated_verb_is_the_first_verbs_object():
    evs = events_of("Pakistani soldiers gathered along the frontier on Friday. "
                    "Islamabad regards the Baloch militias as a proxy of India and describes them as traitors.")
    t = _one(evs, "describes").target
    assert t is not None and t.text == "Baloch militias", dump(evs)


def test_who_after_a_noun_of_origin_is_the_person():
    evs = events_of("Amina Yusuf reportedly married a Swedish Isis fighter with Eritrean heritage, who was killed "
                    "months later in an American drone strike.")
    for e in evs:
        if e.target is not None and e.target.text == "who":
            assert e.target.country != "ERI", dump(evs)


def test_kurdish_forces_in_a_story_set_elsewhere_take_the_homeland_its_sentences_name():
    evs = events_of("A Danish woman who left Aarhus to join Isis says she wants to go home to Jutland. "
                    "She was detained by Kurdish forces after she escaped from Hajin in eastern Syria last month. "
                    "Her lawyer said the government in Copenhagen had refused to help her. "
                    "A week later she was handed over by Kurdish forces to a camp, where she lives with other "
                    "foreign women.")
    e = [x for x in at(evs, "handed over") if x.source is not None]
    assert e and e[0].source.code == "SYRKURMIL", dump(evs)
