"""Acts the writer only characterises: "By shelling the border villages, Damascus defied Ankara".

A verb of defiance or affront (data/coding/complements.tsv, kind `characterise`: defy, challenge, snub, humiliate,
undermine, ...) with a "by/in/through V-ing" phrase says what an act meant, not a second act: the act is the V-ing
("shelling", coded in its own right), the verb is the writer's (or a speaker's) judgement of it. When the V-ing is
coded as an event of the same sentence, the characterising verb gives no event of its own; when it is not (the
V-ing is no act the lexicon knows: "by refusing to sign, Iran defied the UN"), the verb stays, as the only telling
of the act.

A verb of answering or retaliating (complements.tsv kind `answer-by`: retaliate, respond, react, ...) with a "by V-ing"
phrase is read the same way: "Oslo retaliated by expelling two envoys" is the expulsion (166), not an act of force
(190) read from "retaliate"; the one answered, the verb's target, is the act's where the act names none.
"""
from __future__ import annotations

from dataclasses import replace

from eventwire.model import Event

MEANS_PREPS = frozenset({"by", "in", "through"})
ANSWER_PREPS = frozenset({"by"})


def _characterising(tok) -> bool:
    from eventwire.coding.modality import _has
    return tok.pos_ in ("VERB", "AUX") and _has("V", "characterise", tok.lemma_.lower())


def _answering(tok) -> bool:
    from eventwire.coding.modality import _has
    return tok.pos_ in ("VERB", "AUX") and _has("V", "answer-by", tok.lemma_.lower())


def _means(tok, preps=MEANS_PREPS) -> list[int]:
    """The V-ing heads (and their conjuncts) of the verb's "by/in/through V-ing" phrases."""
    out = []
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for g in prep.children:
            if g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG":
                out.append(g.i)
                out.extend(c.i for c in g.conjuncts)
    return out


def drop_characterisations(events: list[Event], doc) -> list[Event]:
    """The events of one sentence without those of a characterising verb whose "by V-ing" act is coded itself."""
    if len(events) < 2:
        return events
    drop = set()
    events = list(events)
    for k, e in enumerate(events):
        t = getattr(e, "trigger_token", None)
        if t is None:
            continue
        answer = _answering(doc[t])
        if not answer and not _characterising(doc[t]):
            continue
        means = set(_means(doc[t], ANSWER_PREPS if answer else MEANS_PREPS))
        acts = [j for j, a in enumerate(events) if j != k and means & set(a.act_tokens or (a.trigger_token,))]
        if not means or not acts:
            continue
        drop.add(k)
        if answer and e.target is not None:
            for j in acts:
                a = events[j]
                if a.target is None and (a.source is None or e.source is None or a.source.code == e.source.code):
                    why = f"; target: the one answered by '{doc[t].text}' ({e.target.text or e.target.code})"
                    events[j] = replace(a, target=e.target, rule=(a.rule or "") + why)
    return [e for k, e in enumerate(events) if k not in drop]
