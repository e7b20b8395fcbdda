"""Acts the writer only characterises: "By shelling the border villages, Damascus defied Ankara".

A verb of defiance or affront (data/coding/complements.tsv, kind `characterise`: defy, challenge, snub, humiliate,
undermine, ...) with a "by/in/through V-ing" phrase says what an act meant, not a second act: the act is the V-ing
("shelling", coded in its own right), the verb is the writer's (or a speaker's) judgement of it. When the V-ing is
coded as an event of the same sentence, the characterising verb gives no event of its own; when it is not (the
V-ing is no act the lexicon knows: "by refusing to sign, Iran defied the UN"), the verb stays, as the only telling
of the act.
"""
from __future__ import annotations

from eventwire.model import Event

MEANS_PREPS = frozenset({"by", "in", "through"})


def _characterising(tok) -> bool:
    from eventwire.coding.modality import _has
    return tok.pos_ in ("VERB", "AUX") and _has("V", "characterise", tok.lemma_.lower())


def _means(tok) -> list[int]:
    """The V-ing heads (and their conjuncts) of the verb's "by/in/through V-ing" phrases."""
    out = []
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in MEANS_PREPS:
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
    for k, e in enumerate(events):
        t = getattr(e, "trigger_token", None)
        if t is None or not _characterising(doc[t]):
            continue
        means = set(_means(doc[t]))
        if means and any(j != k and means & set(a.act_tokens or (a.trigger_token,)) for j, a in enumerate(events)):
            drop.add(k)
    return [e for k, e in enumerate(events) if k not in drop]
