"""Acts a clause names without asserting them, read from the clause's frame (called by coding/modality.py `_status`):

- the purpose of a preparation: "villagers armed to fight the militants", "recruits trained to guard the border",
  "troops deployed to fight the insurgents": a participle of preparing (complements.tsv kind `prepare`) whose
  "to V" complement is what the people were prepared for, not an act done (the preparation is the act);
- a condition still awaited: "will stay until the insurgents are defeated", "until it is clear the rebels have
  withdrawn": an "until" clause in the present (or the clause it governs) names an outcome not yet reached (a past
  "fought until they were defeated" tells it happened, and stays);
- a plan no one owns: "the plan is to shell them into surrender" with no owner of the plan ("the army's plan",
  "the plan of the junta" name one, and stay an intention of theirs): a commentator's reading, nobody's announced
  intention;
- an outcome pursued: "sent envoys to obtain Russia's agreement", "resisted Moscow's attempts to stitch up a
  settlement", "hopes to secure the hostages' release": an event noun that is the object of a verb of obtaining
  (complements.tsv kind `obtain`) whose own clause is a purpose, an attempt or a hope names what is sought, not an
  agreement made or a release done (`pursued_outcome`);
- a model named: "a military parade in the capital based on France's Bastille Day parades", "a truce modelled on
  the one agreed in 2015": an event noun in the "on"/"after" phrase of a participle of modelling (complements.tsv
  kind `model`) names the pattern another thing follows, not an act the sentence tells (`model_named`);
- a "to V" subject that is supposed: "for Ankara to admit that its troops were there would have belied its claim",
  "to do anything other than send aid is to abandon them": an act pictured as the subject of a modal or present
  verb, not done (`supposed_subject`; a past "to attack the convoy was a mistake" may tell one done, and stays);
- a V-ing wanted or served: "are only interested in ousting the government", "papers are used for briefing the
  opposition": what is wanted (complements.tsv A `interest` with its preposition in the note) or what something is
  used for in the present, no act in particular (`pcomp_frame`);
- a proposed text's provision however deep: "a bill that would bar banks from funding embargoes imposed by the
  bloc": whatever lies inside a relative clause with a modal on a bill, law or measure (coding/unasserted.py
  `relative_frame`, reached here past the few steps `_status` climbs) tells what the text would do.
"""
from __future__ import annotations

from typing import Optional

from eventwire.doc_index import to_infinitive

_PRESENT = ("VBZ", "VBP", "VB")


def prepared_for(tok, head, dep: str, to_inf: bool, has) -> Optional[str]:
    """The why when `tok` is the "to V" complement of a participle of preparing ("armed to fight")."""
    if dep != "xcomp" or not to_inf or head.tag_ != "VBN" or not has("V", "prepare", head.lemma_.lower()):
        return None
    if any(c.dep_ == "dobj" for c in head.children):
        return None              # an active "had armed the men to fight": the complement is still a purpose, but
                                 # coding/modality.py's own object rules read it
    return f"'{head.text} to {tok.text}': what they were {head.text} for, not an act done"


def _until_mark(tok) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "until" for c in tok.children)


def awaited(tok, head, dep: str) -> Optional[str]:
    """The why when `tok` is, or is under, a present-tense "until" clause: an outcome awaited ("will remain until
    the rebels are defeated", "until it is clear the insurgents are defeated": the complement of the clause's
    copula or adjective, a few steps up)."""
    clause, t = None, tok
    for _ in range(4):
        if t.dep_ == "advcl" and _until_mark(t):
            clause = t
            break
        if t.dep_ not in ("ccomp", "conj", "acomp", "xcomp") or t.head.i == t.i:
            break
        t = t.head
    if clause is None or clause.tag_ not in _PRESENT:
        return None
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in clause.children):
        return None
    if tok.i != clause.i and (tok.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                                       for c in tok.children)):
        return None
    return f"'until ... {tok.text}': an outcome awaited, not an act done"


def ownerless_plan(subj) -> bool:
    """Whether an intention noun that is the subject of "is to V" ("the plan is to ...") names no owner: no
    possessor, no "of" phrase, no adjective of a people or state ("the Turkish plan")."""
    for c in subj.children:
        if c.dep_ == "poss":
            return False
        if c.dep_ == "prep" and c.lower_ in ("of", "by"):
            return False
        if c.dep_ in ("amod", "compound") and (c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")
                                               or c.pos_ == "PROPN"):
            return False
    return True


def contrasted_agent(agent):
    """ "fired not by the army but by the militia": a passive agent the text negates is not the doer; the "by"
    phrase set against it with "but" right after it is (however the parser hung it: on the agent, on the verb, or on
    a verb further up). Returns that "by" phrase, or `agent` itself when it is not negated or no "but by" follows
    ("not by the army", no one else named, stays the caller's to judge as before)."""
    if not any(c.dep_ == "neg" for c in agent.children):
        return agent
    own = next((c for c in agent.children if c.dep_ == "conj" and c.lower_ == "by"
                and any(p.dep_ == "pobj" for p in c.children)), None)
    if own is not None:
        return own                       # "not by the army but by the militia", parsed as one coordination
    doc = agent.doc
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
    j = (pobj or agent).right_edge.i + 1
    if j < len(doc) and doc[j].lower_ == ",":
        j += 1
    if j + 1 < len(doc) and doc[j].lower_ == "but" and doc[j + 1].lower_ == "by" \
            and any(c.dep_ == "pobj" for c in doc[j + 1].children):
        return doc[j + 1]
    return agent


def denied_agent(agent) -> bool:
    """ "shelled not by the army or the police": a negated "by" phrase with no "but by" set against it names no
    doer (contrasted_agent gives the doer where one follows)."""
    return agent is not None and any(c.dep_ == "neg" for c in agent.children) and contrasted_agent(agent) is agent


