"""An object pronoun the parser made the subject of the infinitive after a verb ("allowing them to keep buying",
"let him go", "helped them flee") is that verb's object: bound as an object, so it is not the verb's subject nor the
subject that a participle or controlled verb takes from the clause above ("The ministry exempted the firms, allowing
them to ...": not the ministry), and it takes no bonus as a subject parallel to an earlier subject
(CorefClause._object_subject, used by CorefChoice._choose). A "he" or "she" who says a quoted clause cannot be
"they", so the subject of that clause is the sentence's actor for a "they" after it (CorefChoice._rival_sentences).
Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import dump, events_of, exactly_at as at


def test_allowing_them_after_an_object_is_not_the_subject_above():
    evs = events_of("The Belgian government exempted nine refineries from its sanctions last week, allowing them to "
                    "keep importing crude from Iran until June.")
    for e in at(evs, "importing"):
        assert e.source is None or e.source.country != "BEL", dump(evs)


def test_allowed_them_to_attack_is_the_armed_not_the_one_who_armed():
    evs = events_of("The Ruritanian government armed the tribal militias in the east and allowed them to attack "
                    "Kurdish villages near the river.")
    e = at(evs, "attack")
    assert e and e[0].source is not None and e[0].source.sector == "UAF", dump(evs)


def test_a_subject_pronoun_with_its_own_tense_keeps_the_clause_above():
    evs = events_of("The Belgian government said it would impose new sanctions on Iranian banks in June.")
    s = at(evs, "impose")
    assert s and s[0].source is not None and s[0].source.country == "BEL", dump(evs)


def test_they_after_he_said_takes_the_subject_of_what_he_said():
    # a "he" or "she" who speaks cannot be "they": the subject of the clause reported is the sentence's actor, not an
    # object named further on
    evs = events_of("The search for the missing men falls on the Popular Mobilization Units, a coalition of Shia "
                    "militias, an official said. “The PMU is responsible for finding the men held in al-Qaida jails, "
                    "because it now holds the towns that were run by the jihadists,” he said. “They have also "
                    "arrested dozens of al-Qaida commanders.”")
    e = at(evs, "arrested")
    assert e and e[0].source is not None and e[0].source.code == "IRQMIL", dump(evs)
