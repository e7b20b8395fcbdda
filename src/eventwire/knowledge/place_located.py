"""Event location: a clause that only says where a noun of the act stands ("targeting the camps located near the
town of X", "shelled a depot situated east of X", "an assault on troops based in X").

    located_ids(trig, ids)   # the tokens of such clauses hung on the nouns in ids (event_location.py)

The parse makes such a participle or relative clause a clause of its own (acl, relcl), so the place it names falls
outside the act's own words, and a wider place the sentence names for the campaign ("launched an offensive in the
X province, targeting the camps located near Y") wins over it. Where the noun it describes is the one the act is
done to, or the act's ground, its place is where the act happened: the clause counts as the act's own words. Not a
clause that says where the doer is based ("troops based in X shelled Y": `located_object_verbs` only below the
subject; "located"/"situated" describe ground, data/places/words.tsv `located_verbs`), and not any other relative
clause ("a convoy that carried food to X": where it went, not where it was struck).
"""
from __future__ import annotations

from eventwire.knowledge.event_clause import _subject_ids, _subtree_ids
from eventwire.doc_index import dep_children, pos_array
from eventwire.knowledge.place_words import _WORDS

_LOCATED_VERBS = _WORDS["located_verbs"]
_LOCATED_OBJECT_VERBS = _WORDS["located_object_verbs"]
_RELATIVE_WORDS = frozenset({"which", "that", "where"})


def _in_doer(noun) -> bool:
    """Is noun (or a phrase it hangs in, "forces loyal to the president") a subject or a "by" phrase's doer?"""
    t = noun
    for _ in range(6):
        if t.dep_ in ("nsubj", "csubj") or t.dep_ == "pobj" and t.head.lower_ == "by":
            return True
        if t.dep_ in ("ROOT",) or t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return False
        t = t.head
    return False


def _locating(clause, noun, subject: set) -> bool:
    """Does the acl/relcl clause below noun only say where noun stands?"""
    lemma = clause.lemma_.lower()
    if lemma in _LOCATED_OBJECT_VERBS:
        if noun.i in subject or _in_doer(noun):
            return False          # where the doer is based, not where it acted ("detonated by a brigade based in X")
    elif lemma not in _LOCATED_VERBS:
        return False
    if lemma in ("base", "sit") and any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in clause.children):
        return False              # "sanctions on X based on reports from Y", "sits on the board": no ground
    if clause.dep_ == "acl":
        return clause.tag_ == "VBN" or lemma in ("lie", "sit") and clause.tag_ == "VBG"
    # a relative clause: its subject is the relative word itself ("which is located", "that lies"), with nothing
    # else done in it (no object)
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVE_WORDS for c in clause.children) \
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in clause.children)


def located_ids(trig, ids) -> frozenset:
    """The tokens of the clauses that only say where a noun among ids (the act's own words) stands, that noun's
    place being the act's ("targeting the camps located near X": "located near X"); empty where there are none."""
    out: set[int] = set()
    subject = None
    doc = trig.doc
    from spacy.symbols import NOUN, PROPN
    pos = pos_array(doc)
    for i in sorted(ids):
        if pos[i] != NOUN and pos[i] != PROPN:
            continue              # (no Token made for the words that are no noun)
        tok = doc[i]
        for k, dep in dep_children(doc)[i]:
            if dep not in ("acl", "relcl"):
                continue          # (no Token made for the other children)
            c = doc[k]
            if c.pos_ not in ("VERB", "AUX"):
                continue
            if subject is None:
                subject = _subject_ids(trig)
            if _locating(c, tok, subject):
                out |= _subtree_ids(c)
    return frozenset(out)
