"""A side's claim about its adversary is an accusation, not the act (issue 14, item 1: "what a quote describes is not
an event unless the speaker reports it as done"; reported speech taken as an act).

    got = adversary_claim(coder, cl, code, modality, sources, targets, ctx, sent, sent_i)   # coder.code_sentence

"the envoy claims the UK is flouting international
law", "Kyiv alleged that Russian forces had shelled the station": what one side tells of another side's hostile act is
its charge against that side (112 speaker -> doer), not the act as done. Read once the act's doers and targets are
known, where the coder would otherwise keep the act as reported or drop it as a claim about others
(nonevent.claimant / foreign_claim). It fires where:

- the act is hostile or norm-breaking (data/coding/adversary_claims.tsv `root`: 13, 15, 17-20, 128) and told in the
  complement of a verb of claiming (a `claim` verb of non_events.tsv: "claims", "alleged", "insisted"), or of plain
  saying (reporting_verbs.tsv) with the act's modality "reported";
- the speaker (the verb's subject; "Moscow's claim that": its possessor) resolves to a party (a country, or a
  `party` sector: a government, its forces, an armed group, a party), never a news outlet, a monitor, a rights or aid
  group, the UN or a court (they report);
- every doer is a party of another country (`doer` sectors, or a bare country) than every speaker (a side's account
  of its own forces' acts stays a report: "Ankara said its jets struck PKK positions");
- for plain saying only (precision first), the act is a threat or a breach of norms (`said-root`: 13, 128; "Russia
  says government forces have retaken the town", "Syrian troops had deployed, Moscow said" are an ally's report of a
  fight or a move, kept: no table says who is whose ally), done to no one: no target, not passive ("the SDF says
  Turkey is flouting the ceasefire"), its doer is one party (not "X and Y forces
  were battling", a fight between others told), and the speaker is no `reporter` noun ("military sources said").
  "US officials said Russian jets struck a hospital", "Riyadh said the rebels fired missiles at the capital", "the
  pair were detained by X, officials confirmed" report what befell someone and stay as the coder reads them;
- never a claim of an intention ("a claim that it would help"), a claim only allowed or wanted ("allowing Ankara to
  claim it had ousted them"), nor a claim word with no claimer of its own ("a claim by officials that").

The 112 takes the speaker as source and each doer as target; its `why` and rule say which claim and which act. A claim
the doer disputes later keeps the 112 (the act was never coded).
"""
from __future__ import annotations

import functools
from dataclasses import replace
from typing import Optional

from eventwire.coding.answered import same_side
from eventwire.coding.tables import kind_sets
from eventwire.model import Event


@functools.cache
def _rows() -> dict:
    return kind_sets("adversary_claims.tsv")


def _hostile(code: str) -> bool:
    return any(code.startswith(r) for r in _rows().get("root", ()))


def _party(a, kind: str) -> bool:
    """A party of a side: a country or a sector of `kind` (`party` for speakers, `doer` for doers), with a country."""
    if a is None or not a.code or not a.country:
        return False
    if not a.sector:
        return a.kind in (None, "country", "capital") and a.code == a.country
    return a.sector in _rows().get(kind, ())


def _saying(verb, reporting):
    """The verb of saying whose complement `verb` is ("Israel says Iran has recruited"; "Iran has recruited ...,
    Israel said"), or None."""
    if verb.dep_ in ("ccomp", "parataxis") and verb.head.i != verb.i and verb.head.lemma_.lower() in reporting:
        return verb.head
    return next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i > verb.i
                 and c.lemma_.lower() in reporting), None)


def alleging_verb(cl):
    """The verb of accusation ("alleged that", non_events.tsv `accusation`) whose "that" clause tells the act, or
    None (the act itself is gated out as no act: nonevent/accused.content; an accusation noun's 112 is roles')."""
    from eventwire.coding import nonevent
    head = nonevent._reported_by(cl.pred, ("accusation",))
    return head if head is not None and head.pos_ in ("VERB", "AUX") else None


def alleged_act(coder, cl, entry, ctx, sent, sent_i: int) -> Optional[list]:
    """The 112 events of a party's allegation that another side did the hostile act the clause tells ("Tehran
    alleged that Saudi Arabia had attacked an Iranian tanker"), asked before the clause is gated out; or None."""
    from eventwire.coding.clause_modality import modality
    if cl.subj is None or cl.negated or not _hostile(entry.cameo) or (rep := alleging_verb(cl)) is None:
        return None
    if any(modality(t)[0] or modality(t)[1] for t in (cl.pred, rep)):
        return None                  # ("alleged that Riyadh might attack": the allegation's own "might"; cl.hypothetical
        #                              is the allegation's, set by clause_modality)
    sources = coder.actors_for(cl.subj, ctx, sent, role="source")
    return adversary_claim(coder, cl, entry.cameo, "alleged", sources, [], ctx, sent, sent_i)


