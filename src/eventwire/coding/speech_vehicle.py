"""A statement that only carries another act in words is that act, not a second event (issue 14, duplicates).

"'We call on the state to protect the border,' the council said in a statement" is one act, the appeal (02),
not the appeal and a bare statement (010) beside it; so are "in a speech in Ankara, the president vowed ...",
"in a message to its members, the party honoured X", "put out a communique pledging to work with X", "gave
interviews renouncing his links with X" and "released a recording, saying ... and urging its followers to hold
out". A bare statement (010) whose words are a statement noun is the vehicle of another act of words (`WORD_ROOTS`)
by the same source (or by the state whose government made the statement) in its sentence when that act

- is the verb whose "in"/"at"/"through" phrase names the statement ("honoured X ... in a statement") or lies in
  what that verb, one of saying, reports ("said in a statement that ...", "'...,' X said in a speech"), through
  clauses only (not through a noun: "repeated the minister's claims in a speech" keeps both);
- or lies in what a verb of saying whose subject is the statement noun reports ("'The president called for
  dialogue with Moscow,' a statement from his office said", "the communique said the ministers urged ...");
- or hangs on the statement noun as a participle ("a statement vowing", "interviews disavowing") or on the verb
  that issued it as a participle of saying or what that participle reports ("released a video, saying ... and
  urging").

A statement addressed to someone ("in a speech to parliament, the king praised the troops") is an act of its own,
except where it is something sent (roles.tsv `sent-noun`: a letter, a message, a note; not a speech, whose audience
is no addressee: "in a speech to supporters, he promised ...") and the act it carries is one a writer makes to an
addressee (`ADDRESSED_ROOTS`: an appeal, a promise, a demand, a threat) and names no target of its own: "in a letter to the prime minister, the MP urged an inquiry", "in a
message to Kurdish leaders, the envoy promised support" are the appeal and the promise made to the letter's and the
message's addressee, one event each (the target's `why` says whose addressee it is).
The act stays, with the statement's words among its own (and its speaker's name where the act has only a pronoun
of the same actor, "we"); a statement whose words carry no coded act stays a
statement. Acts of material conflict or cooperation a statement reports ("said in a statement it had arrested
five men") are acts of their own, and the statement announcing them stays.
"""
from __future__ import annotations

from dataclasses import replace

from eventwire.model import Event

PRONOUNS = frozenset({"we", "i", "he", "she", "it", "they", "us", "our", "his", "her", "its", "their"})
# the prepositions whose statement noun is the occasion of the verb's words
VEHICLE_PREPS = frozenset({"in", "at", "through", "via"})
# clause links that keep a reported act inside what its verb of saying says
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl", "parataxis"})
# roots of acts in words (statements, appeals, intentions, comments, demands, disapproval, rejection, threats,
# sanctions announced; not investigation, 09, nor coercion, 17)
WORD_ROOTS = frozenset({"01", "02", "03", "05", "10", "11", "12", "13", "16"})
# roots of acts in words made to someone: an appeal, a promise, a demand, a threat is made to the addressee of the
# letter, message or speech that carries it
ADDRESSED_ROOTS = frozenset({"02", "03", "10", "13"})


def _reporting(tok) -> bool:
    from eventwire.coding.lexicon import default_lexicon
    return tok.lemma_.lower() in default_lexicon().reporting_verbs


def _same_doer(x, y) -> bool:
    """One doer: the same code, or a state and its government ("the president said ... that Egypt would ...")."""
    if x is None or y is None:
        return False
    return x.code == y.code or (bool(x.country) and {x.code, y.code} == {x.country, x.country + "GOV"})


def _pronoun(actor) -> bool:
    return (actor.text or "").lower() in PRONOUNS


def _within(tok, verb, steps: int = 6) -> bool:
    """Whether `tok` is `verb` or lies in a clause `verb` governs, through clause links only."""
    t = tok
    for _ in range(steps):
        if t.i == verb.i:
            return True
        if t.dep_ not in CLAUSE_DEPS or t.head is t:
            return False
        t = t.head
    return False


