"""Issue 16: a command imports what it needs when it needs it."""
import json
import subprocess
import sys


def test_code_without_a_database_imports_neither_duckdb_nor_pyarrow(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "Peru recalled its ambassador from Chile on Monday."}) + "\n")
    probe = ("import sys\nfrom eventwire import cli\n"
             f"rc = cli.main(['code', {str(src)!r}, '--no-db', '-o', {str(tmp_path / 'out.jsonl')!r}, '-q'])\n"
             "print(rc, sorted(m for m in ('duckdb', 'pyarrow', 'fastapi', 'datasketch') if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["0", "[]"]
    assert json.loads((tmp_path / "out.jsonl").read_text())["status"] == "coded"


def test_code_with_a_database_imports_neither_pyarrow_nor_pandas(tmp_path):
    """The store writes its rows as NumPy columns: pyarrow (whose first use imports pandas, over a second) is
    for the exports and the Spark runner only."""
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "Peru recalled its ambassador from Chile on Monday."}) + "\n")
    db = tmp_path / "ew.duckdb"
    probe = ("import sys\nfrom eventwire import cli\n"
             f"rc = cli.main(['code', {str(src)!r}, '--db', {str(db)!r}, '-o', {str(tmp_path / 'out.jsonl')!r}, '-q'])\n"
             "print(rc, sorted(m for m in ('pyarrow', 'pandas') if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["0", "[]"]
    from eventwire.store import Store
    with Store(str(db), read_only=True) as st:
        assert st.result_record("a")["events"]

