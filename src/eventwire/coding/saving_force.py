"""Force that keeps a side from falling protects that side (issue 14, who receives support, session 30): "Russian
armed forces entered Syria in 2015 and have been there ever since, ensuring Assad's survival", "the Syrian president,
whose hold on power Russia's military intervention has all but saved".

An act of force or a move of forces (roots 15, 18-20: an intervention, an entry, a deployment) that a `saving-verb`
(data/coding/roles.tsv: save, ensure, guarantee, secure, ...) says kept a side standing, as that verb's subject (an
act noun: "the intervention saved the regime") or through that verb's participle hung on the act's clause ("entered
Syria ..., ensuring Assad's survival"), is no attack on and no occupation of that side's country: it is military
protection of the side (074) whose target is the side saved: the verb's object, or the possessor of a `survival-noun`
object ("Assad's survival", "whose hold on power": the relative's antecedent). Only an act aimed at no one or at the
saved side's own country as ground ("entered Syria") is read so; force aimed at others ("the airstrikes killed 20
rebels, ensuring the regime's survival") stays the attack it is, and so does a strike of its own kind (airstrikes,
195). Where the saving verb's "from" phrase names the threat ("only US airstrikes saved Erbil from an Isis
incursion"), the force with no target is aimed at that threat's doer, its code kept.
"""
from __future__ import annotations

from dataclasses import replace

from eventwire.coding.clause_record import role_words
from eventwire.model import Event

_ROLES = role_words()
SAVING_VERBS = _ROLES.get("saving-verb", frozenset())
SURVIVAL_NOUNS = _ROLES.get("survival-noun", frozenset())
FORCE_ROOTS = ("15", "18", "19", "20")
TOLD = ("asserted", "reported")
PROTECT_CODE = "074"
# (a move of forces, an entry or a bare intervention is read as protection; a strike at others keeps its code)
SAVING_CODES = ("15", "190", "192")


def _saving_verb(tok):
    """The saving verb the act's trigger is the subject of, or whose participle hangs on the act's clause (or on a
    clause coordinated with it), else None."""
    if tok.pos_ in ("NOUN", "PROPN"):
        head = tok.head
        return head if tok.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_.lower() in SAVING_VERBS else None
    if tok.pos_ != "VERB":
        return None
    for verb in [tok] + [c for c in tok.children if c.dep_ == "conj"]:
        part = next((c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                     and c.lemma_.lower() in SAVING_VERBS), None)
        if part is not None:
            return part
    return None


def _saved(verb):
    """The token of the side the saving verb keeps standing: its object, or the possessor of a survival noun."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    if obj.lemma_.lower() not in SURVIVAL_NOUNS:
        return obj if obj.pos_ in ("NOUN", "PROPN") else None
    owner = next((c for c in obj.children if c.dep_ == "poss"), None)
    if owner is not None and owner.lower_ == "whose":
        if verb.dep_ == "relcl":
            return verb.head           # "Assad, whose hold on power the intervention saved"
        # (the parser hung the relative clause on the main verb: the name just before ", whose")
        before = owner.doc[owner.i - 2] if owner.i >= 2 and owner.doc[owner.i - 1].text == "," else None
        return before if before is not None and before.pos_ in ("PROPN", "NOUN") else None
    return owner


def _threat(coder, verb, ctx, sent):
    """(doer token, "from" noun, actor) for the one a saving verb's "from" phrase names as the threat ("from an Isis
    incursion": Isis; "from the militants": the militants), or None."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.pos_ not in ("NOUN", "PROPN"):
                continue
            doers = [c for c in noun.children if c.dep_ in ("compound", "poss", "amod") and c.i < noun.i] \
                if coder.event_noun(noun) is not None else [noun]
            for d in doers:
                found = [a for a in coder.actors_for(d, ctx, sent, role="target") if a.code]
                if found:
                    return d, noun, found[0]
    return None


def saving_force(coder, events: list[Event], sent, ctx) -> list[Event]:
    """The events of one sentence, with force that kept a side standing read as military protection of it (module
    doc)."""
    info = coder.ontology.cameo(PROTECT_CODE)
    if info is None:
        return events
    doc = sent.doc
    out = []
    for e in events:
        verb = _saving_verb(doc[e.trigger_token]) if e.cameo[:2] in FORCE_ROOTS and e.trigger_token is not None \
            and e.modality in TOLD else None
        if verb is not None and e.target is None and (threat := _threat(coder, verb, ctx, sent)) is not None:
            # "US airstrikes saved Erbil from an Isis incursion": the force struck the one it saved Erbil from
            why = f"; force that saved a side from '{threat[1].text}': aimed at its doer '{threat[0].text}'"
            out.append(replace(e, target=threat[2], rule=(e.rule or "") + why))
            continue
        tok = _saved(verb) if verb is not None and e.cameo.startswith(SAVING_CODES) else None
        saved = [a for a in coder.actors_for(tok, ctx, sent, role="target") if a.code] if tok is not None else []
        if not saved or (e.target is not None and e.target.code not in {a.country for a in saved if a.country}) \
                or (e.source is not None and any(a.code == e.source.code for a in saved)):
            out.append(e)
            continue
        why = (f"; force that kept a side standing ('{verb.text} ... {tok.text}'): military protection of "
               f"'{tok.text}' -> {PROTECT_CODE}")
        out.extend(replace(e, target=a, cameo=PROTECT_CODE, plover_type=info.plover_type,
                           plover_mode=info.plover_mode, goldstein=info.goldstein, quad_class=info.quad_class,
                           rule=(e.rule or "") + why) for a in saved[:1])
    return out
