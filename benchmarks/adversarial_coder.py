"""Adversarial sentences for the coder's newer stages, each run through the real CLI (issue 14 reliability sweep).

    PYTHONPATH=src python benchmarks/adversarial_coder.py OUTDIR [--db FILE] [--cases a,b] [--limit 300]

Writes one JSONL file per case under OUTDIR/in/ (sentences built to reach scope, raised objects, coercion,
relatives, shared modifiers, noun doers, partners, figures, earlier acts, owners, toponyms and the people
register at their edges, plus raw-input oddities), runs `eventwire code FILE --workers 1` on each (`--no-db`, or
`--db FILE` when given) and prints: case, characters, exit code, wall seconds (CLI start included, about 3 s),
then id:status:reason:events for each output record.  A case must finish, exit 0 and give every record a status.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time


def cases() -> dict[str, str]:
    C: dict[str, str] = {}
    C["empty_text"] = ""
    C["whitespace_only"] = "   \n\t  "
    C["empty_clauses"] = "Iran ; ; , , and . . . ; but , which . Russia , , , ."
    C["only_a_name"] = "Vladimir Putin."
    C["only_a_name_noperiod"] = "Barack Obama"
    C["only_punct"] = ".,;:!?\"'()[]{}"
    verbs = ["condemned","criticized","praised","attacked","accused","rejected","welcomed","threatened","warned","blamed"]*5
    C["coord_50_verbs_one_object"] = "Russia " + ", ".join(verbs[:-1]) + " and " + verbs[-1] + " the Syrian government."
    rel = "Iran condemned the militia"
    for i in range(200):
        rel += " that attacked the army which shelled the town"
    C["nested_relatives_200"] = rel + "."
    rel2 = "The man" + " who saw the man" * 200 + " attacked Iraq."
    C["nested_relative_subjects_200"] = rel2
    C["its_its_its"] = "Its its its its its its its its its attacked its its its."
    C["its_repeated_1000"] = " ".join(["its"] * 1000) + "."
    C["possessive_chain"] = "Iran's " + "ally's " * 100 + "army attacked Iraq's " + "neighbour's " * 100 + "capital."
    C["quotes_in_quotes"] = 'Obama said "Putin said \'Assad said "Iran said \'we attacked Israel\' yesterday" today\' again" on Monday.' * 20
    C["unbalanced_quotes"] = '"""Russia attacked\' "Ukraine' * 50
    places = ["Aleppo","Homs","Mosul","Baghdad","Damascus","Raqqa","Idlib","Kirkuk","Basra","Hama"]*30
    C["list_300_places"] = "Government forces shelled " + ", ".join(places[:-1]) + " and " + places[-1] + " on Monday."
    C["list_300_places_in"] = "Protests broke out in " + ", ".join(places) + "."
    C["person_introduced_500"] = " ".join(["Foreign Minister Sergei Lavrov of Russia met Secretary of State John Kerry."]*500)
    C["act_noun_1000_denied"] = " ".join(["Syria attacked Turkey. The attack drew condemnation, and Syria denied the charge."] * 1) + " " + " ".join(["The attack was condemned. Damascus denied the charge."] * 1000)
    C["same_act_noun_1000"] = " ".join(["The strike denied the charge."] * 1000)
    C["all_caps"] = "RUSSIAN TROOPS ATTACKED UKRAINIAN POSITIONS NEAR DONETSK ON MONDAY, KILLING FOUR SOLDIERS, THE MINISTRY SAID. IRAN CONDEMNED THE STRIKE AND ISRAEL DENIED THE CHARGE. " * 30
    C["all_lower"] = C["all_caps"].lower()
    C["no_spaces"] = "RussiaattackedUkraineonMondayandIrancondemnedthestrike." * 200
    C["no_spaces_punct"] = ("Russia,attacked,Ukraine;Iran.condemned'the'strike!" * 400)
    C["control_chars"] = "".join(chr(i) for i in range(32)) + "Russia\x07attacked\x1bUkraine\x0c.\x7f\x85 Iran\x0bcondemned\x1f it." * 50
    C["zero_width"] = ("Rus\u200dsia at\u200ctacked Ukr\u200baine\u2060. Iran\ufeff condemned the\u200d strike. " * 100)
    C["rtl_mixed"] = ("Russia \u0642\u0635\u0641 attacked \u05d9\u05e9\u05e8\u05d0\u05dc Israel \u202b\u0627\u0644\u062c\u064a\u0634\u202c on Monday. " * 100)
    C["emoji"] = ("\U0001F1F7\U0001F1FA Russia \U0001F4A3 attacked \U0001F1FA\U0001F1E6 Ukraine \U0001F62D. Iran \U0001F44E condemned it \U0001F469\u200D\U0001F469\u200D\U0001F467. " * 100)
    C["html_scripts"] = ("<html><head><script>var x='Russia attacked Ukraine';alert(1)</script><style>p{color:red}</style></head>"
        "<body><p>Russian troops <b>attacked</b> Ukraine.</p><!-- Iran condemned --><iframe src=x></iframe>"
        "<script>for(;;){}</script><p>Iran condemned the &amp; strike &lt;script&gt;</p></body></html>") * 30
    C["coord_subjects_100"] = " , ".join(["Iran","Russia","China","France","Syria"]*20) + " and Turkey condemned Israel."
    C["long_sentence_no_period"] = ("Russia attacked Ukraine and " * 1500) + "Iran"
    C["pronoun_only"] = "He said it. They did it to them. She denied it. We condemned it. It was them." * 50
    C["raised_objects"] = ("Russia is believed to have been seen to have been urged to be asked to attack Ukraine. " * 100)
    C["passive_by_chain"] = ("Ukraine was attacked by " + "the allies of " * 200 + "Russia.")
    C["partners_together"] = "Russia together with " + " together with ".join(["Iran","Syria","China"]*60) + " attacked Ukraine."
    C["shared_modifiers"] = "The Russian and Iranian and Syrian and " * 100 + "Chinese forces attacked Ukraine."
    C["toponym_recursion"] = "in " + "the north of the south of the east of the west of " * 100 + "Aleppo province of Syria, Russia attacked."
    C["toponym_commas"] = "Russia attacked " + ", ".join(["Mosul, Nineveh, Iraq"]*100) + "."
    C["figures_numbers"] = " ".join(["Russia killed %d, %d and %d people in %d attacks." % (i, i*10**12, -i, i) for i in range(300)])
    C["earlier_acts_chain"] = " ".join(["Israel attacked Gaza. Hamas condemned the attack. Israel rejected the condemnation. Hamas denied the rejection."]*100)
    C["noun_doers"] = ("The Russian attack on Ukraine's attack on Russia's attack on " * 50) + "Iran drew condemnation."
    C["held_ground"] = ("Rebels held ground in Aleppo while troops held ground in Homs. " * 200)
    C["act_place_why"] = "Strikes hit " + " ".join(["in Aleppo near Homs at Mosul outside Raqqa by Idlib"]*60) + "."
    C["dateline_weird"] = "BAGHDAD, Iraq (Reuters) - " * 100 + "Troops attacked."
    C["lone_surrogate_text"] = "Russia attacked \ud800 Ukraine \udfff. Iran condemned it."
    C["events_5000_short"] = "Iran attacked Iraq. " * 4900
    C["act_denied_2500"] = "The attack was condemned. Iraq denied the charge. " * 1900
    C["pronoun_5000"] = "President Ali Karimi of Iran visited Iraq. " + "He condemned them. " * 5000
    first=["Ali","Omar","John","Maria","Sergei","Yusuf","Hassan","Anna","Li","Pierre"]
    last=["Karimi","Haddad","Smith","Petrov","Chen","Dubois","Rahman","Novak","Kaya","Silva"]
    names=[f"{a} {b}{i}" for i in range(60) for a in first[:4] for b in last[:4]]
    C["distinct_people_960"] = " ".join(f"{n}, a minister of Iran, condemned Israel." for n in names)[:99000]
    C["places_3000_sentences"] = " ".join(f"Troops shelled {p}." for p in ["Aleppo","Homs","Mosul","Baghdad","Raqqa"]*600)
    C["owner_chain"] = " ".join(["Iran's army's commander's deputy's spokesman's office attacked Iraq's army's base."]*800)
    return C


