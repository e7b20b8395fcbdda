"""Acts named only as what someone asks for, or as what a speech still to come will say (issue 14, "not an event"):
read by coding/modality.py (`noun_status`, `status`) and coding/clause_modality.py; the words are the `sought` and
`sought-for` rows of data/coding/complements.tsv.

- an event noun that is the object of a verb of asking (`sought`: "demanded Assad's departure", "urged Egypt's
  release of the journalists") or its "for" phrase (`sought-for`: "called for the minister's resignation", "a
  petition calling for Robinson's release", "pressed for the extradition of the cleric"): asked for, not done;
- the "to V" of a thing so asked for: "asked for a $2bn fee to take in the prisoners", "sought funds to rebuild the
  dam": what the thing would be for, not an act done;
- what a verb of saying reports (or any verb's content clause names) when that verb is itself still to come or only
  supposed: "will announce next week that Isis has been defeated", "is expected to declare that the war is over",
  "would prefer them expelled", "the benefit might be that they push Moscow to ..." (`unsaid`): nobody has said or
  done it yet, so it is not even reported (not "would later say", a narrative past, "I would say that ...", a
  hedged claim made now, nor "said it would send troops", where the future is in what was said).
"""
from __future__ import annotations

from typing import Optional
from eventwire.coding.tables import aux_words
from eventwire.doc_index import to_infinitive

# (not "can", "could", "should": "we can confirm that ...", "it should be noted that ..." say it now)
FUTURE_MODALS = aux_words("sought")     # (data/coding/auxiliaries.tsv)
FIRST_PERSON = frozenset({"i", "we"})
# adverbs that make "would V" a past told from before it ("would later say that ..."): said, not to come
NARRATIVE_ADVERBS = frozenset({"later", "afterwards", "subsequently", "eventually"})


def _has(kind: str, lemma: str) -> bool:
    from eventwire.coding.modality import _has as has
    return has("V", kind, lemma)


def _verbal(tok) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


def asker(noun):
    """The verb of asking whose object or "for" phrase `noun` is ("called for X's release": "called"), or None."""
    head = noun.head
    if noun.dep_ == "dobj" and _verbal(head) and _has("sought", head.lemma_.lower()):
        return head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "for" and head.head.i != head.i \
            and _verbal(head.head) and _has("sought-for", head.head.lemma_.lower()):
        return head.head
    return None


def sought_noun(noun) -> Optional[str]:
    """Why an event noun asked for is no act done (see the module doc), or None."""
    got = asker(noun)
    if got is None:
        return None
    return f"'{got.text} {'for ' if noun.dep_ == 'pobj' else ''}... {noun.text}': asked for, not an act done"


def sought_purpose(tok, head) -> Optional[str]:
    """Why the "to V" `tok` of a noun `head` that is asked for is no act done ("asked for a fee to receive the
    detainees"), or None."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    t = head
    for _ in range(4):                   # ("a $2bn grant at once, then $300m a year to take in": the conjuncts)
        if t.dep_ not in ("conj", "appos", "advmod", "npadvmod") or t.head.i == t.i:
            break
        t = t.head
    got = asker(t)
    if got is None:
        return None
    return f"'{got.text} ... {head.text} to {tok.text}': what a thing asked for would be for, not an act done"


def unsaid(head) -> Optional[str]:
    """Why what the verb of saying `head` reports is not even reported: the saying is to come or supposed ("will
    announce that ...", "would declare that ...", "is expected to say that ...", under "if"), or None."""
    from eventwire.coding.modality import _has as has
    if any(c.dep_ == "advmod" and c.lower_ in NARRATIVE_ADVERBS for c in head.children):
        return None
    aux = next((c for c in head.children if c.dep_ == "aux" and c.lower_ in FUTURE_MODALS), None)
    if aux is not None and aux.lower_ in ("would", "'d") and any(
            c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in head.children):
        return None                      # "I would say that the army ...": the speaker's hedged claim, said now
    if aux is not None:
        return f"'{aux.text} {head.text} that ...': a saying still to come or supposed, nothing said yet"
    up = head.head
    if head.dep_ == "xcomp" and up.i != head.i and to_infinitive(head) \
            and ((up.pos_ == "ADJ" and has("A", "speculation", up.lemma_.lower()))
                 or (_verbal(up) and has("V", "speculation", up.lemma_.lower())
                     and any(c.dep_ == "auxpass" for c in up.children))):
        return f"'{up.text} to {head.text} that ...': a saying forecast, nothing said yet"
    return None


def named_doer_relative(verb) -> bool:
    """Whether a restrictive relative clause names its own doer by name ("the cleric that Erdogan blames for the
    coup"): a fact told of that party, asserted even inside a clause that asserts no act (coding/clause_modality.py
    `_described_status`; not an adverbial relative, "a scenario where Russia hits Britain", which is supposed)."""
    return any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in verb.children) \
        and not any(c.dep_ == "advmod" and c.tag_ == "WRB" for c in verb.children)
