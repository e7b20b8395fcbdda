"""A letter's request the parser gave to its addressee: "the senator wrote to the defence secretary asking for ...".

After "to" and a name, a gerund may be read as the complement of "to" (pcomp) with the name as its subject: "sent a
letter to[dative] the minister[nsubj] urging[pcomp] ...". The name is whom the letter goes to; what the letter asks,
urges or demands is the writer's (roles.tsv `writing-verb`: write, send, appeal, petition; or a verb that sends a
`sent-noun` such as a letter), so the gerund takes the writer's subject.
"""
from __future__ import annotations

from eventwire.coding.clause_record import SENT_NOUNS, WRITING_VERBS


def addressed_writer(verb, subj):
    """The verb of writing or sending whose addressee `subj` the parser made the subject of the gerund `verb`, or
    None."""
    if subj is None or verb.dep_ not in ("pcomp", "acl") or verb.tag_ != "VBG" or subj.i > verb.i:
        return None
    if verb.dep_ == "pcomp":
        to = verb.head
    else:                               # "a letter[dobj] to[dative] the minister[nsubj] asking[acl, on letter]"
        if verb.head.lemma_.lower() not in SENT_NOUNS:
            return None
        to = next((t for t in (verb.head, verb.head.head) for c in t.children
                   if c.dep_ in ("dative", "prep") and c.lower_ == "to" and verb.head.i < c.i < subj.i), None)
        if to is None or any(t.pos_ in ("VERB", "AUX") for t in verb.doc[to.i + 1: subj.i]):
            return None
    if to.lower_ != "to" or to.dep_ not in ("dative", "prep") or not (to.i < subj.i < verb.i):
        return None
    writer = to.head
    if writer.pos_ == "NOUN" and writer.lemma_.lower() in SENT_NOUNS and writer.dep_ in ("dobj", "pobj", "nsubjpass"):
        writer = writer.head            # "a letter to the minister asking": the verb that sends the letter
    if writer.pos_ not in ("VERB", "AUX"):
        return None
    if writer.lemma_.lower() in WRITING_VERBS or any(
            c.dep_ == "dobj" and c.lemma_.lower() in SENT_NOUNS for c in writer.children):
        return writer
    return None
