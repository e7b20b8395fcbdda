"""The person a court or a state judges or sanctions, where the actor lists do not know them (issue 14, no target).

    targets, how = judged_person(cl, code, sources, targets, tgt_tok, ctx)     # asked by Coder.code_sentence

"a court in Dagestan convicted her of joining an armed group", "the group's fourth member, Aine Davis, was convicted
in Turkey", "a Paris court sentenced Petrova to ten years": the one convicted is the target even when no list knows
her and the pronoun's antecedent is such a name. An act of data/coding/judged.tsv's verbs (a verdict, a sentence, a
charge, a deportation, a ban) by a state's side (a country, or one of its sectors: coding/sides.py `STATE`), with no
target found, whose object (or passive subject) is a personal pronoun ("her", "him") or a person's name (also the
name in apposition to the object noun, "the group's fourth member, Aine Davis"), takes that person as a private
individual (CVL): of the country the story's description of the person gives ("Anwar Kassim, a Canadian nurse":
knowledge/unknown_origin.py), else, for a verdict or sentence of the state's own courts (`own-court`), of the
judging state; else (`foreign`: "deported him") of no country. The actor's `why` says which.
"""
from __future__ import annotations

from eventwire.coding.sides import STATE
from eventwire.coding.tables import kind_sets
from eventwire.model import Actor

PERSONAL = ("her", "him", "she", "he")


def _person(tok):
    """The person token an object names: a personal pronoun, a person's name, or the name in apposition to it."""
    if tok.pos_ == "PRON" and tok.lower_ in PERSONAL:
        return tok
    if tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON":
        return tok
    if tok.pos_ == "NOUN":
        return next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"),
                    None)
    return None


def _state(sources):
    return next((s for s in sources if s is not None and s.country and (s.sector in STATE or s.code == s.country)),
                None)


def judged_person(cl, code: str, sources: list, targets: list, tgt_tok, ctx) -> tuple[list, str]:
    """(targets, the rule's note): the person judged, where no target was found (module doc)."""
    if targets or tgt_tok is None or cl.kind != "verb" or code[:2] not in ("11", "17"):
        return targets, ""
    kinds = kind_sets("judged.tsv")
    lemma = cl.pred.lemma_.lower()
    own = lemma in kinds.get("own-court", ())
    if not own and lemma not in kinds.get("foreign", ()):
        return targets, ""
    state, person = _state(sources), _person(tgt_tok)
    if state is None or person is None:
        return targets, ""
    if person.pos_ == "PROPN":
        lo = min([c.i for c in person.lefts if c.dep_ == "compound"] + [person.i])
        span = person.doc[lo:person.i + 1]
    else:
        span = person.doc[person.i:person.i + 1]
    text, start, end = span.text, span.start_char, span.end_char
    why = (f"'{text}': a person the actor lists do not know, the one '{cl.pred.text}' by {state.code}: an individual "
           f"(CVL)")
    got = None
    if person.pos_ == "PROPN":
        from eventwire.knowledge.unknown_origin import person_country
        got = person_country(person, ctx)
    if got is not None:
        country, how = got[0], got[1]
    elif own:
        country, how = state.country, f"the country of the judging state ({state.code})"
    else:
        country, how = None, "no country the story gives"
    a = Actor.national(country, "CVL", name=text, entity=None, text=text, start=start, end=end, kind="person",
                       why=f"{why}; {how}")
    return [a], f"; target: the person '{cl.pred.text}' ({how}; coding/judged_people.py)"
