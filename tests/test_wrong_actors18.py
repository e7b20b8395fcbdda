"""Wrong sources and targets, written for these tests (issue 14, wrong source / wrong target, session 18): a campaign
that runs for no office is an act, standing for whoever runs it, never a political party (coding/campaigns.py); a
subject pronoun may stand for a name in a clause coordinated with its own ("he launched X and it is Y who ...":
knowledge/coref_governors.in_coordinate_clause); "sent for X to approve" has X approve
(misparses.for_to_subject), and approving together is no act towards each other (roles.tsv not-reciprocal-word)."""
from __future__ import annotations

from coded_sentences import dump, events_of, exactly_at as at


def _one(evs, word):
    e = at(evs, word)
    assert e, dump(evs)
    return e[0]


def test_a_bombing_campaign_that_kills_is_no_party():
    evs = events_of("The relentless bombing campaign killed dozens of civilians in Hama last week.")
    for e in at(evs, "killed"):
        assert e.source is None or e.source.sector != "PTY", dump(evs)


def test_a_campaign_stands_for_its_owner():
    evs = events_of("Russia's campaign targeted three hospitals in Idlib province on Sunday.")
    s = _one(evs, "targeted").source
    assert s is not None and s.country == "RUS" and s.sector != "PTY", dump(evs)


def test_the_campaign_later_is_the_owner_named_before():
    evs = events_of("Ankara's campaign against the militia entered its third week on Monday. "
                    "The campaign killed 30 fighters in the hills near Qamishli, officials said.")
    for e in at(evs, "killed"):
        assert e.source is None or (e.source.country == "TUR" and e.source.sector != "PTY"), dump(evs)


def test_an_election_campaign_is_still_a_party():
    from eventwire.nlp import load
    from eventwire.coding.campaigns import act_campaign
    doc = load()("The presidential campaign accused the governor of lying. The military campaign flattened Raqqa.")
    camps = [t for t in doc if t.lower_ == "campaign"]
    assert not act_campaign(camps[0]) and act_campaign(camps[1])


def test_a_pronoun_may_stand_for_a_name_in_a_coordinated_clause():
    evs = events_of("Mohammed bin Zayed sees himself as a regional leader. "
                    "He has grown close to Trump and joined forces with him to punish Qatar. "
                    "For this purpose, he launched the ruinous war in Yemen and it is Bin Zayed who should answer "
                    "for the abuses committed there.")
    s = _one(evs, "launched").source
    assert s is not None and s.country == "ARE", dump(evs)


def test_sent_for_the_leaders_to_approve():
    # (session 19: the approval is only what the sending is for, "for X to V" split by the parser, not an act done or
    # announced by the leaders: no event, embedded_acts._split_for; the leaders are still its subject,
    # misparses.for_to_subject, so it never becomes the proposals' act either)
    evs = events_of("Proposals on the future role of the Houthis will be sent for the two leaders – Egypt's "
                    "Abdel Fattah al-Sisi and France's Emmanuel Macron – to approve on Thursday.")
    assert not at(evs, "approve"), dump(evs)


def test_fighters_a_coalition_against_a_group_kills_are_that_groups():
    evs = events_of("A Welsh volunteer who joined the Kurds was buried in Cardiff on Friday. "
                    "Since 2017 the coalition against Isis has so far killed about 25,000 fighters, officials say.")
    t = _one(evs, "killed").target
    assert t is not None and t.code == "IMGINSISI", dump(evs)


def test_a_negated_demonym_names_who_they_are_not():
    evs = events_of("Jordanian officers are urging non-Kurdish Syrian rebel units to enlist in a new frontier guard.")
    t = _one(evs, "urging").target
    assert t is not None and t.code == "SYRREB", dump(evs)


def test_what_an_act_was_done_with_is_its_subjects():
    evs = events_of("Militia fighters reacted with a volley of mortar bombardment targeting Kirkuk's airport on "
                    "Monday, provincial officials said.")
    e = _one(evs, "targeting")
    assert e.source is not None and e.source.sector == "UAF", dump(evs)
