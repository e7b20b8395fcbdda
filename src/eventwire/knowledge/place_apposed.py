"""A province or country named in the apposition of a town only situates that town.

"burned a school at a camp in Dover, on the south east coast of England", "wrecked shops
in Tikrit, the home town of the former ruler and capital of Salahuddin province", "stormed a barracks in Baiji, on
the northern edge of Salahuddin province": the parser often hangs the apposition on the verb, so that the
province looks like the act's own ground while the town sits in a clause below it or scores low. Where the province follows the town within its apposition (a comma,
then a few words with no verb ending in "of"/"in"/"on"/"near" before the province), the candidate the province makes
is the town's: the town takes its tier and attachment and the province is dropped (event_location._most_specific
then ranks the town among the other places as usual).
"""
from __future__ import annotations

# the town (or a place the gazetteer does not know) and the wider unit named in its apposition
_SMALL = (None, "city", "admin2")
_WIDE = ("admin1", "country", "region")
_LINKS = frozenset({"of", "in", "on", "near"})
MAX_GAP = 10      # tokens between the town's name and the province's


def _tokens(doc, p):
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    return (span.start, span.end) if span is not None and len(span) else None


def _situates(doc, small, wide, others: list) -> bool:
    """Is the place wide (i, j tokens) named in the apposition right after the place small?"""
    s, w = _tokens(doc, small), _tokens(doc, wide)
    if s is None or w is None or not (s[1] < w[0] <= s[1] + MAX_GAP):
        return False
    if doc[s[1]].text != "," or doc[w[0] - 1].lower_ not in _LINKS and not (
            w[0] >= 2 and doc[w[0] - 1].pos_ in ("DET", "ADJ") and doc[w[0] - 2].lower_ in _LINKS):
        return False
    for k in range(s[1] + 1, w[0]):
        t = doc[k]
        if t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":", "(", ")", "--") or t.lower_ == "or":
            return False      # "in Mosul, police said, in Nineveh": another clause, not an apposition
        if t.lower_ == "and" and k + 1 < w[0] and doc[k + 1].pos_ == "PROPN":
            return False      # "in Mosul, Kirkuk and Nineveh province": a list
    for o in others:          # another place between them, not the one that owns a word of the apposition
        ot = _tokens(doc, o)
        if ot is not None and s[1] < ot[0] < w[0] and doc[ot[1] - 1].dep_ != "poss" and doc[ot[1]].tag_ != "POS":
            return False
    return True


def apposed(doc, scored: list) -> list:
    """scored: event_location's (score, tier, attach, place, head) candidates. A wide place that only situates a town
    named just before it gives its candidacy to the town (see the module's doc)."""
    if len(scored) < 2:
        return scored
    places = [x[3] for x in scored]
    out = list(scored)
    for b, y in enumerate(scored):
        wide = y[3]
        if wide.feature not in _WIDE or wide.demonym:
            continue
        for a, x in enumerate(scored):
            small = x[3]
            if a == b or small.feature not in _SMALL or small.demonym or small.start >= wide.start:
                continue
            if small.country and wide.country and small.country != wide.country:
                continue
            if not _situates(doc, small, wide, [p for p in places if p is not small and p is not wide]):
                continue
            if (y[1], -y[2]) < (x[1], -x[2]):
                out[a] = (y[0], y[1], y[2], small, x[4])
            out[b] = None
            break
    return [x for x in out if x is not None]
