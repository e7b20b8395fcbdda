"""Sources and targets by role, written for these tests (wrong source, wrong target): "they" after a listed body
whose name ends in a plural noun ("the Popular Mobilization Units", "the Syrian Democratic Forces") takes that body
as readily as a plural, not a foe named in the singular beside it (CorefChoice._plural_name, coref.tsv
`plural-name`); a relative clause with a singular verb after coordinated nouns is about the nearest of them only
(coding/relative_number.py); "its leaders" after a listed group with no country of its own are that group's
(knowledge/actor_groups._owner); an act noun's doer named by a name the parser hung on it as "nmod" before an
adjective ("UK punitive tariffs") is the author a response is aimed at (coding/noun_args.noun_agent)."""
from __future__ import annotations

from coded_sentences import dump, events_of, exactly_at as at


def _one(evs, word):
    e = at(evs, word)
    assert e, dump(evs)
    return e[0]


def test_they_after_a_body_with_a_plural_name_is_that_body():
    evs = events_of("The Popular Mobilization Units, a coalition of mostly Shia militias, have never tried to topple "
                    "the government in Baghdad. Their declared aim is the destruction of Islamic State in the towns "
                    "they have retaken from Isis. In fact they have cooperated with the Iraqi army near Tal Afar.")
    s = _one(evs, "cooperated").source
    assert s is not None and s.code == "IRQMIL", dump(evs)


def test_they_still_prefers_a_plural_over_a_singular_body():
    evs = events_of("Islamic State sent its fighters towards the dam on Monday. "
                    "They attacked a Kurdish checkpoint at dawn.")
    s = _one(evs, "attacked").source
    assert s is None or s.code == "IMGINSISI", dump(evs)


def test_a_singular_relative_clause_after_two_capitals_is_about_the_nearest():
    evs = events_of("The talks exposed the rift between Riyadh and Washington, which has bombed al-Shabaab camps "
                    "near the Somali coast for years.")
    srcs = {e.source.code for e in at(evs, "bombed") if e.source}
    assert srcs == {"USAGOV"}, dump(evs)


def test_a_plural_relative_clause_after_two_countries_is_about_both():
    evs = events_of("Officials blamed Britain and France, which have bombed Islamic State positions near Raqqa "
                    "since last year.")
    srcs = {e.source.country for e in at(evs, "bombed") if e.source}
    assert srcs == {"GBR", "FRA"}, dump(evs)


def test_its_leaders_after_a_group_with_no_country_are_the_groups():
    evs = events_of("Al-Qaida has lost most of its bases in the mountains. As its leaders have been hunted down and "
                    "killed, its remaining cells have scattered across the desert.")
    t = _one(evs, "killed").target
    assert t is not None and t.code == "IMGINSAQD", dump(evs)


def test_resisting_sanctions_a_name_before_an_adjective_says_whose_targets_their_author():
    evs = events_of("Paris has built a legal shield to resist US extraterritorial sanctions on banks that still lend "
                    "to Caracas.")
    t = _one(evs, "resist").target
    assert t is not None and t.code == "USA", dump(evs)
