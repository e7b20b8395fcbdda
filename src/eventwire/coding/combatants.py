"""Private people who fight bear arms (issue 14, "wrong source": volunteers who fought for a side coded as civilians).

    events = armed_doers(sdoc, events)     # after the events of a document are coded, given sides and folded

A demonym, a person noun or a name the actor lists do not know gives private people of a country their civilian code
(knowledge/private_nationals.py: "a Briton", "a British engineer", "Jack Smith, from Leeds"); an occupation, its
sector ("an American student" USAEDU; data/coding/roles.tsv `private-sector`). As the doer of a verb of armed
fighting (roles.tsv `combat-verb`: "a Briton killed fighting Isis", "Canadian volunteers fought with the YPG",
"tribesmen armed to fight") they are no civilians: they are irregular fighters of that country (UAF, the code
"British fighters" has), still not its state. The same mention as the doer of the sentence's other acts takes the
same code. A head noun that says its people bear no arms keeps the civilian code (`non-combatant`: "civilians fought
back", "the widows of soldiers killed fighting"). Only the verb: a noun "fight" is as often a campaign of words
("women's long fight for the vote").

Done once the document's events are complete: the rules that read a victim as the one who fought someone, or fold an
act told twice, compare the codes the coder gave (coding/sides.py, coding/retold.py).
"""
from __future__ import annotations

from dataclasses import replace

from eventwire.coding.armed_people import armed_mention, armed_people, person_key
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


def _told_armed(sdoc, a, ctx):
    """Why the story tells the private people `a` names fight though its event is no fight (coding/armed_people.py)."""
    if ctx is None or a is None or a.start is None or a.end is None or not _private(a):
        return None
    span = sdoc.char_span(a.start, a.end, alignment_mode="expand")
    return armed_mention(span.root, ctx) if span is not None and len(span) else None


def _armed(a, sector: str, why: str):
    new = (a.country or a.code[:-len(sector)]) + "UAF"
    return replace(a, code=new, sector="UAF", why=f"{a.why or ''}; {why}: a private person who bears arms, irregular "
                                                   "(UAF), not a civilian")


def armed_doers(sdoc, events: list, ctx=None) -> list:
    """The events with a fighting private doer (and that mention's other acts) coded as that country's UAF; with the
    document's context, also the people its text tells fight, and a person so told in all the story's events
    (coding/armed_people.py)."""
    if sdoc is None or not events:
        return events
    armed = {(e.source.start, e.source.code) for e in events
             if e.source is not None and e.source.start is not None and _private(e.source) and _fights(sdoc, e)}
    people = armed_people(sdoc, events, ctx) if ctx is not None else {}
    for e in events:
        if e.source is not None and (e.source.start, e.source.code) in armed and person_key(e.source):
            people.setdefault(person_key(e.source), f"'{e.source.text}' fights ('{e.trigger_text}')")
    out = []
    for e in events:
        a = e.source
        if a is not None and (a.start, a.code) in armed:
            a = _armed(a, a.sector or "", "fights")
            e = replace(e, source=a, rule=(e.rule or "") + f"; '{a.text}' fights: armed, not a civilian",
                        counts=list(e.counts))
        sides = {}
        for side in ("source", "target"):
            a = getattr(e, side)
            if a is None or not _private(a) or (side == "source" and (a.start, a.code) in armed):
                continue
            key = person_key(a)
            why = people.get(key) if key else None
            why = why if why is not None else _told_armed(sdoc, a, ctx)
            if why is not None:
                sides[side] = _armed(a, a.sector or "", why)
        if sides:
            e = replace(e, **sides, rule=(e.rule or "") + "; " + "; ".join(
                f"'{x.text}' fights: armed, not a civilian" for x in sides.values()), counts=list(e.counts))
        out.append(e)
    return out
