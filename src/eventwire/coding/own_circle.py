"""Countries of a doer's own circle met or consulted (issue 14 item 4; session 30, meet30).

    events = own_circle_countries(sdoc, events)    # a document stage, after access_asked_targets

"Following a meeting with his national security team, Donald Trump's White House issued a statement on Syria", "the
president consulted her advisers": a consultation (04) whose target is a body of several members (data/coding/roles.tsv
`member-body`: cabinet, advisers, aides, team) owned by a personal pronoun ("his", "her", "their") and given no
country (the sentence names another country, or the pronoun points forward to the doer) is the doer's own body: it
takes the doer's country. Never a body with a country of its own, nor one owned by a name ("Macron's advisers" is
read by the actor stages), nor where the doer has no country.

The target's `why` ends "; the doer's own <noun> ('his'): its country" and the event's rule ends with
"; target country: the doer's own".
"""
from __future__ import annotations

from dataclasses import replace

from eventwire.coding.proposal_author import MEMBER_BODIES
from eventwire.knowledge.actor_where import sector_only
from eventwire.model import Event

_OWNERS = ("his", "her", "their")


def own_circle_countries(sdoc, events: list[Event]) -> list[Event]:
    """The events, with a consultation of the doer's own body given the doer's country (module doc)."""
    if sdoc is None or not events:
        return events
    out = list(events)
    for i, e in enumerate(events):
        t, s = e.target, e.source
        if not (e.cameo or "").startswith("04") or not sector_only(t) or s is None or not s.country \
                or t.start is None or t.end is None or not t.text or t.text.split()[-1].lower() not in MEMBER_BODIES:
            continue
        span = sdoc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        head = span.root
        poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in _OWNERS), None)
        if poss is None:
            continue
        why = (t.why or "") + f"; the doer's own {head.text} ('{poss.text}'): its country"
        taken = replace(t, code=s.country + (t.sector or ""), country=s.country, why=why)
        out[i] = replace(e, target=taken, rule=(e.rule or "") + "; target country: the doer's own",
                         counts=list(e.counts))
    return out
