"""The speaker's own act in words told after what is said (issue 14, reported speech: the speaker's act is lost):
"The ambassador said India was not involved, rejecting an accusation by Pakistan's army" -- the parser hangs the
V-ing on what is reported ("involved"), whose subject is the one the report is about, or a passive's patient; the
rejection is the ambassador's. Asked by clause_args.subject_of."""
from __future__ import annotations

from eventwire.coding.lexicon import default_lexicon

# roots of acts done in words: statements, appeals, demands, disapproval, rejection, threats
WORD_ROOTS = frozenset({"01", "02", "10", "11", "12", "13"})
RELATIVES = frozenset({"that", "which", "who", "whom", "whose"})


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
