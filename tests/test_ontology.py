import pytest

from eventwire.ontology import all_codes, cameo, is_known, lookup, plover_types, quad_class_of_root, require


def test_table_size_and_roots():
    codes = all_codes()
    assert len(codes) >= 290
    roots = {c.code[:2] for c in codes}
    assert roots == {f"{i:02d}" for i in range(1, 21)}


def test_known_facts():
    c = cameo("051")
    assert c.name == "Praise or endorse" and c.goldstein == 3.4 and c.quad_class == 1
    assert c.plover_type == "SUPPORT"
    assert cameo("195").plover_type == "ASSAULT" and cameo("195").goldstein == -10.0
    assert cameo("173").plover_mode == "arrest"
    assert cameo("0871").plover_mode == "ceasefire"
    assert cameo("010").plover_type is None


def test_quad_class_follows_root():
    for c in all_codes():
        assert c.quad_class == quad_class_of_root(c.code[:2]), c.code


def test_parent_fallback():
    c = cameo("1939")  # not a CAMEO code; 193 is
    assert not c.exact and c.code == "1939"
    assert c.goldstein == cameo("193").goldstein and c.plover_type == "ASSAULT"
    assert cameo("0599").quad_class == 1 and cameo("0599").goldstein == cameo("05").goldstein
    assert is_known("193") and not is_known("1939")


def test_bad_codes():
    for bad in ("99", "abc", "", "12345", "21"):
        assert lookup(bad) is None and cameo(bad) is None
        with pytest.raises(KeyError):
            require(bad)


def test_plover_modes_cover_cameo_modes():
    pt = plover_types()
    assert {"AGREE", "CONSULT", "ASSAULT", "PROTEST", "REQUEST"} <= set(pt)
    for c in all_codes():
        if c.plover_type:
            assert c.plover_type in pt, c.code
            if c.plover_mode:
                assert c.plover_mode in pt[c.plover_type].modes, (c.code, c.plover_mode)
