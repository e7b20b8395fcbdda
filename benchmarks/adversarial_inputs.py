"""Hostile input files for `eventwire code`, each run through the real CLI (session-11 reliability sweep, rely11).

    PYTHONPATH=src python benchmarks/adversarial_inputs.py OUTDIR [--db] [--cases a,b] [--timeout 400]

Writes the files under OUTDIR/in/ (empty and blank records, no or non-string text, a 4 MB line, 200,000 characters
of one sentence, binary junk and invalid UTF-8, NUL bytes, lone surrogates, zero-width and bidi controls, Arabic and
Hebrew, emoji, HTML in text and deep HTML pages, number tables, upper case and no punctuation, duplicate and unusable
ids, odd dates, 10,000-letter words, 10,000 one-word records, a cut last line, CSV/TSV, UTF-16 and BOM-joined JSON
lines, WARC, gzip cut short), runs `eventwire code FILE --workers 1` on each (`--no-db`, or a DuckDB file with
`--db`) and prints per file: exit code, wall seconds, non-blank lines in (JSON lines only), records out, output
lines that are not JSON, statuses, records without a reason that are not coded.  Every file must finish, every
record must come out with a status (and a reason unless coded), and a JSON lines file gives one record per line.
"""
from __future__ import annotations

import argparse
import collections
import gzip
import json
import os
import random
import subprocess
import sys
import time


