"""Hand-built Results for the store, stories and export tests (text written for this project).

Imported by tests/test_store*.py, tests/test_stories*.py and tests/test_export*.py.
"""
from __future__ import annotations

from eventwire.model import Actor, Count, Document, Event, Place, Result

SHELLING = (
    "ANKARA, March 3 - Turkish artillery shelled positions held by Kurdish YPG fighters near the Syrian town "
    "of Afrin on Saturday, killing 12 fighters and wounding 20 others, the Turkish defence ministry said.\n\n"
    "The ministry said the strikes targeted ammunition depots and shelters used by the militia, which Ankara "
    "regards as a terrorist organisation. Residents reported heavy explosions through the night.\n\n"
    "Syria's foreign ministry condemned the shelling as a flagrant violation of the country's sovereignty and "
    "urged the UN Security Council to act. A spokesman for the Kurdish-led administration said "
    "civilians had fled several villages west of the town, and aid groups warned of a new wave of displacement "
    "in the region as winter set in."
)

# A lightly edited copy: another outlet's rewrite of the lead and a trimmed ending.
SHELLING_EDITED = (
    "ANKARA, March 3 - Turkish artillery pounded positions held by Kurdish YPG fighters near the Syrian town "
    "of Afrin on Saturday, killing 12 fighters and wounding 20 others, Turkey's defence ministry said.\n\n"
    "The ministry said the strikes targeted ammunition depots and shelters used by the militia, which Ankara "
    "regards as a terrorist organisation. Residents reported heavy explosions through the night.\n\n"
    "Syria's foreign ministry condemned the shelling as a flagrant violation of the country's sovereignty and "
    "urged the UN Security Council to act. A spokesman for the Kurdish-led administration said "
    "civilians had fled several villages west of the town."
)

TALKS = (
    "BRUSSELS, March 4 - European Union foreign ministers met their Ukrainian counterpart in Brussels on Monday "
    "and pledged further financial assistance for the rebuilding of power plants damaged during the winter. "
    "Kenya's president hosted a delegation from Ethiopia in Nairobi to discuss a disputed border crossing."
)

AFRIN = dict(name="Afrin", lat=36.5119, lon=36.8692, country="SYR", geonameid="170017", feature="city",
             admin1="09")
BRUSSELS = dict(name="Brussels", lat=50.8505, lon=4.3488, country="BEL", geonameid="2800866", feature="city",
                admin1="BRU")
NAIROBI = dict(name="Nairobi", lat=-1.2833, lon=36.8167, country="KEN", geonameid="184745", feature="city",
               admin1="05")