def adversary_claim(coder, cl, code: str, modality: str, sources, targets, ctx, sent, sent_i: int,
                    saying: bool = False) -> Optional[list]:
    """The 112 events of a speaker accusing another side of the hostile act the clause tells (module doc), or None
    where the act is left to the coder. `saying`: read plain saying only (asked once the sides are placed in their
    countries, so that a victim's side is known); else claims only (asked before a claim about others is dropped)."""
    from eventwire.coding import nonevent
    from eventwire.coding.clause_args import subject_of
    if not sources or not _hostile(code) or cl.negated or (cl.hypothetical and modality != "alleged"):
        return None
    speaker = nonevent.claimant(cl)
    claimed = speaker is not None
    rep = None
    if claimed and saying:
        return None
    if claimed:
        rep = nonevent._reported_by(cl.pred, ("claim",))
        if speaker.pos_ not in ("NOUN", "PROPN", "PRON") or speaker.dep_ not in ("nsubj", "poss") or rep is None:
            return None              # (the claim word itself, with no claimer: "a claim by officials that ...")
    elif (rep := alleging_verb(cl)) is not None:
        claimed = True               # ("Tehran alleged that Riyadh had attacked a tanker": gated out as no act)
        speaker, _ = subject_of(rep)
        if speaker is None:
            return None
    elif not saying:
        return None
    else:
        if cl.pred.pos_ not in ("VERB", "AUX"):
            return None
        if modality != "reported":
            return None
        rep = _saying(cl.pred, coder.reporting)
        if rep is None:
            return None
        speaker, _ = subject_of(rep)
        if speaker is None:
            return None
        # (a verb of claiming the claim reading missed: "The UK has claimed Assad's forces used ..." with its
        #  complement read as the verb's own object clause: a claim all the same)
        claimed = nonevent._is("claim", rep) or nonevent._is("accusation", rep)
    if modality == "intent" or cl.intent or any(c.dep_ == "aux" and c.lower_ == "to" for c in rep.children):
        return None                  # ("a claim that it would help", "allowing Ankara to claim it had ousted them")
    if not claimed and (cl.passive or targets):
        return None                  # (plain saying of an act done to someone: "the pair were detained by X, US
        #                              officials said", "Riyadh said the rebels fired missiles at the capital": a report)
    if not claimed and not any(code.startswith(r) for r in _rows().get("said-root", ())):
        return None                  # ("Russia says government forces have retaken the town": a told fight stays)
    if not claimed and (speaker.lemma_.lower() in _rows().get("reporter", ()) or cl.subj is None
                        or any(c.dep_ == "conj" for c in cl.subj.children)):
        return None                  # ("Thai military sources said": unnamed sources report; "X and Y forces were
        #                              battling": a fight between others told)
    if speaker.lower_ in ("i", "we", "it", "they", "he", "she"):
        return None                  # (whom a pronoun stands for is coreference's guess: too weak to charge a side)
    speakers = [a for a in coder.actors_for(speaker, ctx, sent, role="source") if _party(a, "party")]
    if not speakers or not all(_party(s, "doer") for s in sources):
        return None
    if any(same_side(a, s) for a in speakers for s in sources):
        return None                  # (a side's account of its own act stays a report)
    info = coder.ontology.cameo("112")
    if info is None:
        return None
    verb = "claim" if claimed else "report"
    why = f"the {verb} '{speaker.text} {rep.text}' of another side's act '{cl.pred.text}' ({code})"
    start, end = rep.idx, rep.idx + len(rep.text)      # (the accusation is the saying: its verb is the trigger)
    out = []
    for a in speakers:
        for s in sources:
            ev = Event(source=replace(a, why=f"the accuser: {why}; {a.why}"),
                       target=replace(s, why=f"the accused, the act's doer: {why}; {s.why}"),
                       cameo="112", plover_type=info.plover_type, plover_mode=info.plover_mode,
                       goldstein=info.goldstein, quad_class=info.quad_class, sentence=sent_i,
                       trigger_text=ctx.text[start:end], trigger_start=start, trigger_end=end,
                       confidence=0.7 - 0.06 * coder._clause_depth(rep), pattern="adversary_claim",
                       rule=f"{cl.rule}; a side's claim about its adversary: {why} -> 112, the speaker accuses",
                       modality="asserted", sentence_text=ctx.text[sent.start_char:sent.end_char].strip())
            ev.trigger_token = rep.i
            out.append(ev)
    return out
