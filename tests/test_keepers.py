"""The keeper of the place people are held in (coding/keepers.py): a passive of keeping with no "by" phrase whose place
is a jail its phrase says is someone's is done by that keeper; not a capture, not a place's adjective, not a backer."""
from __future__ import annotations

from coded_sentences import at, dump, events_of, sources_at as sources


def test_run_participle_names_the_keeper():
    evs = events_of("Dozens of foreign women are being held in Kurdish-run camps in north-east Syria.")
    assert sources(evs, "held") == {"SYRKUR"}, dump(evs)     # (the Kurds of the homeland the sentence names)
    assert all("keeper of the 'camps'" in e.rule for e in at(evs, "held")), dump(evs)


def test_two_keepers_joined_before_run():
    evs = events_of("At least four Belgian men are believed to be detained in Kurdish and US-run prisons in Syria.")
    assert sources(evs, "detained") == {"KUR", "USA"}, dump(evs)


def test_possessor_and_controlled():
    evs = events_of("Two aid workers are being held in the militia's prison outside Tripoli.")
    assert sources(evs, "held") == {"LBYUAF"}, dump(evs)
    evs = events_of("The blogger was jailed in a regime-controlled prison near Damascus for two years.")
    assert {e.source.sector for e in at(evs, "jailed") if e.source} == {"GOV"}, dump(evs)


def test_no_keeper_for_a_capture_or_a_backer():
    evs = events_of("Two Canadian nurses were captured near a US-run base in Iraq.")
    assert "USA" not in sources(evs, "captured"), dump(evs)
    evs = events_of("Several Moroccan men were detained in Turkish-funded camps along the border last spring.")
    assert "TUR" not in sources(evs, "detained"), dump(evs)