RAW = {
    "json_lone_surrogate_raw": b'{"id":"s1","text":"Russia attacked \\ud83d Ukraine."}\n'
                               b'{"id":"s2","text":"\\udc00\\udc00 Iran condemned."}\n{"id":"s3","text":"ok Russia attacked Ukraine."}\n',
    "bad_json_mixed": b'{"id":"b1","text":"Russia attacked Ukraine."}\n{not json\n\xff\xfe\x00garbage\n{"id":"b2"}\n'
                      b'{"id":"b3","text":null}\n{"id":"b4","text":123}\n[1,2]\n"str"\n{"id":"b5","text":"Iran condemned Israel."}\n'
                      b'{"text":"no id Russia attacked."}\n{"id":{"x":1},"text":"dict id"}\n',
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("--db", default=None)
    ap.add_argument("--cases", default="")
    ap.add_argument("--limit", type=float, default=300.0, help="seconds per case before it counts as a stall")
    args = ap.parse_args()
    os.makedirs(os.path.join(args.outdir, "in"), exist_ok=True)
    files = {}
    for name, text in cases().items():
        files[name] = json.dumps({"id": name, "text": text}).encode() + b"\n"  # ASCII escapes keep lone surrogates
    files.update(RAW)
    want = [c for c in args.cases.split(",") if c] or sorted(files, key=lambda k: len(files[k]))
    for name in want:
        path = os.path.join(args.outdir, "in", name + ".jsonl")
        with open(path, "wb") as f:
            f.write(files[name])
        out = os.path.join(args.outdir, name + ".out.jsonl")
        store = ["--db", args.db] if args.db else ["--no-db"]
        cmd = [sys.executable, "-m", "eventwire.cli", "code", path, "--workers", "1", *store, "-o", out, "-q"]
        t0 = time.perf_counter()
        try:
            rc = subprocess.run(cmd, capture_output=True, timeout=args.limit).returncode
        except subprocess.TimeoutExpired:
            rc = "STALL"
        wall = time.perf_counter() - t0
        recs = []
        if os.path.exists(out):
            for line in open(out, encoding="utf-8"):
                r = json.loads(line)
                recs.append(f"{r.get('id')}:{r.get('status')}:{(r.get('reason') or '')[:40]}:{len(r.get('events') or [])}")
        print(f"{name:<30} {len(files[name]):>8} rc={rc} {wall:6.1f}s  " + " | ".join(recs), flush=True)


if __name__ == "__main__":
    main()
