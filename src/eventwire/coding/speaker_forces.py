"""A leader's announcement of what his own forces will do: "the president said his army would retake the valley".

An act to come in someone's words (modality `intent`, no intention verb of its own: "would", "will") is the
speaker's announced intention, a threat or a promise (138, 030, ...). Where its subject is a bare sector noun the
speaker owns through a possessive pronoun ("his troops", "its air force", "their fighters"), the one who threatens
or promises is the speaker, not the men who would carry it out: the speaker's actors take the source, when they are
of the same country as the forces (or the forces have none). A named force ("his Republican Guard") keeps itself.
"""
from __future__ import annotations

# ("our" is left out: in reported words it is the reporter's, "they said our families would ...")
OWNER_PRONOUNS = {"his": "person", "her": "person", "its": "other", "their": "any"}
# sectors of those who carry out a state's or a group's acts (not "his family", "their supporters")
FORCE_SECTORS = frozenset({"MIL", "COP", "SPY", "REB", "INS", "UAF", "GOV"})


def own_forces_speaker(coder, cl, modality: str, sources: list, ctx, sent):
    """(speaker actors, rule text) where an announced act's doer is the speaker's own forces, else None."""
    if modality != "intent" or cl.intent_head is not None or cl.passive or cl.subj is None or not sources:
        return None
    if not all(getattr(s, "kind", None) == "sector" and not s.entity and not s.name and s.sector in FORCE_SECTORS
               for s in sources):
        return None
    poss = next((c for c in cl.subj.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
    if poss is None or poss.lower_ not in OWNER_PRONOUNS:
        return None
    anchor = cl.light_verb if cl.light_verb is not None else cl.pred
    speaker = coder._speaker(anchor)
    if speaker is None or speaker.i > cl.subj.i and speaker.lower_ in ("he", "she", "it", "they"):
        return None
    kind = OWNER_PRONOUNS[poss.lower_]
    if kind == "person" and (speaker.tag_ in ("NNS", "NNPS") or speaker.lower_ in ("it", "they", "we")
                             or speaker.ent_type_ in ("ORG", "GPE", "NORP")):
        return None          # "his" owns forces as one person does: not "the ministry said his men"
    if kind == "other" and speaker.pos_ == "PROPN" and speaker.ent_type_ == "PERSON":
        return None
    said = [a for a in coder.actors_for(speaker, ctx, sent, role="source") if a.country or a.entity]
    if not said or any(s.country and a.country and s.country != a.country for a in said for s in sources):
        return None
    return said, (f"; announced by '{speaker.text}' of '{poss.text} {cl.subj.text}' "
                  f"(a speaker's own forces' act to come is the speaker's intention)")
