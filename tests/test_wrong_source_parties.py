"""Issue 14 (wrong source): another party of the clause taken as the doer.

- "President Aliyev said his troops would liberate ...": an act to come that a leader announces of his own forces is
  his threat or promise (coding/speaker_forces.py), not the troops'.
- "The Swedish minister wrote to Wang Yi urging China to ...", "sent a letter to Defence Secretary X asking for":
  the parser made the addressee the subject of the gerund; the letter's writer asks (coding/addressed_writer.py).
- "Theresa May (later ousted as prime minister) said ...": a bracketed participle is said of the name before it,
  its patient, not its doer (coding/bracketed_participle.py).

Every sentence here was written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_of


def _sources(evs, word):
    return [e.source.code if e.source is not None else None for e in at(evs, word)]


def test_leader_announcing_his_troops_act_is_the_source():
    evs = events_of("In a televised address, President Aliyev said his troops would liberate every village of the region.")
    srcs = _sources(evs, "liberate")
    assert srcs == ["AZEGOV"], dump(evs)


def test_president_noun_announcing_his_army_act():
    evs = events_of("The Kenyan president said his army would crush al-Shabaab in the border towns.")
    srcs = _sources(evs, "crush")
    assert srcs and all(s == "KENGOV" for s in srcs), dump(evs)


def test_another_sides_troops_stay_a_prediction_not_the_speaker():
    # not the speaker's own forces: never the speaker as the doer
    evs = events_of("President Aliyev said Armenian troops would attack the villages.")
    assert all(s is None or not s.startswith("AZE") for s in _sources(evs, "attack")), dump(evs)


def test_past_act_of_his_troops_keeps_the_troops():
    evs = events_of("President Aliyev said his troops had liberated three villages.")
    srcs = _sources(evs, "liberated")
    assert srcs and all(s == "AZEMIL" for s in srcs), dump(evs)


def test_writer_not_addressee_urges():
    evs = events_of("The Swedish foreign minister wrote to Foreign Minister Wang Yi urging China to free the publisher.")
    srcs = _sources(evs, "urging")
    assert srcs and all(s == "SWEGOV" for s in srcs), dump(evs)


def test_letter_to_a_secretary_asking_is_not_the_secretarys_request():
    evs = events_of("Senator Maria Lopez sent a letter to Defence Secretary James Mattis asking for records of the "
                    "arms sales.")
    assert all(e.source is None or e.source.text != "James Mattis" for e in at(evs, "asking")), dump(evs)


def test_bracketed_participle_is_said_of_the_name():
    evs = events_of("Back then, Theresa May (later ousted as prime minister) said the war was over.")
    assert all(e.source is None or e.source.text != "Theresa May" for e in at(evs, "ousted")), dump(evs)


def test_name_doing_the_act_itself_keeps_it():
    evs = events_of("Theresa May sacked her defence secretary on Wednesday.")
    srcs = _sources(evs, "sacked")
    assert srcs and all(s == "GBRGOV" for s in srcs), dump(evs)


def test_name_before_a_bracketed_participle_does_the_main_verb():
    evs = events_of("Back then, Theresa May (later ousted as prime minister) criticised Russia.")
    srcs = _sources(evs, "criticised")
    assert srcs and all(s == "GBRGOV" for s in srcs), dump(evs)
