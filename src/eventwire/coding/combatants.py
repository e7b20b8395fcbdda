"""Private people who fight bear arms (issue 14, "wrong source": volunteers who fought for a side coded as civilians).

    events = armed_doers(sdoc, events)     # after the events of a document are coded, given sides and folded

A demonym, a person noun or a name the actor lists do not know gives private people of a country their civilian code
(knowledge/private_nationals.py: "a Briton", "a British engineer", "Jack Smith, from Leeds"); an occupation, its
sector ("an American student" USAEDU; data/coding/roles.tsv `private-sector`). As the doer of a verb of armed
fighting (roles.tsv `combat-verb`: "a Briton killed fighting Isis", "Canadian volunteers fought with the YPG",
"tribesmen armed to fight") they are no civilians: they are irregular fighters of that country (UAF, the code
"British fighters" has), still not its state. The same mention as the doer of the sentence's other acts takes the
same code. A head noun that says its people bear no arms keeps the civilian code (`non-combatant`: "civilians fought
back", "the families of men killed fighting"). Only the verb: a noun "fight" is as often a campaign of words
("women's long fight for the vote").

Done once the document's events are complete: the rules that read a victim as the one who fought someone, or fold an
act told twice, compare the codes the coder gave (coding/sides.py, coding/retold.py).
"""
from __future__ import annotations

from dataclasses import replace

from eventwire.coding.clause_record import role_words


def _words(cls: str) -> frozenset:
    return role_words().get(cls, frozenset())


def _private(a) -> bool:
    sector = (a.sector or "") if a is not None else ""
    head = (a.text or "").split()[-1:] if a is not None else []
    return bool(sector) and sector.lower() in _words("private-sector") and bool(a.code) \
        and a.code.endswith(sector) and bool(head) and head[0].lower() not in _words("non-combatant")


def _fights(sdoc, e) -> bool:
    if not (e.cameo or "").startswith("19") or e.trigger_token is None:
        return False
    toks = {e.trigger_token, *(e.act_tokens or ())}
    return any(0 <= i < len(sdoc) and sdoc[i].pos_ == "VERB" and sdoc[i].lemma_.lower() in _words("combat-verb")
               for i in toks)


def armed_doers(sdoc, events: list) -> list:
    """The events with a fighting private doer (and that mention's other acts) coded as that country's UAF."""
    if sdoc is None or not events:
        return events
    armed = {(e.source.start, e.source.code) for e in events
             if e.source is not None and e.source.start is not None and _private(e.source) and _fights(sdoc, e)}
    if not armed:
        return events
    out = []
    for e in events:
        a = e.source
        if a is not None and (a.start, a.code) in armed:
            sector = a.sector or ""
            new = (a.country or a.code[:-len(sector)]) + "UAF"
            a = replace(a, code=new, sector="UAF",
                        why=f"{a.why or ''}; fights: a private person who bears arms, irregular (UAF), not a civilian")
            e = replace(e, source=a, rule=(e.rule or "") + f"; '{a.text}' fights: armed, not a civilian",
                        counts=list(e.counts))
        out.append(e)
    return out
