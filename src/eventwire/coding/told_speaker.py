"""The speaker's own act in words told after what is said (issue 14, reported speech: the speaker's act is lost):
"The ambassador said India was not involved, rejecting an accusation by Pakistan's army" -- the parser hangs the
V-ing on what is reported ("involved"), whose subject is the one the report is about, or a passive's patient; the
rejection is the ambassador's. Asked by clause_args.subject_of."""
from __future__ import annotations

from eventwire.coding.lexicon import default_lexicon

# roots of acts done in words: statements, appeals, demands, disapproval, rejection, threats
WORD_ROOTS = frozenset({"01", "02", "10", "11", "12", "13"})
from eventwire.coding.clause_record import RELATIVE_PRONOUNS as RELATIVES


def speaker_of_told_act(verb, anchor, dep):
    """(subject, rule) for an act done in words, told in a V-ing after a comma that the parser hung on what a verb of
    saying reports: the subject of the verb of saying; None otherwise (not "a helicopter was shot down, killing
    16": no act in words)."""
    if dep != "advcl" or verb.tag_ != "VBG" or verb.i == 0 or verb.doc[verb.i - 1].lower_ != "," \
            or anchor.dep_ != "ccomp" or anchor.i > verb.i:
        return None
    lex = default_lexicon()
    said = anchor.head
    if said.lemma_.lower() not in lex.reporting_verbs \
            or not any(e.cameo[:2] in WORD_ROOTS for e in lex.match_verb(verb.lemma_.lower())):
        return None
    speaker = next((c for c in said.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.lower_ in RELATIVES:
        return None
    return speaker, f"the speaker of '{said.lower_}' (an act in words told after what is said)"


FORCE_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})


def words_as_doer(cl, code: str, sources: list) -> list:
    """The sources of an act, less the author of a claim, accusation or statement the parser made its subject
    ("Britain's claims about the agent used to poison the defector", read as the claims using it; "a statement
    announcing the liberation of the city"): words do no act of coercion or force, so their author is no doer of
    it (none is named then). Asked by the coder."""
    s = cl.subj
    if not sources or s is None or s.pos_ != "NOUN" or code[:2] not in FORCE_ROOTS:
        return sources
    from eventwire.coding.clause_record import SPEECH_NOUNS
    from eventwire.coding.nonevent import _is
    from eventwire.coding.accused import told_content
    if told_content(s):
        return sources       # ("the ministry's claim that its jets killed ..., but killed only one civilian": the
        #                      parser's subject for the second verb; the teller's side is the claimed doer's)
    if _is("claim", s) or _is("accusation", s) or s.lemma_.lower() in SPEECH_NOUNS:
        return []
    return sources
