"""The sense of a noun with a labour and a military reading ("strike"): a stoppage of work (CAMEO 143) or an attack
(19x). The lexicon has rows of both readings for the noun and for the verbs that take it ("staged a strike",
"launched a strike"); this stage reads the noun's own words and keeps only the rows of its sense:

* a stoppage: a labour modifier ("a general strike", "a rail strike", "a 24-hour strike"), an over/for/against phrase
  naming what work is about ("a strike over pay", "against job cuts"), a doer who works ("teachers began a strike",
  "the nurses' union's strike", sectors LAB/EDU/HLH), or a bare "on strike" after go/be/remain ("went on strike");
* an attack: a weapon modifier ("an air strike", "a drone strike", "retaliatory strikes"), a strike that killed or
  wounded or that people died in ("three died in the strike", "the strike killed four"), a doer that is a state,
  its nationality or an armed side ("an Israeli strike", "the army launched a strike"), or an on/against phrase
  naming a place, a building or an armed side ("a strike on a hospital", "strikes on rebel positions").

A weapon modifier or a killing wins over every labour cue; a labour cue wins over a state doer ("Peruvian miners'
strike"). With no cue of its own the noun takes the story's sense when the story's words point one way only
(airstrikes and warplanes, or unions and pay); else the rows stay as the lexicon ranks them. Words: data/coding/strike_senses.tsv.
"""
from __future__ import annotations

import functools

from eventwire.coding.tables import word_kind_sets

LABOUR, FORCE = "labour", "force"
_FORCE_ROOTS = ("18", "19", "20")


@functools.cache
def _words() -> dict:
    return word_kind_sets("strike_senses.tsv")


def two_sense(lemma: str | None) -> bool:
    """Whether the noun has a labour and a military reading."""
    return bool(lemma) and lemma.lower() in _words().get("noun", ())


def _actor(coder, tok):
    from eventwire.coding.senses import _phrase_actor, _gpe_actor
    a = _phrase_actor(coder, tok)
    if a is None and tok.ent_type_ in ("GPE", "NORP"):
        a = _gpe_actor(coder, tok)
    return a


def _doer_sense(coder, tok) -> str | None:
    """LABOUR for a doer who works ("teachers", "the union"), FORCE for a state, its nationality or an armed side."""
    if tok is None:
        return None
    w = _words()
    if tok.lemma_.lower() in w.get("labour_doer", ()) or tok.lower_ in w.get("labour_doer", ()):
        return LABOUR
    if tok.pos_ == "PRON":
        return None
    a = _actor(coder, tok)
    if a is not None:
        sector = (a.sector or "").lower()      # (the table's words are read lower-cased)
        if sector in w.get("labour_sector", ()):
            return LABOUR
        if sector in w.get("force_sector", ()) or (a.kind == "country" and not a.sector):
            return FORCE
    if tok.ent_type_ == "NORP" or (tok.ent_type_ == "GPE" and tok.dep_ in ("compound", "amod", "poss", "nmod")):
        return FORCE       # "an Israeli strike", "a US strike", "Russia's strikes"
    return None


def _killing(noun) -> bool:
    """The strike killed or wounded, or people died in it: "the strike killed four", "three died in the strike"."""
    verbs = _words().get("force_verb", ())
    head = noun.head
    if noun.dep_ in ("nsubj", "agent") and head.lemma_.lower() in verbs:
        return True
    if noun.dep_ == "pobj" and head.lower_ in ("in", "by") and head.head.lemma_.lower() in verbs:
        return True
    return any(c.dep_ == "acl" and c.lemma_.lower() in verbs for c in noun.children)   # "a strike killing three"


def _on_strike(noun) -> bool:
    """A bare "on strike" after go/be/remain: "went on strike", "are still on strike"."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "on" \
        and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in noun.children) \
        and noun.head.head.lemma_.lower() in _words().get("on_strike_verb", ())


def _prep_objects(noun, verb=None):
    """(preposition, object head) of the noun's phrases and, for a verb's object, of the verb's."""
    for head in (noun, verb):
        if head is None:
            continue
        for p in head.children:
            if p.dep_ == "prep":
                for o in p.children:
                    if o.dep_ == "pobj":
                        yield p.lower_, o


def _labour_cause(prep: str, obj) -> bool:
    """An over/for/against phrase about work: "over pay", "for better conditions", "against job cuts"."""
    causes = _words().get("labour_cause", ())
    return prep in ("over", "for", "against") and (obj.lemma_.lower() in causes or obj.lower_ in causes)


