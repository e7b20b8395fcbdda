"""A warning that the speaker's side brands people outcasts (issue 14, wrong root): "the government warned it would
treat any citizen who joins the militia as a traitor", "the junta warned that it considers deserters enemies" is a
threat (13) aimed at those people, not a gloomy forecast (012): the speaker says what its side will do to them.

`brands_outcasts` is asked by coding/clause_senses.py (`clause_kinds`) of a "that" clause: a `branding` verb
(argument_kinds.tsv: consider, treat, regard, deem) whose subject is the speaker's own side (a pronoun, or the
speaker's own noun again) and whose label (an object predicate, "as X", "to be X") is an `outcast` word (traitor,
enemy, terrorist, legitimate target). Not negated, and never a label for someone else's view ("warned that
Washington regards Iran as an enemy" names no act of the speaker's side).
"""
from __future__ import annotations

_OWN_PRONOUNS = frozenset({"it", "we", "they", "i"})


def _label(coder, verb):
    """The outcast label a branding verb gives, or None: an object predicate, an "as" object or a "to be" attribute
    anywhere in the clause's own words (the parser may hang "as traitors" on a relative clause inside the object)."""
    for t in verb.subtree:
        if t is verb or "outcast" not in coder.lex.word_kinds(t.lemma_.lower()):
            continue
        if t.dep_ in ("oprd", "attr") or (t.dep_ == "pobj" and t.head.lower_ == "as") \
                or (t.dep_ == "dobj" and t.head is verb and sum(c.dep_ == "dobj" for c in verb.children) > 1):
            return t
    return None


def brands_outcasts(coder, verb) -> bool:
    """Whether the clause headed by `verb` is the speaker's side branding people outcasts (module doc)."""
    if "branding" not in coder.lex.word_kinds(verb.lemma_.lower()) or verb.dep_ not in ("ccomp", "xcomp", "conj"):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is None or speaker is None:
        return False
    own = subj.lower_ in _OWN_PRONOUNS or subj.lemma_.lower() == speaker.lemma_.lower()
    if not own:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and _label(coder, verb) is not None and _label(coder, verb) is not obj


def branded_parties(coder, pred) -> list:
    """The people a warning's "that" clause brands outcasts (its branding verb's object), the party the warning, a
    threat, is aimed at; [] for any other clause."""
    from eventwire.coding.clause_senses import _chain
    out = []
    for c in pred.children:
        if c.dep_ != "ccomp" or c.pos_ not in ("VERB", "AUX"):
            continue
        last = _chain(c)[-1]
        if brands_outcasts(coder, last):
            out.extend(o for o in last.children if o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN"))
    return out
