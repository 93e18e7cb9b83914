from hypothesis import given
from hypothesis import strategies as st

from operator_desk.domain.search import to_fts_query


def test_words_become_prefix_terms_and_phrases_stay_whole() -> None:
    assert to_fts_query("rückerst paket") == '"rückerst"* "paket"*'
    assert to_fts_query('"nicht erhalten" dhl') == '"nicht erhalten" "dhl"*'
    assert to_fts_query("DE1004321-A") == '"DE1004321"* "A"*'
    assert to_fts_query("   ") is None
    assert to_fts_query('NEAR(a b) OR col:x "') == '"NEAR"* "a"* "b"* "OR"* "col"* "x"*'


@given(st.text(max_size=80))
def test_any_input_gives_a_well_formed_query(text: str) -> None:
    query = to_fts_query(text)
    if query is not None:
        assert query.count('"') % 2 == 0
