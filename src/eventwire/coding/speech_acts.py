"""Speech that codes as an act of its speaker (a coder stage, mixed into coding/coder.Coder): a demand reported as
what another party "must" do ("Russia says Israel must end attacks on Syria": Russia demands of Israel, 10x), and
whether an "I" is a named speaker quoted without quote marks. Split from coder.py to keep it short."""
from __future__ import annotations

from eventwire.coding.clauses import Clause
from eventwire.coding.context import DocContext, modal_code
from eventwire.model import Event


class SpeechActs:
    def _demand(self, cl: Clause, entry, sent, sent_i: int, ctx: DocContext) -> list[Event]:
        """ "Russia says Israel must end attacks on Syria": Russia demands (10x) of Israel."""
        from eventwire.coding.clauses import subject_of
        speaker, _ = subject_of(cl.demand_by)
        sources = self.actors_for(speaker, ctx, sent, role="source")
        targets = self.actors_for(cl.subj, ctx, sent, role="target")
        if not sources or not targets:
            return []
        code = modal_code("demand", entry.cameo)
        if code is None:
            return []             # "X says Y must attack": not a demand we can code
        info = self.ontology.cameo(code)
        if info is None:
            return []
        start = min(cl.demand_by.idx, cl.pred.idx)
        end = max(cl.demand_by.idx + len(cl.demand_by.text), cl.pred.idx + len(cl.pred.text))
        out = []
        for s in sources:
            for t in targets:
                if s.code == t.code:
                    continue
                ev = Event(source=s, target=t, cameo=code, plover_type=info.plover_type, plover_mode=info.plover_mode,
                           goldstein=info.goldstein, quad_class=info.quad_class, sentence=sent_i,
                           trigger_text=ctx.text[start:end], trigger_start=start, trigger_end=end,
                           confidence=0.75 - 0.06 * self._clause_depth(cl.demand_by), pattern=entry.id,
                           rule=f"demand: '{cl.demand_by.lemma_} ... must {cl.pred.lemma_}' ({entry.id}) -> {code}",
                           modality="demand", sentence_text=ctx.text[sent.start_char:sent.end_char].strip())
                ev.trigger_token = cl.demand_by.i
                out.append(ev)
        return out


    def _speaker_named(self, pronoun) -> bool:
        """Whether an "I" speaks in the complement of a reporting verb whose subject is someone else ("'I write to
        protest ...,' Justice X wrote"): it is that speaker, quoted, even where the quote marks were not found (not
        "I asked Ahmed if he thought ...", where the reporting verb is below the writer's)."""
        return any(t.lemma_.lower() in self.reporting and any(c.dep_ == "nsubj" and c.text != "I" for c in t.children)
                   for t in pronoun.ancestors)
