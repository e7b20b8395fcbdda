"""The ground a show of force is sent to menace (issue 14, no target of a show of force, session 28).

"sent aircraft to buzz Greek islands", "deployed warships to intimidate Norway's fishing fleet": forces or military craft
sent for a `show_purpose` (argument_kinds.tsv: buzz, overfly, intimidate) are a show of force (150, the lexicon's
`inf:@armed_show` rows, coding/senses.py) aimed at the party the purpose's object names, and where that object is
ground ("Greek islands", "Norway's coast") at the state its own words name, as an act of force on that ground is. The
target fallbacks (coding/roles.py, act_args.purpose_party) take a party named by the object itself ("to intimidate
Taiwan"); this reads the owner of ground, which the fallbacks leave as a mere place. Never the doer's own side.
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.same_party import other_parties


def shown_ground(coder, cl, entry, sources, ctx, sent) -> Optional[tuple]:
    """([actors], how) for the state whose ground a show of force's purpose names (module doc), or None."""
    if not entry.id.endswith("-armed-show") or cl.kind != "verb":
        return None
    from eventwire.coding.act_args import purpose_party
    for tok in purpose_party(cl):
        found = other_parties(coder, tok, sources, ctx, sent, role="owner")
        if found:
            return found, f"the owner of '{tok.text}', what the show of force was sent to menace"
    return None