def span(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    i = text.index(needle, after)
    return i, i + len(needle)


def place(text: str, needle: str, info: dict, precision: str = "sentence") -> Place:
    s, e = span(text, needle)
    return Place(text=needle, start=s, end=e, precision=precision, **info)


def actor(text: str, needle: str, code: str, country: str | None, sector: str | None, name: str | None = None,
          entity: str | None = None) -> Actor:
    s, e = span(text, needle)
    return Actor(code=code, country=country, sector=sector, name=name, entity=entity, text=needle, start=s, end=e,
                 why="test fixture")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Rough sentence spans: split after '. ' / '.\\n' (enough for fixtures)."""
    spans, start = [], 0
    for i, ch in enumerate(text):
        if ch == "." and (i + 1 == len(text) or text[i + 1] in " \n"):
            spans.append((start, i + 1))
            start = i + 2
            while start < len(text) and text[start] in " \n":
                start += 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def shelling_result(doc_id: str, text: str = SHELLING, source: str | None = None, url: str | None = None,
                    date: str = "2018-03-03", trigger: str = "shelled") -> Result:
    killed_s, killed_e = span(text, "killing 12")
    wounded_s, wounded_e = span(text, "wounding 20")
    killed = Count(type="killed", value=12, text="killing 12", start=killed_s, end=killed_e, sentence=0)
    injured = Count(type="injured", value=20, text="wounding 20", start=wounded_s, end=wounded_e, sentence=0)
    afrin = place(text, "Afrin", AFRIN, precision="clause")
    ts, te = span(text, trigger)
    sents = sentence_spans(text)
    condemn_sentence = next(i for i, (a, b) in enumerate(sents) if "condemned" in text[a:b])
    cs, ce = span(text, "condemned")
    events = [
        Event(source=actor(text, "Turkish artillery", "TURMIL", "TUR", "MIL"),
              target=actor(text, "Kurdish YPG fighters", "SYRREB", "SYR", "REB", name="People's Protection Units",
                           entity="ypg"),
              cameo="194", plover_type="FIGHT", plover_mode="artillery", goldstein=-10.0, quad_class=4, sentence=0,
              trigger_text=trigger, trigger_start=ts, trigger_end=te, location=afrin, date=date,
              date_precision="day", confidence=0.86, pattern="194.shell", rule="nsubj-verb-dobj",
              sentence_text=text[sents[0][0]:sents[0][1]], counts=[killed, injured]),
        Event(source=actor(text, "Syria's foreign ministry", "SYRGOV", "SYR", "GOV"),
              target=actor(text, "Turkish artillery", "TURMIL", "TUR", "MIL"),
              cameo="111", plover_type="DISAPPROVE", plover_mode="criticize", goldstein=-2.0, quad_class=3,
              sentence=condemn_sentence, trigger_text="condemned", trigger_start=cs, trigger_end=ce, location=afrin,
              date=date, date_precision="day", confidence=0.74, pattern="111.condemn", rule="nsubj-verb-dobj",
              sentence_text=text[sents[condemn_sentence][0]:sents[condemn_sentence][1]]),
    ]
    doc = Document(id=doc_id, text=text, date=date, title="Turkish shelling near Afrin kills 12", url=url,
                   source=source, origin=f"fixture.jsonl:{doc_id}", meta={"lang": "en"})
    return Result(document=doc, events=events,
                  places=[afrin, place(text, "Ankara", dict(name="Ankara", lat=39.9199, lon=32.8543, country="TUR",
                                                            geonameid="323786", feature="city"), "dateline")],
                  counts=[killed, injured], sentences=sents, date=date, seconds=0.05)


def talks_result(doc_id: str = "talks-1", source: str | None = "Brussels Monitor") -> Result:
    text = TALKS
    sents = sentence_spans(text)
    bru = place(text, "Brussels", BRUSSELS)
    nbo = place(text, "Nairobi", NAIROBI)
    ms, me = span(text, "met")
    hs, he = span(text, "hosted")
    events = [
        Event(source=actor(text, "European Union foreign ministers", "IGOEEC", None, "GOV", name="European Union",
                           entity="eu"),
              target=actor(text, "Ukrainian counterpart", "UKRGOV", "UKR", "GOV"),
              cameo="040", plover_type="CONSULT", plover_mode="meet", goldstein=1.0, quad_class=1, sentence=0,
              trigger_text="met", trigger_start=ms, trigger_end=me, location=bru, date="2023-03-04",
              date_precision="day", confidence=0.9, pattern="040.meet", rule="nsubj-verb-dobj",
              sentence_text=text[sents[0][0]:sents[0][1]]),
        Event(source=actor(text, "Kenya's president", "KENGOV", "KEN", "GOV"),
              target=actor(text, "a delegation from Ethiopia", "ETHGOV", "ETH", "GOV"),
              cameo="043", plover_type="CONSULT", plover_mode="host", goldstein=2.8, quad_class=1, sentence=1,
              trigger_text="hosted", trigger_start=hs, trigger_end=he, location=nbo, date="2023-03-04",
              date_precision="day", confidence=0.6, pattern="043.host", rule="nsubj-verb-dobj", modality="asserted",
              sentence_text=text[sents[1][0]:sents[1][1]]),
    ]
    doc = Document(id=doc_id, text=text, date="2023-03-04", source=source,
                   url="https://monitor.example.org/2023/03/04/eu-ukraine")
    return Result(document=doc, events=events, places=[bru, nbo], sentences=sents, date="2023-03-04")


def skipped_result(doc_id: str, text: str = "", reason: str = "empty text", status: str = "skipped",
                   **doc_fields) -> Result:
    return Result(document=Document(id=doc_id, text=text, **doc_fields), status=status, reason=reason)


def three_copies(duplicate_coded: bool = False) -> list[Result]:
    """Two verbatim copies from two outlets (the second not coded again unless ``duplicate_coded``)
    and one lightly edited copy from a third outlet."""
    a = shelling_result("levant-001", source="Levant Herald", url="https://levantherald.example/news/afrin-shelling")
    if duplicate_coded:
        b = shelling_result("gulf-778", url="https://www.gulfdaily.example/world/778")
    else:
        b = skipped_result("gulf-778", text=SHELLING, reason="duplicate of levant-001",
                           url="https://www.gulfdaily.example/world/778", date="2018-03-03")
    c = shelling_result("eastwire-42", text=SHELLING_EDITED, source="Eastern Wire Service", trigger="pounded")
    return [a, b, c]


def run_command(module_name: str, argv: list[str]) -> int:
    """Run one stage's subcommands through its own ``register`` (as eventwire.cli does), so the
    test does not depend on other stages' command modules."""
    import argparse
    import importlib

    parser = argparse.ArgumentParser(prog="eventwire")
    module = importlib.import_module(module_name)
    module.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return int(args.func(args) or 0)
