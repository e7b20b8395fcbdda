"""The captor an appeal for a captive's release is made of (issue 14, no target): "her parents made a plea for her
release", "the union launched a campaign calling for the freeing of the crew", "officials are negotiating the release
of the engineers".

An appeal, demand, offer or negotiation (roots 02, 03, 04, 10) whose own words name no party (its target slot is empty
or the release itself), and whose object, "for" phrase, or its object's "for" phrase (or that of the participle on its
noun: "a petition calling for") is a `release-noun` of data/coding/roles.tsv (release, freeing, freedom), is made of the
one holding the captive that noun's possessor or "of" phrase names: the last captor the story named for that captive
before (coding/captors.py keeps them by the captive's identity or words; a pronoun is matched through coreference; a
captive matched by its description, in its sentence or the TEXT_WINDOW before). Only the captive named there, never a
captor named for someone else; never the doer itself. Asked by Coder.code_sentence before it reads the release's "of"
phrase as the party ("demanded the release of the hostages": the hostages are only its topic where the story names who
holds them).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from eventwire.coding.clause_args import preps_of
from eventwire.coding.clause_record import role_words

_ROOTS = ("02", "03", "04", "10")


def _release_nouns(cl) -> list:
    words = role_words().get("release-noun", frozenset())
    cands = [cl.obj, cl.preps.get("for")]
    if cl.obj is not None:
        cands.append(preps_of(cl.obj).get("for"))      # "issued an appeal for his release"
    if cl.kind == "noun":
        cands.append(preps_of(cl.pred).get("for"))     # "the appeal for the freeing of the crew"
        # ("launched a petition calling for his release": the noun's participle asks it)
        cands += [preps_of(c).get("for") for c in cl.pred.children if c.dep_ == "acl" and c.pos_ == "VERB"]
    out = []
    for t in cands:
        if t is not None and t.pos_ == "NOUN" and t.lemma_.lower() in words and all(t.i != o.i for o in out):
            out.append(t)
    return out


def _captive(noun):
    """The token naming whose release it is: the possessor, else the "of" phrase."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    return poss if poss is not None else preps_of(noun).get("of")


def release_holder(coder, cl, code: str, sources: list, tgt_tok, ctx, sent) -> Optional[tuple]:
    """([the captor's actor], how) for an appeal or negotiation for a named captive's release (module doc), or None.
    `tgt_tok`, the pattern's target slot: none, the release noun or the noun whose "for" phrase it is (not a party
    the act is addressed to: "appealed to Ankara for his release" keeps Ankara)."""
    if code[:2] not in _ROOTS or not sources:
        return None
    nouns = _release_nouns(cl)
    if not nouns or (tgt_tok is not None and not any(tgt_tok.i in (n.i, n.head.head.i) for n in nouns)):
        return None
    memory = ctx.__dict__.get("_captors", {})
    if not memory:
        return None
    from eventwire.coding.captors import TEXT_WINDOW, _keys
    from eventwire.coding.sent_index import sentence_number
    here = sentence_number(sent.doc, sent.start)
    for noun in nouns:
        tok = _captive(noun)
        if tok is None:
            continue
        best = None
        for a in coder.actors_for(tok, ctx, sent, role="target"):
            for k in dict.fromkeys(_keys(a) + _keys(a, noted=True)):   # (its own words too: "the Greenpeace activists")
                got = memory.get(k)
                if got is not None and got[0] <= here and (k[0] == "e" or here - got[0] <= TEXT_WINDOW) \
                        and (best is None or got[:2] > best[:2]):
                    best = got
        if best is None:
            continue
        captor = best[2]
        if any(captor.code == s.code or (captor.entity and captor.entity == s.entity) for s in sources):
            return None       # (the doer's own captive: no one else is asked)
        how = f"the captor the story named for '{tok.text}', whose '{noun.text}' is asked for"
        return [replace(captor, why=(captor.why or "") + f"; {how}")], how
    return None
