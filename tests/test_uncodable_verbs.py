"""Verbs that no lexicon row can code in their sentence are passed over before their clause is worked out
(coding/predicates.py ``_uncodable``): a reporting verb whose rows name no object word found in its parse tree, or a
verb all of whose rows need an object word none of which is there. The events are the same as when the clause was
built and then dropped."""
from __future__ import annotations

import pytest

from tests.coded_sentences import at, dump, events_of


@pytest.fixture(scope="module")
def coder():
    from eventwire.pipeline import default_pipeline
    return default_pipeline().coder


def _verb(nlp, text, word):
    return next(t for t in nlp(text) if t.text == word)


def test_said_without_an_object_word_of_its_rows_is_uncodable(coder, nlp):
    verb = _verb(nlp, "The Chilean foreign minister said on Monday that Bolivia had expelled two diplomats.", "said")
    assert coder._uncodable("say", verb)


def test_said_with_an_object_word_of_its_rows_in_its_tree_is_read(coder, nlp):
    # "say" has a row whose object word is "no": with "no" in the sentence the clause must still be read
    verb = _verb(nlp, "Asked about the loan, the Ghanaian finance minister said no.", "said")
    assert "no" in coder.lex.object_words("say")
    assert not coder._uncodable("say", verb)


def test_claimed_responsibility_is_read_and_coded(coder, nlp):
    # "claim" is a reporting verb whose rows name "responsibility": the clause is read, and it codes
    text = "In Mombasa a Somali militant group claimed full responsibility for bombing a police post."
    assert not coder._uncodable("claim", _verb(nlp, text, "claimed"))
    assert [e.cameo for e in at(events_of(text), "claimed")] == ["015"], dump(events_of(text))


def test_told_has_no_object_word_and_is_uncodable_in_any_sentence(coder, nlp):
    verb = _verb(nlp, "The Kenyan interior minister told reporters in Nairobi that no arrests had been made.", "told")
    assert not coder.lex.object_words("tell")
    assert coder._uncodable("tell", verb)


def test_a_verb_that_needs_an_object_word_is_uncodable_without_one(coder, nlp):
    # every row of "return" names what is returned ("returned the antiquities"): going home names none of them
    assert coder.lex.needs_object("return")
    verb = _verb(nlp, "The Uruguayan ambassador returned to Montevideo on Friday evening.", "returned")
    assert coder._uncodable("return", verb)


def test_a_verb_that_needs_an_object_word_is_read_with_one(coder, nlp):
    text = "Belgium returned the looted antiquities to the Democratic Republic of Congo."
    verb = _verb(nlp, text, "returned")
    assert {"antiquity", "antiquities"} & coder.lex.object_words("return")
    assert not coder._uncodable("return", verb)
    assert at(events_of(text), "returned"), dump(events_of(text))


def test_an_event_noun_object_is_matched_by_its_ending(coder, nlp):
    # "join" names event nouns ("demonstration"): a word of the tree whose lemma ends one of them may be what the
    # clause's object stands for, so the clause is read
    ends = coder.lex.event_object_ends("join")
    assert "demonstration" in ends and "ration" in ends
    assert all(any(w.endswith(e) for w in coder.lex.object_words("join")) for e in ends)
    verb = _verb(nlp, "Thousands of Serbian students joined the demonstration in Novi Sad.", "joined")
    assert not coder._uncodable("join", verb)


def test_a_light_verb_or_a_verb_with_argument_kinds_is_always_read(coder, nlp):
    verb = _verb(nlp, "Turkey made no comment on the report from Ankara.", "made")
    assert "make" in coder.light_lemmas and not coder._uncodable("make", verb)
    verb = _verb(nlp, "The Dutch contingent left the base in Gao on Sunday.", "left")
    assert coder.lex.has_senses("leave") and not coder._uncodable("leave", verb)


def test_events_under_an_uncodable_said_are_still_coded():
    evs = events_of("The Chilean foreign minister said on Monday that Bolivia had expelled two diplomats.")
    assert not at(evs, "said"), dump(evs)
    expelled = at(evs, "expelled")
    assert [e.cameo for e in expelled] == ["166"] and expelled[0].source.code == "BOL", dump(evs)


def test_officials_said_police_arrested_protesters():
    evs = events_of("Officials in Lima said police arrested 14 protesters who had blocked a highway.")
    assert not at(evs, "said"), dump(evs)
    assert [e.cameo for e in at(evs, "arrested")] == ["173"], dump(evs)
    assert at(evs, "arrested")[0].source.code == "PERCOP", dump(evs)


_STORY = ("Officials in Lima said on Tuesday that police had arrested 14 protesters who blocked a highway near Cusco. "
          "The interior minister told reporters the detained would be returned to their families once charged. "
          "Bolivia returned two seized trucks to Peru, a Bolivian customs official said, and the ambassador returned "
          "to La Paz. Asked whether Peru would expel the Bolivian consul, the foreign minister said no. "
          "Peruvian rebels claimed responsibility for Saturday's raid on a police post, and thousands joined a "
          "demonstration in Arequipa, where students said they would keep up the pressure on the government.")


def test_the_same_events_with_every_clause_worked_out(monkeypatch):
    from eventwire.coding.predicates import Predicates
    from eventwire import code_text
    real = Predicates._uncodable
    skipped = []

    def counted(self, lemma, verb):
        got = real(self, lemma, verb)
        if got:
            skipped.append(lemma)
        return got
    monkeypatch.setattr(Predicates, "_uncodable", counted)
    fast = code_text(_STORY, date="2023-05-09")
    assert {"say", "tell", "return"} <= set(skipped), skipped
    monkeypatch.setattr(Predicates, "_uncodable", lambda self, lemma, verb: False)
    slow = code_text(_STORY, date="2023-05-09")
    assert fast.events and [repr(e) for e in fast.events] == [repr(e) for e in slow.events]
