"""Issue 14 (wrong role): a participle on a document speaks for the document's author. The subject of the verb whose
object the document is counts as that author only when the verb writes, issues or hands the document out ("launched
a petition asking", roles.tsv document-maker, noun-maker, writing-verb), not when it reacts to it ("condemned a
report urging": coding/clause_args.py); and the object of an active participle on a noun ("a report urging the
government") is never who the noun is (coding/participle_object.py).

Every sentence here was written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_of

REACTED = "The parents of three Danish women killed in Iraq have denounced a report pressing the government to prosecute volunteers."


def test_who_denounces_a_report_is_not_the_one_it_presses():
    evs = at(events_of(REACTED), "pressing")
    assert all(e.source is None or e.source.sector != "CVL" for e in evs), dump(evs)


def test_the_denounced_report_is_not_the_government_it_presses():
    evs = at(events_of(REACTED), "denounced")
    assert evs and all(e.target is None or e.target.sector != "GOV" for e in evs), dump(evs)


def test_a_rejected_report_is_not_the_army_it_accuses():
    evs = at(events_of("The Chilean president rejected a report accusing the army of torture."), "rejected")
    assert evs and all(e.target is None or e.target.sector != "MIL" for e in evs), dump(evs)
    acc = at(events_of("The Chilean president rejected a report accusing the army of torture."), "accusing")
    assert all(e.source is None or e.source.sector != "GOV" for e in acc), dump(acc)


def test_who_launches_a_petition_asks_what_it_asks():
    evs = at(events_of("Opposition groups in Peru launched a petition calling on the minister to resign."), "calling")
    assert evs and all(e.source is not None and e.source.code.startswith("PER") for e in evs), dump(evs)


def test_who_releases_a_statement_urges_what_it_urges():
    evs = at(events_of("Campaigners released a statement urging the Kenyan government to free the journalist."), "urging")
    assert evs and evs[0].source is not None and evs[0].source.code.startswith("KEN"), dump(evs)
    assert evs[0].target is not None and evs[0].target.code == "KENGOV", dump(evs)
