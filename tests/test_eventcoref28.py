"""Doers given in another sentence (issue 14 item 2, coding/victim_doers.py): an act of force with no doer takes the
doer of an earlier act the article told against the same victim: the same person, or the same side at the same
town by an act of the same root; never where two sides did it, nor from another place or another victim's side."""
from coded_sentences import events_of

# sentences in between that tell no act of force (so the stages that read the sentences just before find nothing)
GAP = ("The UN envoy urged restraint on all sides. Aid groups said supplies of flour were running low. "
       "Talks in Geneva are due to resume next week. ")


def _killed_last(text):
    evs = [e for e in events_of(text) if e.trigger_text == "killed"]
    assert evs, [(e.cameo, e.trigger_text) for e in events_of(text)]
    return max(evs, key=lambda e: e.sentence)


def test_same_side_at_same_town_takes_the_earlier_doer():
    e = _killed_last("Syrian government helicopters dropped barrel bombs on the market in Ariha on Monday, killing "
                     "11 civilians. " + GAP + "Medics said on Wednesday that another seven civilians had been "
                     "killed in Ariha.")
    assert e.source is not None and e.source.country == "SYR", (e.source, e.rule)
    assert "same victim before" in e.rule and "sentence 0" in e.source.why


def test_same_person_named_in_apposition_is_one_death_told_twice():
    # "Darwish was killed" four sentences on is the shooting told again: one event, the later telling its mention
    evs = events_of("Ahmed Darwish, a Syrian journalist, was shot dead by Isis gunmen in Mayadin on Friday. " + GAP +
                    "Colleagues said Darwish was killed as he filmed the market.")
    force = [e for e in evs if e.cameo.startswith(("18", "19"))]
    assert len(force) == 1 and force[0].source.code == "IMGINSISI", [(e.cameo, e.trigger_text) for e in force]
    assert [m["sentence"] for m in force[0].mentions] == [4], force[0].mentions
    assert "the same person's death told again" in str(force[0].mentions)


def test_a_death_told_again_by_the_surname_is_a_mention():
    evs = events_of("Maria Lopez, a British volunteer, was killed by a Turkish missile near Afrin on Friday. " + GAP +
                    "Friends said Lopez was killed while evacuating wounded fighters from the town.")
    killed = [e for e in evs if e.trigger_text == "killed"]
    assert len(killed) == 1 and killed[0].sentence == 0 and killed[0].mentions, [(e.sentence, e.rule) for e in killed]


def test_other_side_hit_before_lends_no_doer():
    # the rebels' earlier act was against soldiers, not civilians
    e = _killed_last("Rebels shelled an army post in Ariha on Monday, killing four soldiers. " + GAP +
                     "Medics said on Wednesday that seven civilians had been killed in Ariha.")
    assert e.source is None, (e.source, e.rule)


def test_two_sides_at_the_town_lend_no_doer():
    e = _killed_last("Syrian government jets bombed the market in Ariha on Monday, killing five civilians. Rebel "
                     "rockets struck a school in Ariha on Tuesday, killing three civilians. " + GAP +
                     "Medics said on Wednesday that seven civilians had been killed in Ariha.")
    assert e.source is None, (e.source, e.rule)


def test_another_town_lends_no_doer():
    e = _killed_last("Syrian government jets bombed the market in Ariha on Monday, killing five civilians. " + GAP +
                     "Medics said on Wednesday that seven civilians had been killed in Saraqib.")
    assert e.source is None, (e.source, e.rule)


def test_another_person_lends_no_doer():
    e = _killed_last("Ahmed Darwish, a local journalist, was shot dead by Isis gunmen in Mayadin on Friday. " + GAP +
                     "Colleagues said another reporter, Omar Haddad, was killed in Deir ez-Zor last year.")
    assert e.source is None, (e.source, e.rule)


def test_a_capture_lends_no_doer_to_a_shooting():
    e = [x for x in events_of("Sami Nour, a Lebanese volunteer, was captured by Isis fighters near Hajin in March. " +
                              GAP + "Nour was shot in the leg.") if x.trigger_text == "shot"]
    assert e and e[0].source is None, e and (e[0].source, e[0].rule)


def test_a_toll_with_no_place_of_its_own_takes_the_doer_at_the_story_town():
    e = _killed_last("Turkish jets bombed a market in the Syrian town of Afrin on Monday, killing nine civilians. "
                     "Afrin has been under attack since January. " + GAP +
                     "There have been more than 200 civilians killed since the offensive began.")
    assert e.source is not None and e.source.country == "TUR", (e.source, e.rule, e.location)


def test_an_armed_group_fought_before_lends_no_doer():
    # a group is fought by many: the rebels pushing Isis out of Hajin are no one doer of its later losses there
    evs = [x for x in events_of("US-backed rebels pushed Isis out of Hajin in December. " + GAP +
                                "Dozens of Isis fighters were killed in Hajin last week.") if x.trigger_text == "killed"]
    assert evs and evs[-1].source is None, (evs[-1].source, evs[-1].rule)


def test_two_britons_killed_are_two_deaths():
    # "British" names a person of the United Kingdom, not a person by name: two Britons' deaths stay two events
    evs = events_of("A British volunteer fighting Isis has been killed in Raqqa, his family said. " + GAP +
                    "Other Britons killed fighting Isis this year include a nurse from Leeds and a student from Hull.")
    killed = [e for e in evs if e.trigger_text == "killed"]
    assert len(killed) == 2, [(e.sentence, e.rule) for e in killed]


def test_her_death_told_again_by_a_pronoun_is_a_mention():
    evs = events_of("Maria Lopez, a British volunteer, was killed by a Turkish missile near Afrin on Friday. Supplies of "
                    "flour were running low. The town's schools have been closed since March. Many families have left "
                    "for the border. Her brother said she was killed while evacuating wounded fighters.")
    killed = [e for e in evs if e.trigger_text == "killed"]
    assert len(killed) == 1 and killed[0].source.country == "TUR", [(e.sentence, e.rule) for e in killed]
    assert killed[0].mentions and killed[0].mentions[0]["link"] == "the same person's death told again"
