"""Not an event and reported speech (issue 14), session 26. Sentences written for these tests.

* a doer-less passive defeat told by a speaker (a verb of saying, a quotation, an assessment or judgment noun) is
  a verdict on the war, not an act of force (coding/verdicts.outcome_verdict; non_events.tsv estimate nouns);
* a first-person "we're crushed", "I feel destroyed" tells a feeling, not a blow (verdicts.felt_blow);
* the object's act under a persuading or forcing verb that is itself only tried or planned is only sought
  ("trying to persuade the militants to relent"; clause_modality._made_to_aim), where "help" keeps the helper's
  intention (roles.tsv joint-control);
* what a class named by a present clause undergoes in the present simple is a habit or a rule ("anyone who
  criticises the president is arrested"; listed_acts.class_habit);
* V-ings listed after an option noun ("left many options untried: for example, withdrawing support ...") and a
  class of people named by what they do ("those fighting for independence") are no acts (coding/listed_acts.py);
* a coalition led with no "against" is no rallying of opposition (113.lead-opposition); embracing an idea is no
  praise, addressing violence or a crisis no speech (x.embrace-idea, x.address-issue); an act "in the name of" V-ing
  only claims a cause (complements.tsv N irrealis `name`);
* a running total of a whole people or a figure for the world is no act (coding/tallies.py).
Each has a control that stays an event.
"""
from __future__ import annotations

import pytest

from tests.coded_sentences import all_events_of, at, dump


@pytest.mark.parametrize("text, word", [
    ("The senator has challenged the president's assessment that the militants had been defeated in the valley.",
     "defeated"),
    ("The Kenyan minister said on Friday that al-Shabaab had been defeated.", "defeated"),
    ("\u201cThe insurgency is finished and the rebels have been vanquished,\u201d the general told reporters in Kabul.",
     "vanquished"),
    ("Paris disputed Washington's judgment that the jihadists were defeated in the Sahel.", "defeated"),
    ("\u201cWe're crushed,\u201d a young Iraqi fan said in a Baghdad cafe after the match.", "crushed"),
    ("\u201cI feel destroyed,\u201d the Libyan striker told the reporters after the final.", "destroyed"),
    ("Ankara spent weeks trying to persuade the Kurdish militants to withdraw from the border towns.", "withdraw"),
    ("The Qatari envoy will try to convince the Taliban to release the Afghan hostages.", "release"),
    ("Critics say Paris has left several options untried: for example, withdrawing support from the Malian junta "
     "or imposing sanctions on Bamako.", "withdrawing"),
    ("Critics say Paris has left several options untried: for example, withdrawing support from the Malian junta "
     "or imposing sanctions on Bamako.", "imposing"),
    ("Ankara says the militia answers to the same commanders as those fighting for independence inside Turkey.",
     "fighting"),
    ("The Tunisian prime minister is leading a fragile coalition in which two parties are close to the unions.",
     "leading"),
    ("The young activists in Rojava embraced a radical version of ecology.", "embraced"),
    ("Norway is one of the few donors that has provided funding to address sexual violence against men.",
     "address"),
    ("The junta's blockade of the towns is justified in the name of rooting out foreign terrorists.", "rooting"),
    ("In all, half the country's population has been displaced: four million have fled to Colombia.", "displaced"),
    ("Last year, 40,000 refugees were resettled worldwide, a third fewer than the year before.", "resettled"),
    ("In Eritrea, anyone who criticises the president is arrested.", "arrested"),
    ("In Eritrea, anyone who criticises the president is arrested.", "criticises"),
])
def test_not_an_event(text, word):
    evs = all_events_of(text)
    assert not at(evs, word), dump(evs)


@pytest.mark.parametrize("text, word", [
    ("The militants were defeated by Kenyan troops near the border, the minister said.", "defeated"),
    ("Al-Shabaab was defeated near Kismayo in 2012.", "defeated"),
    ("\u201cWe were bombed every night by the jets,\u201d a farmer from Idlib said.", "bombed"),
    ("The Turkish army forced the Kurdish militants to withdraw from the border towns.", "withdraw"),
    ("The Kenyan army drove the militants out of the town: withdrawing from the hills, they abandoned their "
     "posts.", "withdrawing"),
    ("The fate of those kidnapped by Boko Haram in Chibok remains unknown.", "kidnapped"),
    ("Saudi Arabia led a coalition against the Houthi rebels in Yemen.", "led"),
    ("Kenya's president embraced the Ugandan leader at the airport in Entebbe.", "embraced"),
    ("The Kenyan minister addressed parliament in Nairobi on Tuesday.", "addressed"),
    ("The militia killed the villagers in the name of fighting the infidels.", "killed"),
    ("Half the population of the village was killed in the massacre.", "killed"),
    ("Half the population of the town has been displaced by the Saudi-led bombing.", "displaced"),
    ("About 300,000 people have been displaced in Idlib since mid-December.", "displaced"),
    ("Eritrean police arrested those who criticised the president on Monday.", "arrested"),
])
def test_still_an_event(text, word):
    evs = all_events_of(text)
    assert at(evs, word), dump(evs)


def test_statement_of_the_verdict_stays():
    evs = all_events_of("The Kenyan minister said on Friday that al-Shabaab had been defeated.")
    assert not at(evs, "defeated")
    evs = all_events_of("The senator has challenged the president's assessment that the militants had been "
                        "defeated in the valley.")
    assert at(evs, "challenged"), dump(evs)
