"""Targets of responses whose object is a pronoun standing for an act told just before: "Russia announced the
withdrawal of its troops. Germany welcomed it." (051, Germany to Russia); "The parliament voted to expel the foreign
troops. Washington rejected this." (12, to the parliament).

    events = pronoun_act_targets(sdoc, events)    # after earlier_act_targets (coding/earlier_acts.py)

A response (the `response` rows of data/coding/earlier_acts.tsv: deny, praise, defend, yield, disapprove, criticise,
complain, reject, agree) with a named source and no target (or only the party coreference resolved the pronoun to), whose object (or answered "to/against/..." phrase, where
its row allows one, or passive subject: "this is opposed by X", not the "it" of a clause the verb takes, "it was agreed
that ...") is "it", "this" or "that" (data/coding/pronoun_acts.tsv), or, for a statement, comment or threat (010,
012, 013, 13), the "this" that is the subject of what it says ("warned that this could start a war"), takes as its
target the doer of the nearest coded act, told earlier in its sentence or in the sentence before, of a kind such a pronoun may stand for (the
`act` rows: deeds, bids, threats). Never:
- where its own sentence names, before the pronoun, a thing the pronoun may stand for instead (a noun object,
  complement or passive subject: "the council drafted a text and Russia vetoed it" is the text's, read elsewhere);
- where the nearest such act names no doer, or is the responder's own side's, or is told in a relative clause;
- where acts of those kinds by two other sides are told there (which one the pronoun means is not plain; a statement
  that only frames the act, "Norway said Sudan had bombed the camp", is of no such kind).

The target's `why` begins "the doer of the act 'it' stands for ('<trigger>', N sentence(s) before)" and the rule ends
with "; target: " and the same words.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from eventwire.coding.answered import ANSWER_PREPS, is_named, same_side
from eventwire.coding.earlier_acts import _table as _response_table, _told, content_subjects
from eventwire.coding.tables import coding_table
from eventwire.coding.taken_target import with_target
from eventwire.model import Event

BACK = 1                     # sentences before the response's own that the act may be told in
# what, named before the pronoun in its own sentence, the pronoun may stand for instead of an act
OWN_NOUN_DEPS = frozenset({"dobj", "attr", "nsubjpass", "oprd"})
CLAUSE_DEPS = frozenset({"ccomp", "csubj", "csubjpass", "xcomp"})
CONTENT_PRONOUNS = frozenset({"this"})     # (as the subject of a comment's "that" clause; "it" there is mostly a party)


@lru_cache(maxsize=1)
def _table() -> tuple:
    """(pronouns, act prefixes) from data/coding/pronoun_acts.tsv."""
    pronouns, acts = set(), []
    for kind, word, *_ in coding_table("pronoun_acts.tsv"):
        if kind == "pronoun":
            pronouns.add(word)
        elif kind == "act":
            acts.append(word)
        else:
            raise ValueError(f"pronoun_acts.tsv: unknown kind {kind!r}")
    return frozenset(pronouns), tuple(acts)


def pronoun_act_targets(sdoc, events: list[Event]) -> list[Event]:
    """The events, with the target of a response to an act a pronoun stands for taken from its doer (module doc)."""
    if sdoc is None or len(events) < 2:
        return events
    responses = _response_table()[0]
    pronouns, kinds = _table()
    out = list(events)
    for i, e in enumerate(events):
        if e.trigger_token is None or not e.trigger_token < len(sdoc) \
                or not (e.cameo or "").startswith(tuple(responses)) or not is_named(e.source):
            continue
        slots = next(v for k, v in sorted(responses.items(), key=lambda kv: -len(kv[0])) if e.cameo.startswith(k))
        p = _pronoun(sdoc[e.trigger_token], pronouns, slots)
        if p is None or _own_noun(p) or (e.target is not None and not _guessed(e.target, p)):
            continue
        got = _act_before(p, e, kinds, events, sdoc)
        if got is None:
            continue
        x, back = got
        where = f"{back} sentence(s) before" if back else "earlier in its sentence"
        said = f"the doer of the act '{p.text}' stands for ('{x.trigger_text}', {where})"
        out[i] = with_target(e, x.source, said)
    return out


def _pronoun(t, pronouns: frozenset, slots: frozenset):
    """The pronoun the response verb `t` takes as its object or answered phrase, or None."""
    if t.pos_ != "VERB":
        return None
    # (its object, or its passive subject: "this is opposed by X", "it was welcomed by X"; not the "it" that stands
    # for a clause the verb itself takes, "it was agreed that talks would resume")
    clausal = any(c.dep_ in CLAUSE_DEPS for c in t.children)
    cands = [c for c in t.children if (c.dep_ == "dobj" or (c.dep_ == "nsubjpass" and not clausal))
             and (not slots or "dobj" in slots)]
    if "that" in slots:      # ("warned that this could start a new war": only "this" as what a comment says)
        cands += [c for c in content_subjects(t) if c.lower_ in CONTENT_PRONOUNS]
    cands += [g for c in t.children if c.dep_ == "prep" and c.lower_ in ANSWER_PREPS and (not slots or c.lower_ in slots)
              for g in c.children if g.dep_ == "pobj"]
    return next((c for c in cands if c.lower_ in pronouns and c.pos_ in ("PRON", "DET")
                 and not list(c.children)), None)


def _guessed(target, p) -> bool:
    """Whether the target is only the party the pronoun itself was resolved to by coreference (a state or body
    named before: "Norway said Sudan had bombed the camp. Egypt condemned it." is no act against Norway)."""
    return target.start == p.idx and "coreference" in (target.why or "")


def _own_noun(p) -> bool:
    """Whether the pronoun's sentence names before it a thing it may stand for instead: a noun object, complement or
    passive subject anywhere before it (the responder's own subject is none of these)."""
    return any(w.pos_ == "NOUN" and w.dep_ in OWN_NOUN_DEPS for w in p.sent if w.i < p.i)


def _act_before(p, e: Event, kinds: tuple, events: list, sdoc) -> Optional[tuple]:
    """(event, sentences back) for the nearest act of `kinds` told before the pronoun in its sentence or the one
    before, with its doer named and plainly the one meant; or None."""
    acts = [x for x in events if x is not e and x.trigger_token is not None and x.trigger_token < p.i
            and e.sentence - BACK <= x.sentence <= e.sentence and x.trigger_token != e.trigger_token
            and (x.cameo or "").startswith(kinds) and x.trigger_token < len(sdoc) and _told(x, sdoc)
            and not (is_named(x.source) and same_side(x.source, e.source))]
    if not acts:
        return None
    near = max(x.trigger_token for x in acts)
    here = sorted((x for x in acts if x.trigger_token == near and is_named(x.source)), key=lambda x: x.source.start or 0)
    if not here:
        return None
    x = here[0]
    if any(is_named(y.source) and not same_side(y.source, x.source) for y in acts):
        return None
    return x, e.sentence - x.sentence
