"""Doers who are their victims' kin (issue 14, no source): "two boys abducted by their father", "a woman killed by
her husband" name the doer by a `kin` noun of data/coding/roles.tsv (father, mother, husband, brother, family...)
owned by a pronoun that stands for the victim. No list names that person, so the coder resolves no one; the kin of
private people of a country are that country's private people (CVL), as coding/relational.py codes "the family of a
British soldier".

    events = kin_doers(sdoc, events)     # after borrow_doers (coding/doers.py)

The event: told (asserted or reported) with no source, a target of a known country that is no armed side or body
(a state's forces, a group), and a "by" phrase of its trigger whose noun is a kin noun owned by "his", "her", "their"
or "its" (not a name: "killed by Assad's brother" is a person the lists may know, read by the coder). The source is
that country's CVL, its `why` saying "implicit agent: the victims' own kin ('their father')".
"""
from __future__ import annotations

from dataclasses import replace

from eventwire.coding.clause_record import role_words
from eventwire.model import Actor, Event

KIN = role_words().get("kin", frozenset())
OWNERS = frozenset({"his", "her", "their", "its"})
NOT_PRIVATE = frozenset({"MIL", "REB", "INS", "UAF", "SEP", "COP", "GOV", "SPY", "JUD", "LEG"})
TOLD = ("asserted", "reported")


def _kin_agent(t):
    """The kin noun of trigger `t`'s "by" phrase owned by a pronoun, or None."""
    for c in t.children:
        if c.dep_ not in ("agent", "prep") or c.lower_ != "by":
            continue
        for p in (g for g in c.children if g.dep_ == "pobj"):
            if p.lemma_.lower() in KIN and any(k.dep_ == "poss" and k.lower_ in OWNERS for k in p.children):
                return p
    return None


def kin_doers(sdoc, events: list[Event]) -> list[Event]:
    """The events, with an act done by its victims' kin taking them as its doer (module doc)."""
    if sdoc is None or not events:
        return events
    out: list[Event] = []
    for e in events:
        tg = e.target
        kin = None
        if e.source is None and tg is not None and tg.country and (tg.sector or "") not in NOT_PRIVATE \
                and tg.kind not in ("group", "igo", "party") and e.modality in TOLD \
                and e.trigger_token is not None and e.trigger_token < len(sdoc):
            kin = _kin_agent(sdoc[e.trigger_token])
        if kin is None:
            out.append(e)
            continue
        left = min(k.idx for k in kin.subtree if k.i <= kin.i)
        text = sdoc.text[left:kin.idx + len(kin.text)]
        why = f"implicit agent: the victims' own kin ('{text}'), private people of their country {tg.country}"
        src = Actor.national(tg.country, "CVL", text=text, start=left, end=kin.idx + len(kin.text), why=why,
                             kind="sector")
        out.append(replace(e, source=src, rule=e.rule + f"; implicit agent: the victims' own kin ('{text}')",
                           counts=list(e.counts)))
    return out
