"""A court named in a "by" phrase of coordinated passives orders custody; it does not arrest (coding/passive_agents.py,
data/coding/roles.tsv hands-on-custody and court-noun): the arrest keeps its implicit agent, the police."""
from coded_sentences import at, dump, events_of


def _src(evs, word):
    return [e.source.code if e.source else None for e in at(evs, word)]


def test_court_does_not_arrest_in_coordinated_passives():
    evs = events_of("The opposition leader was arrested and held in custody for three days by a court in the capital.")
    assert at(evs, "arrested"), dump(evs)
    assert all(c is not None and not c.endswith("JUD") for c in _src(evs, "arrested")), dump(evs)
    assert any(c and c.endswith("JUD") for c in _src(evs, "held")), dump(evs)


def test_magistrate_remands_police_detain():
    evs = events_of("In Lahore, the journalist was detained and remanded for a week by a magistrate.")
    assert _src(evs, "detained") == ["PAKCOP"], dump(evs)
    assert _src(evs, "remanded") == ["PAKJUD"], dump(evs)


def test_police_still_shared_by_coordinated_passives():
    evs = events_of("The three activists were arrested and detained by police in Cairo on Sunday.")
    assert at(evs, "arrested") or at(evs, "detained"), dump(evs)
    assert all(e.source and e.source.code == "EGYCOP" for e in evs if e.cameo.startswith("17")), dump(evs)