def write_cases(D: str) -> list[str]:
    os.makedirs(D, exist_ok=True)
    random.seed(11)
    def w(name, recs, raw=None):
        p=os.path.join(D,name)
        with open(p,"wb") as f:
            if raw is not None: f.write(raw); return
            for r in recs:
                f.write((json.dumps(r, ensure_ascii=False) if not isinstance(r,(bytes,str)) else r).encode("utf-8","surrogatepass") if not isinstance(r,bytes) else r)
                f.write(b"\n")
    S="Russian troops attacked Ukrainian positions near Kharkiv on Monday, killing four soldiers, the army said."
    w("empty_ws.jsonl",[{"id":"e1","text":""},{"id":"e2","text":"   \n\t "},{"id":"e3","text":"\u00a0\u2003\u3000"},{"id":"e4","text":"\n\n\n"}])
    w("notext.jsonl",[{"id":"n1"},{"id":"n2","text":None},{"id":"n3","text":123},{"id":"n4","text":["a","b"]},{"id":"n5","text":{"x":S}},{"id":"n6","body":S},{"id":"n7","text":True},{"id":"n8","Text":S}, [1,2], "str", 5, None])
    w("huge_line.jsonl",[{"id":"h1","text":(S+" ")*40000}])   # ~4.2MB
    w("repeat200k.jsonl",[{"id":"r1","text":(("Iran condemned the strike. ")*8000)[:200000]}])
    raw=b'{"id":"b1","text":"' + bytes(range(128,256))+ b' Iran attacked Iraq."}\n' + random.randbytes(3000).replace(b"\n",b"x") + b"\n" + b'{"id":"b3","text":"ok Iran praised Iraq."}\n' + b'\xff\xfe\x00\x00garbage\n'
    w("binary.jsonl",None,raw)
    w("nul.jsonl",[{"id":"z1","text":"Iran\u0000 attacked\u0000Iraq.\u0000"},{"id":"z2\u0000x","text":"Iran praised Iraq."}, {"id":"z3","text":"Iran praised Iraq.","title":"a\u0000b","source":"\u0000","url":"http://x\u0000"}])
    w("nul_raw.jsonl",None,b'{"id":"zr1","text":"Iran attacked Iraq."}\x00\x00\x00\n\x00\x00{"id":"zr2","text":"x"}\n')
    w("surrogates.jsonl",['{"id":"s1","text":"Iran \\ud800 attacked \\udfff Iraq."}','{"id":"s2\\udc00","text":"Iran praised Iraq."}','{"id":"s3","text":"ok","title":"\\ud83d"}'])
    w("zw_bidi.jsonl",[{"id":"zw1","text":"\u200b"*5000},{"id":"zw2","text":"\u202e\u202d\u2066\u2067\u2068\u2069"*2000+"Iran attacked Iraq."},{"id":"zw3","text":"Iran\u200battacked\u200bIraq\u200b.\ufeff"*500}])
    w("rtl.jsonl",[{"id":"a1","text":"هاجمت القوات الروسية مواقع أوكرانية قرب خاركيف يوم الاثنين."*50},{"id":"a2","text":"צבא ישראל תקף את עזה ביום שני. "*100},{"id":"a3","text":"Iran \u0627\u06cc\u0631\u0627\u0646 attacked Iraq \u0639\u0631\u0627\u0642."}])
    w("emoji.jsonl",[{"id":"em1","text":"\U0001F4A3\U0001F525\U0001F62D"*3000},{"id":"em2","text":"\U0001F1EE\U0001F1F7 \U0001F91D \U0001F1EE\U0001F1F6"},{"id":"em3","text":"\U0001F469\u200D\U0001F469\u200D\U0001F467"*2000}])
    nest="<div>"*5000+"Iran attacked Iraq."+"</div>"*5000
    w("html_in_json.jsonl",[{"id":"ht1","text":nest},{"id":"ht2","text":"<script>"+"var a=1;"*5000+"</script><style>p{}</style><p>Iran praised Iraq.</p>"},{"id":"ht3","text":"<b>"*20000}])
    open(D+"/deep.html","w").write("<html><body>"+"<div><span>"*20000+"Russian troops attacked Kharkiv on Monday."+"</span></div>"*20000+"</body></html>")
    open(D+"/scripts.html","w").write("<html><head><script>"+"x=1;"*100000+"</script><style>"+"p{a:b}"*50000+"</style></head><body><p>"+S+"</p></body></html>")
    open(D+"/unclosed.html","w").write("<html><body><p>"+S+"<script>for(;;){}")
    tbl="\n".join("\t".join(str(random.randint(0,10**9)) for _ in range(20)) for _ in range(3000))
    w("tables.jsonl",[{"id":"t1","text":tbl},{"id":"t2","text":" | ".join(str(i*1.5) for i in range(40000))},{"id":"t3","text":"\n".join(",".join(["1","2","3.5","-4","1e9"])for _ in range(20000))}])
    w("case.jsonl",[{"id":"c1","text":(S.upper()+" ")*200},{"id":"c2","text":(S.replace(",","").replace(".","")+" ")*500},{"id":"c3","text":("iran attacked iraq "*5000)}])
    w("dupids.jsonl",[{"id":"d","text":"Iran praised Iraq."},{"id":"d","text":"Iran attacked Iraq."},{"id":"d","text":"Iran praised Iraq."},{"id":7,"text":"Iraq praised Iran."},{"id":"7","text":"Iraq attacked Iran."},{"id":"","text":"Iraq condemned Iran."},{"id":"  ","text":"Iraq condemned Iran."},{"id":7.5,"text":"x y"},{"id":True,"text":"Iraq hit Iran."},{"id":"@x","text":"Iraq hit Iran."}])
    dates=["0001-01-01","9999-12-31","2016-02-30","31/12/2016","12/31/2016","Dec 5th, 2016","yesterday","","   ",20160101,1e20,-5,None,"2016-13-45","10000-01-01","1969-12-31T23:59:59Z","2016-06-26T25:61:00+99:00","\u0000",["2016"],{"y":2016},"2016-06-26"+"x"*100000]
    w("dates.jsonl",[{"id":f"dt{i}","text":"Iran attacked Iraq on Monday.","date":d} for i,d in enumerate(dates)])
    w("longword.jsonl",[{"id":"lw1","text":"a"*10000},{"id":"lw2","text":"Iran attacked "+"x"*10000+" Iraq."},{"id":"lw3","text":("Iran"+"-"*10000+"Iraq ")*20},{"id":"lw4","text":"https://"+"a/"*50000}])
    w("many_short.jsonl",[{"id":f"m{i}","text":random.choice(["Iran.","attacked","Iraq","x","1","!","Russia","."])} for i in range(10000)])
    lines=[json.dumps({"id":"tr1","text":"Iran praised Iraq."}),json.dumps({"id":"tr2","text":"Iraq attacked Iran."})[:25]]
    w("truncated.jsonl",None,("\n".join(lines)).encode())
    w("truncated_nl.jsonl",None,(lines[0]+"\n"+lines[1]+"\n").encode())
    open(D+"/t.csv","w").write('id,text,date\nc1,"Iran praised Iraq.",2016-01-01\nc2,,\nc3,"multi\nline ""quoted"" Iran attacked Iraq.",bad\nc4\n,"no id Iran hit Iraq."\nc6,"a","b","c","extra"\n"unterminated,"Iran\n')
    open(D+"/t.tsv","w").write('id\ttext\nt1\tIran praised Iraq.\nt2\t\nt3\t'+"x"*300000+'\n\x00\t\x00\n')
    open(D+"/nocol.csv","w").write('a,b\n1,2\n')
    open(D+"/bin.csv","wb").write(b"id,text\n1,"+random.randbytes(2000)+b"\n")
    open(D+"/empty.jsonl","w").write("")
    open(D+"/blank.jsonl","w").write("\n \n\t\n")
    open(D+"/bom.jsonl","wb").write(b'\xef\xbb\xbf{"id":"bom","text":"Iran praised Iraq."}\n\xef\xbb\xbf{"id":"bom2","text":"Iraq praised Iran."}\n')
    open(D+"/utf16.jsonl","wb").write('{"id":"u16","text":"Iran praised Iraq."}\n'.encode("utf-16"))
    open(D+"/array.json","w").write(json.dumps([{"id":"ar1","text":"Iran praised Iraq."},1,None,{"id":"ar2"}]))
    open(D+"/garbage.warc","wb").write(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999999\r\n\r\n"+random.randbytes(5000))
    open(D+"/warc_ok.warc","wb").write(b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://x/a\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n" % len(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>"+S.encode()+b"</p></body></html>")+b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>"+S.encode()+b"</p></body></html>\r\n\r\n")
    open(D+"/binary.txt","wb").write(random.randbytes(20000))
    open(D+"/latin1.txt","wb").write(("Iran attacked Iraq. Caf\xe9 na\xefve. "*10).encode("latin-1"))
    open(D+"/gz_bad.jsonl.gz","wb").write(gzip.compress(b'{"id":"g1","text":"Iran praised Iraq."}\n'*10)[:-30])
    return sorted(os.listdir(D))


def check(path: str, out: str) -> str:
    try:
        raw = open(out, "rb").read()
    except OSError as exc:
        return f"NO OUTPUT ({exc})"
    recs, bad = [], 0
    for line in raw.splitlines():
        try:
            recs.append(json.loads(line))
        except ValueError:
            bad += 1
    n_in = sum(1 for l in open(path, "rb").read().split(b"\n") if l.strip()) if path.endswith(".jsonl") else "?"
    st = dict(collections.Counter(r.get("status") for r in recs))
    noreason = sum(1 for r in recs if r.get("status") != "coded" and not r.get("reason"))
    return f"in={n_in} out={len(recs)} not_json={bad} {st} no_reason={noreason}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("--db", action="store_true")
    ap.add_argument("--cases", default="")
    ap.add_argument("--timeout", type=int, default=400)
    a = ap.parse_args()
    indir, outdir = os.path.join(a.outdir, "in"), os.path.join(a.outdir, "out")
    os.makedirs(outdir, exist_ok=True)
    names = write_cases(indir)
    if a.cases:
        names = [n for n in names if n in a.cases.split(",")]
    exe = os.path.join(os.path.dirname(sys.executable), "eventwire")
    for name in names:
        path, out = os.path.join(indir, name), os.path.join(outdir, name + ".out.jsonl")
        store = ["--db", os.path.join(outdir, name + ".duckdb")] if a.db else ["--no-db"]
        t = time.time()
        try:
            rc = subprocess.run([exe, "code", path, *store, "--workers", "1", "-o", out], capture_output=True,
                                timeout=a.timeout).returncode
        except subprocess.TimeoutExpired:
            rc = f">{a.timeout}s"
        print(f"{name:22} rc={rc} {time.time() - t:6.1f}s {check(path, out)}", flush=True)


if __name__ == "__main__":
    main()