def strike_sense(coder, noun, doer=None, verb=None, story=True) -> str | None:
    """LABOUR, FORCE or None (no cue) for a two-sense noun token; ``doer`` is the act's doer (a clause's subject, the
    noun's possessor or actor modifier), ``verb`` the verb whose object the noun is."""
    w = _words()
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < noun.i]
    mod_words = {m.lemma_.lower() for m in mods} | {m.lower_ for m in mods}
    if mod_words & w.get("force_mod", ()) or _killing(noun):
        return FORCE
    labour = bool(mod_words & w.get("labour_mod", ())) or _on_strike(noun)
    force = False
    for p, o in _prep_objects(noun, verb):
        lem = o.lemma_.lower()
        if _labour_cause(p, o):
            labour = True
        elif p in ("on", "against", "into") and o.ent_type_ not in ("DATE", "TIME") and (
                lem in w.get("force_target", ()) or o.ent_type_ in ("GPE", "LOC", "FAC")
                or _doer_sense(coder, o) == FORCE):
            force = True
    if labour:
        return LABOUR
    senses = {_doer_sense(coder, t) for t in [doer] + mods}
    if LABOUR in senses:
        return LABOUR
    if FORCE in senses or force:
        return FORCE
    return _story_sense(coder, noun.doc) if story else None


def _story_sense(coder, doc) -> str | None:
    """With no cue of its own, a strike takes the sense of the story's words when they all point one way ("the
    strikes" in a story of airstrikes and warplanes; "the strike" in one of unions and pay), the other strikes'
    own cues among them ("the US strikes on Syria" earlier in the story)."""
    key = "eventwire.strike_sense.story"
    if key in doc.user_data:
        return doc.user_data[key]
    w = _words()
    lemmas = {t.lemma_.lower() for t in doc if t.pos_ == "NOUN" and not t.ent_type_}   # (not "European Union")
    own = {strike_sense(coder, t, story=False) for t in doc if t.pos_ == "NOUN" and two_sense(t.lemma_.lower())}
    force = bool(lemmas & w.get("force_story", frozenset())) or FORCE in own
    labour = bool(lemmas & w.get("labour_story", frozenset())) or LABOUR in own
    got = FORCE if force and not labour else LABOUR if labour and not force else None
    doc.user_data[key] = got
    return got


_WORK_ROW = "143.strike-work"


def _labour_verb(coder, verb, subj) -> bool:
    """An intransitive "strike" that stops work: its doer works or a phrase names what work is about ("teachers
    struck on Monday", "drivers struck for a day against the pension reform")."""
    if any(_labour_cause(p, o) for p, o in _prep_objects(verb)):
        return True
    return subj is not None and _doer_sense(coder, subj) == LABOUR


def _root(e) -> str:
    return e.cameo[:2]


def sensed_verb_entries(coder, entries, verb, obj, subj):
    """A verb's rows without those of the other sense of its two-sense object; an intransitive "strike" by workers
    or over pay is the stoppage row 143.strike-work ("began a strike over pay" is no
    airstrike; "the army staged strikes on the camps" no stoppage). A row of the wrong sense that names the noun as
    its object word is dropped; the noun is then coded by itself, as a light verb's."""
    if entries and obj is None and verb.lemma_.lower() in _words().get("verb", ()) \
            and _labour_verb(coder, verb, subj):
        row = coder.lex.by_id.get(_WORK_ROW)      # "the nurses struck over pay": they stopped work
        return [row] if row is not None else entries
    if not entries or obj is None or not two_sense(obj.lemma_.lower()):
        return entries
    sense = strike_sense(coder, obj, subj, verb)
    if sense is None:
        return entries
    noun = obj.lemma_.lower()

    def wrong(e) -> bool:
        if not e.object or noun not in e.object:
            return False
        return _root(e) in _FORCE_ROOTS if sense == LABOUR else _root(e) == "14"
    return [e for e in entries if not wrong(e)]


def sensed_noun_entries(coder, entries, noun, cl):
    """An event noun's rows of its own sense: a labour strike drops the attack rows ("a strike in the capital" is
    no attack when workers hold it), an attack drops the stoppage rows and, with none left, takes the noun's attack
    row that names no preposition ("an Israeli strike": 19x, not 143)."""
    if not two_sense(noun.lemma_.lower()):
        return entries
    sense = strike_sense(coder, noun, cl.subj)
    if sense == LABOUR:
        return [e for e in entries if _root(e) not in _FORCE_ROOTS]
    if sense == FORCE:
        kept = [e for e in entries if _root(e) != "14"]
        if not kept and entries:
            rows = coder.lex._nouns.get(noun.lemma_.lower(), ())
            kept = [e for e in rows if not e.is_block and not e.prep and _root(e) in _FORCE_ROOTS][:1]
        return kept
    return entries
