"""Act words that only describe a party, a body or a standing state (issue 14, precision: "not an event"), read
from the parse like coding/nonevent.py, which calls `unasserted(cl)`:

- a standing relation named by a bare participle on a party: "the rebels allied with it", "proxy forces directed by
  Iran", "militias linked to Tehran" (`related`: a `relation` verb of data/coding/non_events.tsv, its participle
  hung on a noun with no auxiliary and no date); a real act beside it stays ("rebels allied with Turkey attacked
  the town": the attack); a V-ing "under the banner of" a side ("gangs fighting under the banner of the SPLA");
- an event noun that is part of what names a body or a capability: "a UN commission of inquiry" (a `body` noun of
  non_events.tsv coded with no light verb, "set up a commission" stays, or an event noun in its "of" phrase),
  "the regime's chemical attack capabilities", "aid workers" (an event noun that modifies a `body` or `capacity`
  noun), or a person's office, "the party's defence spokesman", "a peace envoy" (`in_body`); a noun of cooperation with no partner and no verb that forms it, "the US coalition", "the
  anti-Isis alliance" (a `league` noun: the body the parties make); a `service` noun that is the subject of a verb,
  "British intelligence believes he is held in Raqqa" (the intelligence service, not intelligence shared);
- an act negated through "nothing"/"anything": "did nothing to stop the shelling", "didn't do anything to encourage
  or assist the rebels", "never did anything to help" (`nothing_to`);
- an aim listed, not done: a sentence that is a bare "to V" with no subject, "Secondly, to curb Iran's influence by
  forcing the withdrawal of its units" (`listed_aim`);
- an option listed and a class of people named by what they do (coding/listed_acts.py); a running total of a whole
  people or a figure for the world (coding/tallies.py); a heading's participle glued to the caption after it,
  "Fighting nearby Kurdish fighters help a comrade" (coding/glued_heading.py); a fronted "Asked about X, Y said",
  a question put to Y (coding/rhetorical.py `asked_of`).

Each test returns a reason (str) or None.
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.nonevent import _is
from eventwire.coding.listed_acts import class_habit, class_named, listed_option
from eventwire.coding.tallies import tally
from eventwire.coding.glued_heading import glued_label
from eventwire.coding.rhetorical import asked_of
from eventwire.doc_index import to_infinitive

NOTHING = frozenset({"nothing"})
# the prepositions that name the other party of a cooperation noun ("alliance with Iran", "coalition against Isis")
PARTNER_PREPS = frozenset({"with", "between", "against", "among"})
ANYTHING = frozenset({"anything"})
NEVER = frozenset({"never", "not", "n't"})
# edges from an act up to the root of a sentence that is a bare "to V" (not a relative clause: a fact told)
AIM_DEPS = frozenset({"conj", "xcomp", "advcl", "pcomp", "pobj", "prep", "dobj", "ccomp"})


def unasserted(cl) -> Optional[str]:
    if cl.kind == "noun":
        return in_body(cl)
    return related(cl.pred) or nothing_to(cl.pred) or listed_aim(cl.pred) or listed_option(cl.pred) \
        or class_named(cl.pred) or class_habit(cl) or tally(cl) or glued_label(cl.pred) \
        or asked_of(cl.pred)


def _dated(verb) -> bool:
    return any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree if t.i != verb.i)


def _under_banner(verb) -> bool:
    """ "militants fighting under the banner of al-Qaida": a V-ing participle on a party with an "under" phrase
    whose noun is a `banner` word of non_events.tsv (banner, flag, umbrella), no object and no date: whose side the
    party is on, not an act."""
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or any(c.dep_ in ("aux", "nsubj", "dobj") for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "under" and any(o.dep_ == "pobj" and _is("banner", o)
                                                                 for o in c.children) for c in verb.children)


def related(verb) -> Optional[str]:
    """ "the rebels allied with it", "forces directed by Iran": a bare participle of a `relation` verb on a noun
    names a standing relation of that party, not an act (not a dated one: "forces directed by Iran on Monday"; not
    on an event noun: "talks sponsored by the UN" tell who holds them); so does a V-ing "under the banner of" a
    side ("gangs fighting under the banner of the SPLA")."""
    if _under_banner(verb) and verb.head.pos_ in ("NOUN", "PROPN") and not _dated(verb):
        return f"'{verb.head.text} {verb.text} under ...': the side the party is on, not an act"
    if (why := _side(verb)) is not None:
        return why
    if verb.tag_ != "VBN" or verb.dep_ not in ("acl", "amod") or not _is("relation", verb):
        return None
    head = verb.head
    if head.pos_ not in ("NOUN", "PROPN", "PRON") or head.i == verb.i:
        return None
    from eventwire.coding.lexicon import default_lexicon
    if default_lexicon().is_event_noun(head.lemma_.lower()):
        return None      # an act, not a party: "talks sponsored by the UN are expected"
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj") for c in verb.children) or _dated(verb):
        return None
    return f"'{verb.head.text} {verb.text}': a standing relation of the party, not an act"


def _side(verb) -> Optional[str]:
    """ "rebel forces opposing the regime", "militias backing the president": a bare V-ing of a `side` verb
    (non_events.tsv) on a party names the side it takes, not an act (not dated, no auxiliary or subject of its own;
    not after "with": "with ten members opposing the motion" tells a vote; not on the object of a preposition of a
    verb: "wrote to the leaders opposing the bill" may be the writers' act)."""
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or not _is("side", verb):
        return None
    head = verb.head
    if head.pos_ not in ("NOUN", "PROPN") or _dated(verb) \
            or any(c.dep_ in ("aux", "nsubj", "nsubjpass", "mark") for c in verb.children):
        return None
    from eventwire.coding.lexicon import default_lexicon
    if default_lexicon().is_event_noun(head.lemma_.lower()):
        return None      # "a statement supporting the plan": the statement's act
    if head.dep_ == "pobj" and head.head.head.pos_ in ("VERB", "AUX"):
        return None
    if any(a.dep_ == "prep" and a.lower_ == "with" for a in list(head.ancestors)[:4]):
        return None      # "with 20 of its 30 delegates opposing the motion": a vote told
    return f"'{head.text} {verb.text}': the side the party takes, not an act"


def in_body(cl) -> Optional[str]:
    """ "a UN commission of inquiry", "the regime's chemical attack capabilities": an event noun that names a body
    (with no light verb that sets it up), lies in the "of" phrase of a body noun, or modifies a body or capability
    noun, is part of what names the body or capability, not an act."""
    noun = cl.pred
    if cl.light_verb is None and cl.anchor is None and _is("body", noun):
        return f"'{noun.text}' names a body, not an act (no verb sets it up)"
    if cl.light_verb is None and cl.anchor is None and _is("league", noun) \
            and not any(c.dep_ == "prep" and c.lower_ in PARTNER_PREPS for c in noun.children):
        return f"'{noun.text}' with no partner names the body the parties make, not an act"
    if cl.light_verb is None and cl.anchor is None and noun.dep_ in ("nsubj", "nsubjpass") and _is("service", noun) \
            and noun.head.pos_ in ("VERB", "AUX"):
        return f"'{noun.text} {noun.head.text}': the service that does it, not an act"
    head = noun.head
    if noun.dep_ == "compound" and head.pos_ == "NOUN" and (_is("body", head) or _is("capacity", head)):
        return f"'{noun.text} {head.text}': part of what names a body or a capability, not an act"
    if noun.dep_ in ("compound", "nmod") and noun.i < head.i and head.pos_ == "NOUN" and _office(head):
        return f"'{noun.text} {head.text}': the field of an office, not an act"
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in ("NOUN", "PROPN") \
            and _is("body", head.head) and not any(c.dep_ in ("det", "poss") for c in noun.children):
        return f"'{head.head.text} of {noun.text}': part of a body's name, not an act"
    return None


def _office(head) -> bool:
    """Whether a noun is the last word of a person's office of data/actors/sectors.tsv ("spokesman", "minister",
    "envoy"): an event noun before it names the office's field ("the party's defence spokesman")."""
    from eventwire.knowledge.people import title_heads
    return head.lemma_.lower() in title_heads() or head.lower_ in title_heads()


def _negated(verb) -> bool:
    return any((c.dep_ == "neg") or (c.dep_ == "advmod" and c.lower_ in NEVER) for c in verb.children) \
        or (verb.dep_ == "pcomp" and verb.head.lower_ == "without")


def _nothing(tok) -> bool:
    """ "nothing", or "anything" as the object of a negated verb ("didn't do anything")."""
    if tok.lower_ in NOTHING:
        return True
    return tok.lower_ in ANYTHING and tok.dep_ in ("dobj", "pobj", "attr") and _negated(
        tok.head if tok.dep_ != "pobj" else tok.head.head)


def nothing_to(verb) -> Optional[str]:
    """ "did nothing to halt the raids", "didn't do anything to support or arm the militia": the "to V" of a
    "nothing" (or a negated "anything") is what was not done (the parser hangs it on the noun or on the verb)."""
    v = verb
    for _ in range(4):                 # "to encourage or assist": up to the first conjunct
        if v.dep_ != "conj" or v.head.i == v.i:
            break
        v = v.head
    if not to_infinitive(v):
        return None
    head = v.head
    if v.dep_ in ("relcl", "acl") and _nothing(head):
        return f"'{head.text} to {verb.text}': not done"
    if v.dep_ in ("advcl", "xcomp") and head.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "dobj" and _nothing(c) for c in head.children):
        return f"'{head.text} {next(c.text for c in head.children if c.dep_ == 'dobj')} to {verb.text}': not done"
    return None


def listed_aim(verb) -> Optional[str]:
    """ "Third, to limit China's reach by pushing out ...": a sentence that is a bare "to V" with no
    subject lists an aim; what it holds (short of a relative clause, a fact told) is not done."""
    tok = verb
    for _ in range(10):
        if tok.dep_ == "ROOT" or tok.head.i == tok.i:
            break
        if tok.dep_ not in AIM_DEPS or (tok.dep_ == "advcl" and any(c.dep_ == "mark" for c in tok.children)):
            return None  # (a relative clause, or "as demanded by Israel": a fact told beside the aim)
        tok = tok.head
    else:
        return None
    if tok.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "aux" and c.lower_ == "to" and c.i < tok.i
                                                  for c in tok.children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
        return None
    return f"'to {tok.text}' with no subject: an aim listed, not an act done"
