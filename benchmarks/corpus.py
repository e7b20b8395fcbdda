"""A synthetic news corpus for benchmarks: N wire-style articles built from sentence templates written
for eventwire (no text from any corpus).

    python benchmarks/corpus.py 500 /tmp/bench.jsonl      # writes {"id", "title", "date", "text"} lines

Articles have a dateline, a lead sentence with an event, 12-22 further sentences mixing diplomacy,
conflict, protest, economy and background, with numbers, dates, people and places, so that every stage
of the pipeline (actors, places, dates, counts) has work to do. The same seed gives the same corpus.
"""
from __future__ import annotations

import json
import random
import sys
from datetime import date, timedelta

COUNTRIES = [
    # name, demonym, capital, a city, leader title
    ("Iran", "Iranian", "Tehran", "Isfahan", "president"),
    ("Iraq", "Iraqi", "Baghdad", "Basra", "prime minister"),
    ("Turkey", "Turkish", "Ankara", "Izmir", "president"),
    ("Russia", "Russian", "Moscow", "Kazan", "president"),
    ("Ukraine", "Ukrainian", "Kyiv", "Odesa", "president"),
    ("Germany", "German", "Berlin", "Hamburg", "chancellor"),
    ("France", "French", "Paris", "Marseille", "president"),
    ("China", "Chinese", "Beijing", "Shanghai", "premier"),
    ("Japan", "Japanese", "Tokyo", "Osaka", "prime minister"),
    ("India", "Indian", "New Delhi", "Mumbai", "prime minister"),
    ("Pakistan", "Pakistani", "Islamabad", "Karachi", "prime minister"),
    ("Egypt", "Egyptian", "Cairo", "Alexandria", "president"),
    ("Kenya", "Kenyan", "Nairobi", "Mombasa", "president"),
    ("Nigeria", "Nigerian", "Abuja", "Lagos", "president"),
    ("Brazil", "Brazilian", "Brasilia", "Sao Paulo", "president"),
    ("Mexico", "Mexican", "Mexico City", "Guadalajara", "president"),
    ("Saudi Arabia", "Saudi", "Riyadh", "Jeddah", "crown prince"),
    ("Israel", "Israeli", "Jerusalem", "Haifa", "prime minister"),
    ("Syria", "Syrian", "Damascus", "Aleppo", "president"),
    ("Lebanon", "Lebanese", "Beirut", "Tripoli", "prime minister"),
    ("Ethiopia", "Ethiopian", "Addis Ababa", "Mekele", "prime minister"),
    ("Sudan", "Sudanese", "Khartoum", "Port Sudan", "army chief"),
    ("Colombia", "Colombian", "Bogota", "Medellin", "president"),
    ("Indonesia", "Indonesian", "Jakarta", "Surabaya", "president"),
    ("Poland", "Polish", "Warsaw", "Krakow", "prime minister"),
    ("South Korea", "South Korean", "Seoul", "Busan", "president"),
]
FIRST = ["Amir", "Elena", "Samuel", "Leila", "Tomas", "Aisha", "Victor", "Mei", "Daniel", "Fatima", "Jonas", "Priya",
         "Oleg", "Nadia", "Carlos", "Yusuf", "Hana", "Peter", "Grace", "Omar"]
