"""An act told again by its rank in a series: a mention of the act the story told before, not a new event.

A story that has told an act ("Holmes was killed on 23 October when ...") often places it later in a series, by an
ordinal or a superlative on a noun the act's participle or "to V" hangs on:

- a person's rank as its victim or doer, said of that person by a copula or an apposition: "Holmes is believed to
  have been the sixth British citizen killed in Syria", "He was the fifth Briton killed while volunteering",
  "Smith, the first journalist killed in the siege, ...";
- an act's rank among acts of its kind, said of the act's own noun: "16 people were killed in the attack, the most
  deadly to target American forces".

The participle or "to V" then tells no new act: the event it gave is folded into the nearest earlier event of the
story that can be that act (coding/retold.py's agreeing codes, with the harm a generic code names, or a generic act of
force, "the most deadly to target", 190, ranking any act of force), and kept on it as a mention (``Event.mentions``) with the words that rank it. The earlier event is

- for a person: the same kind of harm ("killed" ... "killed") or the same lexicon row, whose side the rank speaks of
  (the victim of a passive participle, the doer of an active "to V") is that person by name, or for a pronoun or a
  name the lead did not give ("A British film-maker has been killed ..."), one of the same country as this event's;
- for an act's noun: one of the same incident (coding/incidents.py), told before the ranking words.

A ranked act with no earlier telling in the story ("Turkey became the first Nato member to buy the missiles") is
left as it is: then the ranking words are its only telling.
"""
from __future__ import annotations

from eventwire.coding.retold import GENERIC, _fold, _harm, codes_agree, drop_folded
from eventwire.coding.senses import PERSONAL
from eventwire.doc_index import to_infinitive
from eventwire.model import Event

LINK = "'{}' ranks it in a series, told again"
_PREDICATE = frozenset({"attr", "appos"})
_RANK_ADVERBS = frozenset({"most", "least"})
_FORCE = ("18", "19", "20")


def _agree(a: Event, e: Event) -> bool:
    """Whether an earlier event can be the act a ranked one tells: coding/retold.py's agreeing codes, or a generic
    act of force ranked ("the most deadly to target", 190) after any act of force (a suicide bombing, 1831)."""
    return codes_agree(a.cameo, e.cameo, _harm(a), _harm(e)) or (
        (e.cameo or "") in GENERIC and (a.cameo or "").startswith(_FORCE))


def _ranked(tok) -> bool:
    """Whether a noun or adjective carries a rank: an ordinal ("the sixth"), a superlative ("the deadliest") or
    "most"/"least" before an adjective ("the most deadly")."""
    if tok.tag_ == "JJS" or (tok.pos_ == "ADJ" and any(c.dep_ == "advmod" and c.lower_ in _RANK_ADVERBS
                                                       for c in tok.children)):
        return True
    return any(c.dep_ in ("amod", "advmod") and (c.ent_type_ == "ORDINAL" or c.tag_ == "JJS"
                                                 or (c.dep_ == "advmod" and c.lower_ in _RANK_ADVERBS))
               for c in tok.children if c.i < tok.i)


def _to_infinitive(tok) -> bool:
    return tok.tag_ == "VB" and to_infinitive(tok)


def ranking(sdoc, e: Event):
    """(the ranked head, the party or act it is said of, the side of the event that party is) for an event told by
    its rank in a series (see the module doc), or None."""
    ti = e.trigger_token
    if sdoc is None or ti is None or ti >= len(sdoc):
        return None
    t = sdoc[ti]
    passive = t.tag_ == "VBN" and t.dep_ == "acl"
    if not passive and not (_to_infinitive(t) and t.dep_ in ("acl", "relcl", "xcomp")):
        return None
    head = t.head
    if head.pos_ not in ("NOUN", "PROPN", "ADJ") or not _ranked(head):
        return None
    side = "target" if passive else "source"
    if head.dep_ == "appos":
        return head, head.head, side
    if head.dep_ == "attr":
        be = head.head
        while be is not None:
            subj = next((c for c in be.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return head, subj, side
            # "is believed to have been the sixth ...": the subject of the verb the copula completes
            be = be.head if be.dep_ in ("xcomp", "ccomp") and be.head.i != be.i else None
        return None
    if head.pos_ == "ADJ" and head.dep_ in ("advcl", "amod", "appos", "npadvmod"):
        # "killed in the attack, the most deadly to target ...": an act of the sentence's, ranked
        return head, None, side
    return None


def _person_told(ref, e: Event, a: Event, side: str) -> bool:
    """Whether an earlier event ``a`` is the act the rank tells of the person ``ref`` names: the same kind of harm
    ("killed" and "killed") or the same row, and on the side the rank speaks of, that person by name (its words or
    how they were resolved) or, for a pronoun or a name the earlier side does not give ("A British film-maker has been
    killed ... Aksoy is believed to be the fifth British citizen killed"), one of the same country."""
    if not (_harm(a) and _harm(e)) and a.pattern != e.pattern:
        return False
    mine, theirs = getattr(e, side), getattr(a, side)
    if theirs is None or not theirs.code:
        return False
    if ref.pos_ == "PROPN" and ref.text.lower() in f"{theirs.text or ''} {theirs.why or ''}".lower():
        return True
    return mine is not None and bool(mine.country) and mine.country == theirs.country


def fold_ranked(events: list[Event], incidents: list, text: str = "", sdoc=None) -> list[Event]:
    """The events of a document with each act told again by its rank in a series folded into its earlier telling
    (see the module doc); the incidents' event lists are renumbered to the events returned."""
    if sdoc is None or len(events) < 2:
        return events
    folded: set[int] = set()
    for i, e in enumerate(events):
        found = ranking(sdoc, e)
        if found is None:
            continue
        head, ref, side = found
        for j in range(i - 1, -1, -1):
            a = events[j]
            if j in folded or a.trigger_start >= e.trigger_start \
                    or not _agree(a, e):
                continue
            if ref is None or not (ref.pos_ == "PROPN" or ref.lower_ in PERSONAL):
                if not (a.incident and a.incident == e.incident):
                    continue
            elif not _person_told(ref, e, a, side):
                continue
            words = sdoc[head.left_edge.i:head.i + 1].text if head.left_edge.i >= head.i - 4 else head.text
            told = f"to {e.trigger_text}" if _to_infinitive(sdoc[e.trigger_token]) else e.trigger_text
            _fold(a, e, LINK.format(f"{words} {told}"), text)
            folded.add(i)
            break
    return drop_folded(events, folded, incidents)