def _carried(e: Event, noun, doc) -> bool:
    """Whether e's act is carried by the statement noun `noun` (see the module doc)."""
    t = doc[e.trigger_token]
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in VEHICLE_PREPS:
        verb = noun.head.head
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        if t.i == verb.i:
            return True                     # "paid tribute to X in a statement"
        return _reporting(verb) and t.i != verb.i and _within(t, verb)      # "said in a statement (that) ..."
    if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" and _reporting(noun.head):
        # "a statement from the president's office said (that) he called for ...": what the statement itself says
        # (session 28, speech28)
        return t.i != noun.head.i and _within(t, noun.head)
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB":
        issuer = noun.head
        if t.dep_ == "acl" and t.head.i == noun.i:
            return True                     # "issued a statement vowing ..."
        if t.dep_ == "xcomp" and t.head.dep_ == "acl" and t.head.head.i == noun.i:
            return True                     # "a communique pledging to work with X": the pledged act
        # "released a video, saying ... and urging ...": what a participle of saying on the issuing verb says
        for c in issuer.children:
            if c.dep_ == "advcl" and c.tag_ == "VBG" and _reporting(c) and _within(t, c):
                return True
    return False


def fold_vehicles(events: list[Event], doc) -> list[Event]:
    """The events of one sentence with each bare statement that only carries another act in words by the same source
    folded into that act (module doc)."""
    from eventwire.coding.said_about import is_about
    if len(events) < 2:
        return events
    drop: set[int] = set()
    for j, a in enumerate(events):
        if a.cameo != "010" or a.source is None or a.trigger_token is None:
            continue
        # ("in a speech to the Bundestag, X praised Y": addressed, an act of its own; "in a letter to X, Y urged ...":
        # the appeal made to X)
        addressed = a.target is not None and not is_about(a.target)    # (not what it is about: said_about.py)
        if addressed:
            from eventwire.coding.clause_record import SENT_NOUNS
            if doc[a.trigger_token].lemma_.lower() not in SENT_NOUNS:
                continue
        noun = doc[a.trigger_token]
        if noun.pos_ == "VERB":
            # the light verb that issued it: its object names the statement ("issued a statement", "gave interviews")
            from eventwire.coding.clause_record import SPEECH_NOUNS
            objs = [c for c in noun.children if c.dep_ == "dobj" and c.lemma_.lower() in SPEECH_NOUNS]
            if not objs:
                continue
            noun = objs[0]
        elif noun.pos_ != "NOUN":
            continue
        for k, e in enumerate(events):
            if k == j or k in drop or e.trigger_token is None or e.trigger_token in a.act_tokens:
                continue
            if e.cameo[:2] not in WORD_ROOTS or (e.cameo == "010" and e.trigger_token == a.trigger_token):
                continue
            if addressed and (e.cameo[:2] not in ADDRESSED_ROOTS or e.target is not None
                              or e.source.code == a.target.code):
                continue
            if not _same_doer(e.source, a.source):
                continue
            if not _carried(e, noun, doc):
                continue
            if e.source.code == a.source.code and _pronoun(e.source) and not _pronoun(a.source):
                e.source = a.source         # ("'We ask ...,' the council said in a statement": the council named)
            e.act_tokens = tuple(sorted(set(e.act_tokens) | set(a.act_tokens)))
            e.confidence = max(e.confidence, a.confidence)
            if addressed:
                e.target = replace(a.target, why=f"the addressee of the {doc[a.trigger_token].lower_} "
                                                 f"'{a.trigger_text}' that carries it: " + (a.target.why or ""))
                e.rule = (e.rule or "") + f"; target: the addressee of '{a.trigger_text}' ({a.pattern}), which carries it"
            else:
                e.rule = (e.rule or "") + f"; told in '{a.trigger_text}' ({a.pattern}), no act of its own"
            drop.add(j)
            break
    return [e for k, e in enumerate(events) if k not in drop]