def inside_denied_agent(tok, top) -> bool:
    """Whether `tok` lies in a negated "by" phrase below `top` ("houses shelled not by Chad, but by the militia"):
    a party the text says did not do the act, neither its doer nor the ground it was done to."""
    for a in tok.ancestors:
        if a.i == top.i:
            return False
        if a.dep_ == "agent" and any(c.dep_ == "neg" for c in a.children):
            own = contrasted_agent(a)    # (not the "but by" phrase the parser hung on the denied one)
            return own is a or not (own.left_edge.i <= tok.i <= own.right_edge.i)
    return False


def denied_infinitive(tok, head, dep: str) -> Optional[str]:
    """The why when `tok` is the complement of a negated "to V" ("was meant to push back the rebels, not to help
    French troops fight al-Shabaab"): what the denied purpose would have brought about is not asserted."""
    if dep not in ("ccomp", "xcomp") or head.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ == "neg" for c in head.children) or not to_infinitive(head):
        return None
    return f"'not to {head.text} ... {tok.text}': the complement of a denied purpose, not an act asserted"


def text_provision(verb, depth: int = 14) -> Optional[tuple[str, object]]:
    """(why, the text's noun) when `verb` lies anywhere inside a relative clause with a modal ("would", "will",
    "could") on a proposed text or a rule ("the measure, which would forbid firms from joining boycotts organised
    by the bloc"): what the text would do, no act done; else None."""
    from eventwire.coding import unasserted
    tok = verb
    for _ in range(depth):
        head = tok.head
        if head.i == tok.i:
            return None
        if tok.dep_ == "relcl" and head.pos_ == "NOUN" and unasserted.proposed_text(head) \
                and any(c.dep_ == "aux" and c.lower_ in unasserted.TEXT_AUX for c in tok.children):
            return f"'{head.text} that {tok.text} ... {verb.text}': what a proposed text would do, not an act done", head
        tok = head
    return None


def pursued_outcome(noun, status, has) -> Optional[tuple[str, str]]:
    """(kind, why) when an event noun is the object of a verb of obtaining ("to obtain Russia's agreement", "attempts
    to stitch up a settlement") whose clause is not asserted: a purpose or an unrealised attempt gives "irrealis",
    an announced intention "intent" (the outcome is what is intended); None otherwise (an asserted "obtained Russia's
    agreement", "brokered a truce" tells the outcome)."""
    if noun.dep_ != "dobj":
        return None
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX") or not has("V", "obtain", verb.lemma_.lower()):
        return None
    kind, why, _ = status(verb)
    if kind in ("irrealis", "purpose"):
        return "irrealis", f"'{verb.text} ... {noun.text}': an outcome pursued ({why}), not an act done"
    if kind == "intent":
        return "intent", f"'{verb.text} ... {noun.text}': an outcome intended, not done"
    return None


def model_named(noun, has) -> Optional[str]:
    """The why when an event noun is the object of "on"/"after" under a participle of modelling ("a parade based on
    France's Bastille Day parades", "a force modelled after the UN mission"): the pattern followed, no act told."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("on", "upon", "after"):
        return None
    part = prep.head
    if part.tag_ != "VBN" or not has("V", "model", part.lemma_.lower()):
        return None
    return f"'{part.text} {prep.text} ... {noun.text}': a model named, not an act done"


def supposed_subject(tok, head, dep: str, to_inf: bool, modal_aux) -> Optional[str]:
    """The why when `tok` is a "to V" clausal subject ("for X to V ... would have belied", "to V ... is to ...") of a
    verb with a modal auxiliary or in the present: an act supposed, not done."""
    if dep not in ("csubj", "csubjpass") or not to_inf:
        return None
    modal = next((c for c in head.children if c.dep_ in ("aux", "auxpass") and c.lower_ in modal_aux), None)
    if modal is None and head.tag_ not in ("VBZ", "VBP"):
        return None
    return f"'{'for ... ' if any(c.dep_ == 'mark' and c.lower_ == 'for' for c in tok.children) else ''}to " \
           f"{tok.text} ... {modal.text + ' ' if modal is not None else ''}{head.text}': an act supposed, not done"


def pcomp_frame(prep, gov, has) -> Optional[str]:
    """The why when a V-ing after `prep` is what an adjective of wanting governs ("interested in ousting", "keen on
    buying": complements.tsv A `interest`, whose note names the preposition) or what a present passive "used for"
    serves ("are used for briefing"); None otherwise."""
    if gov.pos_ == "ADJ" and has("A", "interest", gov.lemma_.lower()) and prep.lower_ in ("in", "on"):
        return f"'{gov.text} {prep.text} ...': what is wanted, not an act done"
    if prep.lower_ == "for" and gov.lemma_.lower() == "use" and gov.tag_ == "VBN" and any(
            c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in gov.children):
        return f"'{gov.text} for ...': what something serves, no act in particular"
    return None


def prospect_subject(verb, noun_kind) -> Optional[str]:
    """ "the spectre of Arabs being sent to fight Kurds adds ...", misparsed with the prospect noun as the passive
    subject of "being V-ed": the gerund clause is what the noun's "of" phrase names, a prospect, not an act done.
    `noun_kind` is modality._noun_kind."""
    if not any(c.dep_ == "auxpass" and c.tag_ == "VBG" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"), None)
    if subj is None or noun_kind(subj, verbal=True) != "irrealis" \
            or not any(c.dep_ == "prep" and c.lower_ == "of" for c in subj.children):
        return None
    return f"'{subj.text} of ... being {verb.text}': what the prospect names, not an act done"
