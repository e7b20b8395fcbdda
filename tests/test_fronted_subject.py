"""Issue 14 (no source): a verb whose subject the parser hung elsewhere in its sentence (coding/fronted_subject.py).

- "There are 300 French soldiers in Mali, fighting ...": the participle hangs on "are", whose subject is the empty
  "there"; the soldiers it says are there fight.
- "Karimi overthrew the king, declared a republic and banned the party" read with "overthrew" as an adverbial
  clause: its subject is the subject of the verbs after it; "ministers, inclined to ..., criticised" read with the
  ministers as the subject of "inclined": they criticised.

Every sentence here was written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_of


def _sources(evs, word):
    return [e.source.code if e.source is not None else None for e in at(evs, word)]


def test_soldiers_there_are_do_what_the_participle_says():
    evs = events_of("There are still 300 French soldiers in Mali, fighting jihadist groups in the north.")
    srcs = _sources(evs, "fighting")
    assert srcs and all(s is not None and s.startswith("FRA") for s in srcs), dump(evs)


def test_officers_there_are_train_the_forces():
    evs = events_of("There are currently about 400 Turkish officers in that country, mostly training the local forces.")
    srcs = _sources(evs, "training")
    assert srcs and all(s is not None and s.startswith("TUR") for s in srcs), dump(evs)


def test_an_act_there_was_is_no_doer():
    # the noun "there was" introduces is an act, not an actor: no source from it
    evs = events_of("There was heavy fighting in the Ugandan town, killing dozens of civilians.")
    assert all(e.source is None or e.source.text != "fighting" for e in at(evs, "killing")), dump(evs)


def test_subject_of_the_first_of_a_series_of_acts():
    evs = events_of("In 1969 the Libyan officer Ahmed Karimi overthrew the king, declared a republic, "
                    "and banned the monarchist party.")
    srcs = _sources(evs, "banned")
    assert srcs and all(s is not None and s.startswith("LBY") for s in srcs), dump(evs)


def test_subject_of_an_aside_read_as_its_clause():
    evs = events_of("French defence and foreign ministers, usually inclined to keep disputes with Washington "
                    "private, openly criticised the American decision.")
    assert _sources(evs, "criticised") == ["FRAGOV"], dump(evs)


def test_subject_of_an_aside_read_as_the_main_clause():
    # the parser made the adjective the root and the verb its "dep"
    evs = events_of("Spanish defence and interior ministers, habitually disposed to keep rows with Rabat out of "
                    "the papers, sharply criticised Morocco's decision.")
    assert _sources(evs, "criticised") == ["ESPGOV"], dump(evs)


def test_a_clause_with_its_own_subordinator_lends_no_subject():
    # "as" opens a clause of its own: its subject did not do the main verb's act
    evs = events_of("As Ethiopian troops advanced on the town, residents of the border villages fled to Kenya.")
    assert all(s is None or not s.startswith("ETH") for s in _sources(evs, "fled")), dump(evs)


def test_subject_the_parser_read_as_the_object_of_as():
    # "as[prep] the conquering Ethiopians[pobj] ... swept in[advcl]": they swept in and exiled the residents
    evs = events_of("Many locals left as the conquering Ethiopians and their Somali proxies rolled in, exiling almost "
                    "every resident of the town.")
    srcs = _sources(evs, "exiling")
    assert srcs and all(s is not None and s.startswith("ETH") for s in srcs), dump(evs)
