"""Issue 16: opening a store that is already set up skips the schema work; a changed file is still migrated."""
import duckdb

from eventwire.store import Store


def test_reopening_skips_setup_but_a_changed_file_is_migrated(tmp_path, monkeypatch):
    path = str(tmp_path / "ew.duckdb")
    Store(path).close()
    calls = []
    real = Store._migrate
    monkeypatch.setattr(Store, "_migrate", lambda self, schema: (calls.append(1), real(self, schema)))
    Store(path).close()
    assert calls == []                          # set up with this schema, columns as left: nothing to do
    con = duckdb.connect(path)
    con.execute("ALTER TABLE documents DROP COLUMN tone")
    con.close()
    st = Store(path)
    assert calls == [1]                         # the columns changed since: compared and mended
    assert "tone" in [r[0] for r in st.con.execute("DESCRIBE documents").fetchall()]
    st.close()
    Store(path).close()
    assert calls == [1]
