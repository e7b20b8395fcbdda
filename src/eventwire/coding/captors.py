"""The captor the story names, for a later act of custody done to the same captive with no doer (issue 14, no
source), asked by the coder after the implicit agents of state acts:

    note_captors(events, sent_i, ctx)                          # after each sentence: who took or holds whom
    found = remembered_captor(code, lemma, targets, events, sent_i, ctx)   # ([actor], rule text) or None
    found = repeated_captor(code, lemma, anchor, events, sent_i, ctx)      # "she was also arrested": the last captor

A story tells who took a captive once ("the journalist was kidnapped by Isis", "Turkish police arrested the
volunteer") and then tells more of the captivity in the passive with no doer ("he was captured again in 2014", "she
was later released", "he has been charged with terrorism"). Such an act (an arrest, detention, charge, abduction or
release: CAMEO 173, 181, 0841) with no doer of its own and no implicit agent of the state where it happened was done
by the last captor the story named for the same captive (and so was an act of force done to it "in" captivity, a
`captivity-noun` of roles.tsv: "he was beaten in prison"): a person the lists know (by identity, anywhere before), or
the same described captive ("a former British soldier", with its code and words) in its own sentence or the two
before. A state's captor does a charge or sentence through its courts (data/coding/implicit_agents.tsv: the sector
of the act's lemma, in the captor's country); a group keeps its own code. Not a pronoun or a one-word description
("people", "they") matched by its words: many captives share them.

An act of custody said to be done "also" or "too" to someone else ("his fiancee was also arrested") with no doer and
no implicit agent of a known country was done by the last captor the story named in its own sentence or the two
before, whoever the captive was ("Turkish police arrested him at the resort. His brother was also detained": TURCOP).

A release with no doer of captives named as someone's ("one of the group's hostages, who was set free", "two of
al-Shabaab's hostages were freed": a `held-person` or `release-captive` noun of roles.tsv with a possessor) was done by
that possessor, who held them (`owned_captives`, asked by the coder); the possessor is then no target.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from eventwire.knowledge.actor_records import norm_text

CUSTODY = ("173", "181")
RELEASE = ("0841",)
TEXT_WINDOW = 2            # sentences back for a captive matched by its description
_LINKED = re.compile(r"-> \S+ \('([^']+)'")     # (coreference's why: "pronoun 'he' -> YEMMED ('reporter', ...")


def _keys(t, noted: bool = False) -> list:
    """The keys a captive is known by: its identity ('e', entity) for a known person, its description ('t', code,
    words) for a phrase of two words or more that is no pronoun; and ('w', code, words): a captive's own words where
    it is `noted`, or, for a pronoun or description that coreference linked to a mention, that mention's words ("he"
    after "the reporter was jailed by X")."""
    if t is None:
        return []
    out = []
    if t.entity and t.kind == "person":
        out.append(("e", t.entity))
    words = norm_text(t.text or "")
    from eventwire.coding.clause_record import role_words
    own = bool(words) and words.split()[0] not in role_words().get("captive-pronoun", frozenset())
    if own and len(words.split()) >= 2:
        out.append(("t", t.code, words))
    if noted and own:
        out.append(("w", t.code, words))
    elif not noted and (linked := _LINKED.search(t.why or "")) is not None and "(coreference)" in (t.why or ""):
        out.append(("w", t.code, norm_text(linked.group(1))))
    return out


def _captor(e) -> bool:
    s = e.source
    return e.cameo[:3] in CUSTODY and e.modality in ("asserted", "reported") and s is not None and e.target is not None \
        and bool(s.country or s.entity) and s.code != e.target.code


def _remember(memory: dict, events, sent_i: int) -> dict:
    """`memory` ({captive key: (sentence, start, captor)}, the latest captor of each key) with the captors of
    `events`, told in sentence `sent_i`."""
    for e in events:
        if _captor(e):
            for k in _keys(e.target, noted=True):
                if k not in memory or (sent_i, e.trigger_start) > memory[k][:2]:
                    memory[k] = (sent_i, e.trigger_start, e.source)
    return memory


def note_captors(events, sent_i: int, ctx) -> None:
    """Remember each captor of the sentence's acts of custody, by its captive's keys (read by remembered_captor)."""
    _remember(ctx.__dict__.setdefault("_captors", {}), events, sent_i)


def _in_captivity(pred) -> bool:
    """Whether the act was done "in" a place of captivity ("beaten in prison", "tortured in custody")."""
    from eventwire.coding.clause_record import role_words
    words = role_words().get("captivity-noun", frozenset())
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.lemma_.lower() in words
                                                              for g in c.children) for c in pred.children)


def remembered_captor(code: str, lemma: str, targets: list, events: list, sent_i: int, ctx,
                      pred=None) -> Optional[tuple]:
    """([actor], rule text): the last captor the story named for the captive of an act of custody with no doer (module
    doc), or of an act of force done to it in captivity (`pred`, the act's word: "beaten in prison"), or None."""
    held = code[:2] == "18" and pred is not None and _in_captivity(pred)
    if not (code[:3] in CUSTODY or code[:4] in RELEASE or held) or len(targets) != 1:
        return None
    keys = _keys(targets[0])
    if not keys:
        return None
    memory = ctx.__dict__.get("_captors", {})
    here = _remember({}, events, sent_i)       # (this sentence's own acts, not yet noted)
    best = None
    for k in keys:
        for got in (memory.get(k), here.get(k)):
            if got is not None and (k[0] == "e" or sent_i - got[0] <= TEXT_WINDOW) \
                    and (best is None or got[:2] > best[:2]):
                best = got
    if best is None:
        return None
    source = best[2]
    from eventwire.knowledge.implicit_agents import implicit_sector
    sector = (implicit_sector(code, lemma) or "").rstrip("?@")
    if not source.entity and source.country and sector and source.sector != sector:
        # ("arrested by Turkish police ... charged with terrorism": the captor's state, through its courts)
        source = replace(source, code=source.country + sector, sector=sector, text=source.text)
    who = f"'{targets[0].text}'"
    how = f"the captor the story named for {who}"
    return [replace(source, why=(source.why or "") + f"; {how}")], f"; doer: {how} (remembered)"


_AGAIN = ("also", "too", "likewise")


def repeated_captor(code: str, lemma: str, anchor, events: list, sent_i: int, ctx) -> Optional[tuple]:
    """([actor], rule text): for an act of custody "also" done with no doer (module doc), the last captor named in its
    sentence or the two before, or None."""
    if code[:3] not in CUSTODY or anchor is None \
            or not any(c.dep_ == "advmod" and c.lower_ in _AGAIN for c in anchor.children):
        return None
    best = None
    for got in list(ctx.__dict__.get("_captors", {}).values()) + list(_remember({}, events, sent_i).values()):
        if sent_i - got[0] <= TEXT_WINDOW and (best is None or got[:2] > best[:2]):
            best = got
    if best is None or not best[2].country:
        return None
    source = best[2]
    from eventwire.knowledge.implicit_agents import implicit_sector
    sector = (implicit_sector(code, lemma) or "").rstrip("?@")
    if not source.entity and sector and source.sector != sector:
        source = replace(source, code=source.country + sector, sector=sector, text=source.text)
    how = f"the last captor the story named, for an act done 'also' ('{source.text or source.code}')"
    return [replace(source, why=(source.why or "") + f"; {how}")], f"; doer: {how} (remembered)"


def owned_captives(cl, code: str):
    """The possessor token of the captives a release with no doer was done to ("one of the militia's hostages, who
    was set free": "militia"), or None (module doc)."""
    if code[:4] not in RELEASE or cl.kind != "verb" or cl.subj is not None:
        return None
    from eventwire.coding.clause_record import RELATIVE_PRONOUNS, role_words
    words = role_words()
    nouns = words.get("held-person", frozenset()) | words.get("release-captive", frozenset())
    tok = next((c for c in cl.pred.children if c.dep_ == "nsubjpass"), None)
    if tok is not None and tok.lower_ in RELATIVE_PRONOUNS and cl.pred.dep_ == "relcl":
        tok = cl.pred.head                      # ("hostages, who was set free")
    if tok is not None and (tok.like_num or tok.pos_ in ("NUM", "PRON", "DET")):
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        tok = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else tok
    if tok is None or tok.lemma_.lower() not in nouns:
        return None
    return next((c for c in tok.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