LAST = ["Karimi", "Novak", "Okafor", "Haddad", "Silva", "Tanaka", "Mendez", "Petrov", "Rahman", "Schulz", "Osei",
        "Moreau", "Kaya", "Lindqvist", "Nasser", "Wong", "Alvarez", "Mwangi", "Sato", "Kowalski"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TOPICS = ["trade", "energy", "border security", "water sharing", "refugees", "grain exports", "counter-terrorism",
          "the nuclear programme", "fishing rights", "debt relief", "a new rail link", "regional stability"]

LEADS = [
    "{D1} {T1} {P1} arrived in {C2} on {W} for talks with {D2} officials on {TOPIC}.",
    "{A1} and {A2} signed an agreement on {TOPIC} in {C1} on {W}, officials said.",
    "{D1} warplanes struck targets near {X2} on {W}, killing at least {N} people, local officials said.",
    "Crowds of demonstrators filled the streets of {C1} on {W}, calling for the {T1} to step down.",
    "{D1} police arrested {N} people in {X1} on {W} after clashes with demonstrators.",
    "The {D1} foreign ministry summoned the {D2} ambassador on {W} over remarks about {TOPIC}.",
    "{A1} accused {A2} on {W} of violating the ceasefire along their shared border.",
    "{A1} pledged {N} million dollars in aid to {A2} on {W} after floods hit the region around {X2}.",
    "{D1} and {D2} troops exchanged fire near the border town of {X2} on {W}, wounding {N} soldiers.",
    "The {D1} {T1} praised {D2} efforts on {TOPIC} during a visit by {P2} to {C1} on {W}.",
    "{C1} threatened on {W} to impose sanctions on {A2} if talks on {TOPIC} fail.",
    "{A1} expelled {N} {D2} diplomats on {W} in a row over {TOPIC}.",
]
BODY = [
    "{P1} told reporters that the two countries had agreed to meet again next month.",
    "The {T1} said {C1} was ready to cooperate with {C2} on {TOPIC}.",
    "Officials in {C2} rejected the proposal and called it an attempt to divide the region.",
    "At least {N} people were killed and {M} injured in the attack, according to the health ministry.",
    "A car bomb exploded near a police station in {X1} on {W}, wounding {N} officers.",
    "Security forces fired tear gas at demonstrators who gathered outside the parliament in {C1}.",
    "The {D2} government denied any role in the incident.",
    "{P2}, the {D2} foreign minister, urged both sides to show restraint.",
    "The United Nations urged that the killings be looked into by an independent body.",
    "{D1} officials said {N} suspects had been detained in connection with the bombing.",
    "Talks between {A1} and {A2} on {TOPIC} stalled last year after a dispute over funding.",
    "The {D1} army said its forces had recaptured two villages near {X1} from rebels.",
    "More than {K} people have fled their homes since the fighting began in {MONTH}.",
    "{A2} has repeatedly accused {A1} of supporting armed groups along the frontier.",
    "The meeting in {C1} was the first between the two leaders since {YEAR}.",
    "{P1} is expected to travel to {C2} in {MONTH} to sign the deal.",
    "The European Union said it would send {N} tonnes of medical supplies to {X2}.",
    "Analysts said the agreement could double trade between the two countries within five years.",
    "Shares in {C1} rose {N} percent on {W} as investors welcomed the news.",
    "Heavy rain is forecast across the north of {A1} later this week.",
    "{D1} media reported that the {T1} had spoken by telephone with {P2} on {W}.",
    "Rebels ambushed an army convoy near {X1}, killing {N} soldiers, the military said.",
    "The government lifted a curfew in {X1} that had been imposed after the riots.",
    "{D2} lawmakers voted to approve the budget, which raises defence spending by {N} percent.",
    "Human rights groups accused the {D1} authorities of torturing detainees in {X1}.",
    "The {D1} central bank kept its main interest rate unchanged at {N} percent.",
    "{P1} did not meet the {D2} delegation, a spokesman said.",
    "The two ministers will hold a joint news conference in {C2} on {W}.",
    "Witnesses said gunmen kidnapped {N} workers from a construction site outside {X2}.",
    "Dock workers in {X1} went on strike over pay, halting exports for a second day.",
    "The {D1} navy seized a cargo ship carrying weapons off the coast near {X1}.",
    "{A2} recalled its ambassador from {C1} for consultations.",
    "Prosecutors in {C2} opened an inquiry into a former minister over bribes.",
    "A court in {X1} sentenced {N} opposition activists to prison terms of up to {M} years.",
    "The museum in {C1} reopened on {W} after a two-year renovation.",
]


def _fill(tpl: str, rng: random.Random, a, b, people, d: date) -> str:
    return tpl.format(
        A1=a[0], D1=a[1], C1=a[2], X1=a[3], T1=a[4], A2=b[0], D2=b[1], C2=b[2], X2=b[3], T2=b[4],
        P1=people[0], P2=people[1], W=rng.choice(WEEKDAYS), TOPIC=rng.choice(TOPICS),
        N=rng.choice([2, 3, 4, 5, 7, 9, 12, 15, 20, 27, 40, 65]), M=rng.choice([6, 8, 11, 14, 30]),
        K=rng.choice(["10,000", "25,000", "40,000", "120,000"]),
        MONTH=d.strftime("%B"), YEAR=str(d.year - rng.choice([1, 2, 3, 5])),
    )


def article(i: int, rng: random.Random) -> dict:
    a, b = rng.sample(COUNTRIES, 2)
    people = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(2)]
    d = date(2016, 1, 1) + timedelta(days=rng.randrange(3000))
    lead = _fill(rng.choice(LEADS), rng, a, b, people, d)
    lead = lead[0].upper() + lead[1:]
    body = [_fill(t, rng, a, b, people, d) for t in rng.sample(BODY, rng.randint(12, 22))]
    body = [s[0].upper() + s[1:] for s in body]
    paras, k = [], 0
    while k < len(body):                      # paragraphs of 1-3 sentences, as wire copy has
        n = rng.randint(1, 3)
        paras.append(" ".join(body[k:k + n]))
        k += n
    text = f"{a[2].upper()}, {d.strftime('%B')} {d.day} (Wire) - {lead}\n\n" + "\n\n".join(paras)
    title = lead.split(",")[0][:90]
    return {"id": f"bench-{i:05d}", "title": title, "date": d.isoformat(), "text": text}


def build(n: int, seed: int = 7) -> list[dict]:
    """n articles, the same for the same seed."""
    rng = random.Random(seed)
    return [article(i, rng) for i in range(n)]


def write_jsonl(path: str, articles: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    out = sys.argv[2] if len(sys.argv) > 2 else "-"
    arts = build(n)
    if out == "-":
        for a in arts:
            print(json.dumps(a, ensure_ascii=False))
    else:
        write_jsonl(out, arts)
        print(f"{n} articles, {sum(len(a['text']) for a in arts) / n:.0f} chars on average -> {out}", file=sys.stderr)
