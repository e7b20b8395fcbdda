"""Helpers shared by the test files that code sentences written for them and look at the events by trigger word."""
from __future__ import annotations

from eventwire import code_text


def events_of(text, date="2019-03-11"):
    """The events `code_text` gives for `text` (which must be coded)."""
    res = code_text(text, date=date)
    assert res.status == "coded", res.reason
    return res.events


def at(evs, word):
    """The events whose trigger text holds `word`."""
    return [e for e in evs if word in e.trigger_text]


def dump(evs):
    """(code, trigger, source, target, end of rule) per event: a readable assertion message."""
    return [(e.cameo, e.trigger_text, e.source and e.source.code, e.target and e.target.code, e.rule[-90:])
            for e in evs]


def all_events_of(text, date="2021-03-09"):
    """The events `code_text` gives for `text`, with those it set aside for naming no actor (`unattributed`)."""
    res = code_text(text, date=date)
    assert res.status == "coded", res.reason
    return res.events + res.unattributed


def codes(evs, word):
    """The CAMEO codes of the events whose trigger holds `word` (any case)."""
    return [e.cameo for e in evs if word.lower() in e.trigger_text.lower()]


def exactly_at(evs, trigger):
    """The events whose trigger text is exactly `trigger`."""
    return [e for e in evs if e.trigger_text == trigger]


def triggers(evs):
    """The first word of each event's trigger, lower-cased."""
    return {e.trigger_text.split()[0].lower() for e in evs}


def actors_in(text, role, date="2022-04-11"):
    """The `role` ("source" or "target") actors of the events `code_text` gives for `text`."""
    return [getattr(e, role) for e in events_of(text, date) if getattr(e, role) is not None]


def actor_named(text, role, word, date="2022-04-11"):
    """The first `role` actor whose text holds `word` (any case); fails, listing them, when none does."""
    got = actors_in(text, role, date)
    found = [a for a in got if a.text and word.lower() in a.text.lower()]
    assert found, [(a.code, a.text) for a in got]
    return found[0]


def events_on(date, unattributed=False, checked=True):
    """`events_of` for sentences dated `date` by default (who holds an office depends on it); with `unattributed`,
    also the events set aside for naming no actor; without `checked`, whatever the status (no assertion that the
    text was coded)."""
    def events(text, date=date):
        res = code_text(text, date=date)
        if checked:
            assert res.status == "coded", res.reason
        return res.events + (res.unattributed if unattributed else [])
    return events


def result_on(date):
    """The `code_text` result (which must be coded) for a text, dated `date` by default."""
    def result(text, date=date):
        res = code_text(text, date=date)
        assert res.status == "coded", res.reason
        return res
    return result


def rows_of(text, date="2021-03-09"):
    """(code, lexicon row, source code, target code) per event `code_text` gives for `text` (which must be coded)."""
    return [(e.cameo, e.pattern, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events_of(text, date)]


def dyads_of(evs, root=False):
    """(code, source code, target code) per event; with `root`, the code's first two digits."""
    return [(e.cameo[:2] if root else e.cameo, e.source and e.source.code, e.target and e.target.code) for e in evs]


def root_dyads(text):
    """(root, source code, target code) per event `code_text` gives for `text` (its default date, any status)."""
    return dyads_of(code_text(text).events, root=True)


def actor_in(evs, word, role=None, exact=False):
    """The first source or target (only `role` ones, where given) whose text holds `word` (any case; with `exact`, is
    it); fails with the events' dyads where none does."""
    for e in evs:
        for r in ("source", "target"):
            a = getattr(e, r)
            if (role is None or r == role) and a is not None and a.text \
                    and (word.lower() == a.text.lower() if exact else word.lower() in a.text.lower()):
                return a
    raise AssertionError(dyads_of(evs))


def sides_at(evs, word):
    """The (source code, target code) pairs of the events whose trigger text holds `word`."""
    return {(e.source.code if e.source else None, e.target.code if e.target else None) for e in at(evs, word)}


def sources_at(evs, word):
    """The source codes of the events whose trigger text holds `word`."""
    return {s for s, _ in sides_at(evs, word)}


def targets_at(evs, word):
    """The target codes of the events whose trigger text holds `word`."""
    return {t for _, t in sides_at(evs, word)}


def force_events(text, date="2023-03-02"):
    """The events of force (roots 18-20) with both sides that `code_text` gives for `text` (which must be coded)."""
    return [e for e in events_of(text, date) if (e.cameo or "")[:2] in ("18", "19", "20") and e.source is not None
            and e.target is not None]
