"""Doers the story makes plain (issue 14, no source), written for eventwire: the nationality of a person described
before the name with a description the parser hung elsewhere ("the infant daughter of the Irish teenager X": the
name taken as an apposition of "daughter"), whose government then takes that person's citizenship or passport away;
the questioning of people told in one passive with their detention ("were detained, questioned and beaten"), done
by whoever held them; "the former"/"the latter", one of the pair named just before; a participle on an interview or
comments ("granted interviews renouncing ..."), which speaks for the one who gave them."""
from coded_sentences import at, dump, events_of

STORY = ("The plight of such families was underlined by the death of the infant daughter of the Irish teenager "
         "Aoife Byrne, who left Ireland three years ago. Byrne's citizenship was revoked in March. The decision to "
         "cancel Byrne's passport was widely criticised.")


def test_a_person_described_before_the_name_has_that_nationality():
    evs = events_of(STORY)
    revoked = at(evs, "revoked")
    assert revoked and revoked[0].target is not None and revoked[0].target.code == "IRLCVL", dump(evs)


def test_her_citizenship_revoked_is_her_states_act():
    evs = events_of(STORY)
    for word in ("revoked", "cancel"):
        got = at(evs, word)
        assert got and got[0].source is not None and got[0].source.code == "IRLGOV", dump(evs)
        assert "the state whose nationality it is" in got[0].source.why


def test_a_description_needs_a_nationality_or_group_before_it():
    evs = events_of("The plight of such families was underlined by the death of the infant daughter of the young "
                    "teenager Aoife Byrne, who left home three years ago. Byrne's citizenship was revoked in March.")
    revoked = at(evs, "revoked")
    assert all(e.source is None for e in revoked), dump(evs)


def test_questioning_told_with_the_arrest_is_by_the_captors():
    evs = events_of("Last spring, four students in Hama sprayed slogans on a school wall. The students were detained, "
                    "questioned, tortured and, their teachers later said, threatened with death.")
    asked = at(evs, "questioned")
    assert asked and asked[0].source is not None and asked[0].source.code == "SYRCOP", dump(evs)
    assert "told in the same passive" in asked[0].rule


def test_questioning_lends_no_doer():
    evs = events_of("Police in Homs interrogated the two students for hours. They were released the next day.")
    assert not any("told in the same passive" in e.rule for e in evs), dump(evs)


def test_the_latter_is_the_last_of_the_pair_named_just_before():
    evs = events_of("Relations between Cairo and Riyadh have soured over the latter's funding of the militia.")
    got = at(evs, "funding")
    assert got and got[0].source is not None and got[0].source.code == "SAUGOV", dump(evs)
    assert "'the latter' -> the last of" in got[0].source.why


def test_the_former_is_the_first_and_may_be_in_the_sentence_before():
    evs = events_of("Jordan and Qatar signed a trade accord in Amman on Monday. The former also pledged support for "
                    "the rebels in the south.")
    got = at(evs, "support") + at(evs, "pledged")
    assert got and all(e.source is not None and e.source.country == "JOR" for e in got), dump(evs)


def test_the_former_president_is_no_pointer():
    evs = events_of("Jordan and Qatar signed a trade accord in Amman. The former president criticised the accord.")
    got = at(evs, "criticised")
    assert got and not any("'the former' ->" in (e.source.why or "") for e in got if e.source), dump(evs)


def test_a_participle_on_an_interview_speaks_for_the_one_who_gave_it():
    evs = events_of("The French teenager Lea Martin granted several interviews renouncing her links with France.")
    got = at(evs, "renouncing")
    assert got and got[0].source is not None and got[0].source.code == "FRACVL", dump(evs)
    assert "author of 'interview'" in got[0].rule


def test_a_participle_on_comments_speaks_for_their_maker():
    evs = events_of("Jordan's king made comments criticising Qatar.")
    got = at(evs, "criticising")
    assert got and got[0].source is not None and got[0].source.country == "JOR", dump(evs)


def test_western_on_an_act_noun_is_the_western_states():
    evs = events_of("Cuba and Venezuela denounced recent Western threats to carry out air raids against Nicaragua.")
    got = at(evs, "carry out")
    assert got and got[0].source is not None and got[0].source.code == "IGOWST", dump(evs)


def test_western_as_a_direction_is_no_actor():
    evs = events_of("Rebel fighters shelled the western suburbs of Mosul on Friday.")
    assert not any(a is not None and a.code == "IGOWST" for e in evs for a in (e.source, e.target)), dump(evs)
