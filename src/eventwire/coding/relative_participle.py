"""A participle after a relative clause that goes on with it (issue 14, wrong source; asked by
coding/clause_args.subject_of).

"Syria's leadership seconded its defence to Russia and Iran, who have clawed its military to a winning position,
destroying much of the country in the process, and regularly striking deals with factions": the parser hangs
"destroying" (and the "striking" coordinated with it) on the main verb, whose subject would then destroy and strike;
but the participle set right after the relative clause's last word, with nothing of its own, goes on telling what the
relative clause's noun did ("foreign fighters who flooded into Syria, swelling the ranks", "civilians who fled the
fighting, settling in camps", "airstrikes that have killed dozens, sometimes burying entire families"). Only where
the relative pronoun is the clause's active subject and its verb no copula ("all that are thought to be left",
"the group, which they accuse of ...", "a letter that was critical of him" keep the parser's reading), the
participle has no subject, marker or preposition of its own, and is no verb of saying (roles.tsv
`speaker-participle`: "the UK citizens who joined the militants, saying ...", "the people who have fled, warning
that ...": the main clause's speaker says it), and the main verb no act of force or coercion (lexicon roots 17-20:
"the army attacked the fighters who had crossed the border, killing 12": the attack's result, the army's).

    rel = continued_relative(verb)    # the relative clause's verb, whose subject does `verb`; or None
"""
from __future__ import annotations

from eventwire.coding.lexicon import default_lexicon
from eventwire.coding.tables import word_kind_sets

_SPEAKER = word_kind_sets("roles.tsv").get("speaker-participle", frozenset())
_PRONOUNS = frozenset({"who", "which", "that"})
_RESULT_ROOTS = frozenset({"17", "18", "19", "20"})
_OWN = frozenset({"nsubj", "nsubjpass", "mark", "aux", "auxpass", "expl"})


def continued_relative(verb):
    """The verb of the relative clause that the subjectless participle `verb` (an advcl the parser hung on a verb
    outside that clause) goes on with, or None (module doc)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.lemma_.lower() in _SPEAKER:
        return None
    if any(c.dep_ in _OWN for c in verb.children):
        return None
    doc = verb.doc
    lo = verb.left_edge.i
    if any(t.pos_ != "ADV" for t in doc[lo:verb.i]):
        return None                     # (only adverbs before it: "..., sometimes burying")
    if lo < 2 or doc[lo - 1].text != ",":
        return None
    last = doc[lo - 2]
    rel = next((a for a in [last] + list(last.ancestors) if a.dep_ == "relcl"), None)
    if rel is None or rel.right_edge.i != last.i or rel.i > verb.i or rel.lemma_.lower() == "be":
        return None
    if rel.head.pos_ not in ("NOUN", "PROPN"):
        return None
    subj = next((c for c in rel.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in _PRONOUNS or any(c.dep_ == "auxpass" for c in rel.children):
        return None
    anchor = verb.head
    if rel not in anchor.subtree or anchor in rel.subtree:
        return None                     # (only a clause the parser hung it above)
    if _forceful(anchor):
        return None                     # ("attacked the fighters who ..., killing 12": the attack's result)
    return rel


def _forceful(verb) -> bool:
    """Whether the lexicon reads the verb, with its particle, object and prepositions, as force or coercion."""
    kids = list(verb.children)
    prt = next((c.lower_ for c in kids if c.dep_ == "prt"), None)
    obj = next((c.lemma_.lower() for c in kids if c.dep_ == "dobj"), None)
    preps = frozenset(c.lower_ for c in kids if c.dep_ in ("prep", "agent"))
    return any(e.cameo[:2] in _RESULT_ROOTS and not e.is_block
               for e in default_lexicon().match_verb(verb.lemma_.lower(), prt, obj, preps))
