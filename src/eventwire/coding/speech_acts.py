"""Speech that codes as an act of its speaker (a coder stage, mixed into coding/coder.Coder): a demand reported as
what another party "must" do ("China says Japan must stop patrols near the islands": China demands of Japan, 10x), and
whether an "I" is a named speaker quoted without quote marks; also a blame another is said to bear ("Paris said
Moscow bears the blame for the killings": Paris accuses Moscow, 112, not Moscow acknowledging it, 015).
Split from coder.py to keep it short."""
from __future__ import annotations

from eventwire.coding.clause_record import DEMANDING_SPEECH
from eventwire.coding.clauses import Clause
from eventwire.coding.context import DocContext, modal_code
from eventwire.model import Event


class SpeechActs:
    def _demand(self, cl: Clause, entry, sent, sent_i: int, ctx: DocContext) -> list[Event]:
        """ "China says Japan must stop patrols near the islands": China demands (10x) of Japan."""
        code = modal_code("demand", entry.cameo)
        if code is None:
            return []             # "X says Y must attack": not a demand we can code
        return self._speaker_act(cl, entry, cl.demand_by, code, "demand",
                                 f"demand: '{cl.demand_by.lemma_} ... must {cl.pred.lemma_}' ({entry.id}) -> {code}",
                                 sent, sent_i, ctx)

    def blamed_by(self, cl: Clause, entry):
        """The reporting verb of someone who says another bears responsibility ("Paris said Moscow bears
        responsibility for the deaths", "Moscow bears responsibility ..., the minister said"), or None: a 015 whose
        verb is `bear` told by a speaker other than its subject (not "the Kremlin said it bears responsibility"); also
        an act the subject is told to be responsible for ("Paris said Moscow is responsible for arming the militia":
        `blamed_act_frame`)."""
        from eventwire.coding.clauses import subject_of
        if cl.subj is None or cl.subj.pos_ == "PRON":
            return None
        if entry.cameo == "015" and cl.pred.lemma_.lower() == "bear":
            verb = cl.pred
        elif (verb := blamed_act_frame(cl.pred)) is None:
            return None
        cands = [verb.head] if verb.dep_ in ("ccomp", "parataxis") and verb.head.i != verb.i else []
        cands += [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and (c.i > verb.i or any(
            t.text == ":" for t in verb.doc[c.i:verb.i]))]   # (also "X tweeted: 'Y is ...'" read the other way round)
        for rep in cands:
            if rep.lemma_.lower() not in self.reporting and rep.lemma_.lower() not in DEMANDING_SPEECH:
                continue
            speaker, _ = subject_of(rep)
            if speaker is not None and speaker.i != cl.subj.i and speaker.lower_ not in ("it", "we", "i"):
                return rep
        return None

    def _blame(self, cl: Clause, entry, rep, sent, sent_i: int, ctx: DocContext) -> list[Event]:
        """ "Paris said Moscow bears responsibility for the deaths": Paris accuses Moscow (112); "Paris said Moscow is
        responsible for arming the militia": the same accusation, and the arming is no act of Moscow's."""
        frame = blamed_act_frame(cl.pred)
        if frame is not None:
            if frame.lemma_.lower() == "bear":
                return []         # (the accusation is the "bears responsibility" clause's own)
            return self._speaker_act(cl, entry, rep, "112", "asserted",
                                     f"an act another is said to be responsible for: '{rep.lemma_} ... responsible "
                                     f"for {cl.pred.text}' ({entry.id}) -> 112, the speaker accuses", sent, sent_i, ctx)
        return self._speaker_act(cl, entry, rep, "112", "asserted",
                                 f"responsibility another is said to bear: '{rep.lemma_} ... {cl.pred.lemma_} "
                                 f"responsibility' ({entry.id}) -> 112, the speaker accuses", sent, sent_i, ctx)

    def _speaker_act(self, cl: Clause, entry, rep, code: str, modality: str, rule: str, sent, sent_i: int,
                     ctx: DocContext) -> list[Event]:
        """The act of the speaker of `rep` aimed at the clause's subject, coded `code`."""
        from eventwire.coding.clauses import subject_of
        speaker, _ = subject_of(rep)
        sources = self.actors_for(speaker, ctx, sent, role="source")
        targets = self.actors_for(cl.subj, ctx, sent, role="target")
        if not sources or not targets:
            return []
        info = self.ontology.cameo(code)
        if info is None:
            return []
        start = min(rep.idx, cl.pred.idx)
        end = max(rep.idx + len(rep.text), cl.pred.idx + len(cl.pred.text))
        out = []
        for s in sources:
            for t in targets:
                if s.code == t.code:
                    continue
                ev = Event(source=s, target=t, cameo=code, plover_type=info.plover_type, plover_mode=info.plover_mode,
                           goldstein=info.goldstein, quad_class=info.quad_class, sentence=sent_i,
                           trigger_text=ctx.text[start:end], trigger_start=start, trigger_end=end,
                           confidence=0.75 - 0.06 * self._clause_depth(rep), pattern=entry.id, rule=rule,
                           modality=modality, sentence_text=ctx.text[sent.start_char:sent.end_char].strip())
                ev.trigger_token = rep.i
                out.append(ev)
        return out


    def _speaker_named(self, pronoun) -> bool:
        """Whether an "I" speaks in the complement of a reporting verb whose subject is someone else ("'I write to
        protest ...,' Justice X wrote"): it is that speaker, quoted, even where the quote marks were not found (not
        "I asked Ahmed if he thought ...", where the reporting verb is below the writer's)."""
        return any(t.lemma_.lower() in self.reporting and any(c.dep_ == "nsubj" and c.text != "I" for c in t.children)
                   for t in pronoun.ancestors)


# the words of blame whose "for V-ing" is what another is blamed for, and the verbs that carry them
BLAME_WORDS = frozenset({"responsible", "responsibility", "blame", "culpable", "accountable"})
BLAME_VERBS = frozenset({"be", "bear"})


def blamed_act_frame(pred):
    """The verb that lays the blame for the act `pred` names in a "for V-ing" phrase on its subject ("Moscow is
    responsible for arming the militia", "bears responsibility for arming"): "is" or "bears", or None."""
    if pred.pos_ == "NOUN" and pred.dep_ == "pobj" and pred.head.lower_ == "behind" \
            and pred.head.head.lemma_.lower() == "be":
        return pred.head.head            # "Paris said Moscow was behind the attack" (an act noun: culprit_acts.py)
    if pred.pos_ != "NOUN" and pred.tag_ != "VBG" or pred.dep_ not in ("pcomp", "pobj") or pred.head.lower_ != "for":
        return None                      # ("responsible for arming", "responsible for the attack")
    word = pred.head.head
    if word.lemma_.lower() not in BLAME_WORDS or word.dep_ not in ("acomp", "dobj", "attr"):
        return None
    verb = word.head
    return verb if verb.lemma_.lower() in BLAME_VERBS else None
