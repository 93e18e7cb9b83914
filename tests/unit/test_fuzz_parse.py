"""Fuzzing the Mirakl payload parsers: hostile and malformed JSON never crashes or hangs them.

Every parser either returns a record the desk can store or raises ``RecordError`` naming
what was wrong; nothing else may come out. The connector's page builder turns every bad
record into a ``Problem`` and keeps the good ones. Inputs are what ``orjson`` can hand over
(JSON values: 64-bit integers, finite floats, any text), both as random structures and as
valid records with fields swapped for hostile values, which reach much deeper.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Callable
from datetime import datetime
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from operator_desk.connectors.mirakl import ConnectionSettings, MiraklConnector, parse
from operator_desk.domain.models import Incident, Order, Reason, Shop, Thread
from operator_desk.domain.money import Money

# The same examples on every CI run (a red build is then about the change, not luck);
# random ones on developers' machines, where the fuzzers keep exploring.
IN_CI = bool(os.environ.get("CI"))

FUZZ = settings(derandomize=IN_CI, max_examples=250, deadline=2000,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

HOSTILE_TEXT = [
    "", " ", "null", "None", "NaN", "nan", "Infinity", "-Infinity", "inf", "1e999999",
    "-1e999999", "1e-999999", "1E+999999999", "9" * 400, "-0", "0.0000000000000000001",
    "0x1A", "1_000", " 12.50 ", "١٢٣", "²", "12,50", "€12", "0001-01-01T00:00:00+01:00",
    "9999-12-31T23:59:59-01:00", "2026-02-30T10:00:00Z", "2026-01-01", "2026-01-01T25:00:00Z",
    "T", "Z", "2026-08-18T07:55:02.123456789Z", "\x00", "\u202e", "\ud7ff", "<script>x</script>",
    "'; DROP TABLE orders; --", "%s%s%n", "A" * 5000, "\n" * 50, "ÿ" * 100, "eur", "EURO",
    "€€€", "12", "true", "[]", "{}",
]

scalars = st.one_of(
    st.none(), st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**64 - 1),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(HOSTILE_TEXT), st.text(max_size=60),
)
json_values = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=12) | st.sampled_from(["id", "date", "type"]),
                      children, max_size=5),
    max_leaves=20,
)
hostile = st.one_of(scalars, json_values)


def mutated(template: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    """The template with values replaced, fields dropped, lists changed: mostly still valid."""
    if isinstance(template, dict):
        fields = st.fixed_dictionaries({k: mutated(v, depth + 1) for k, v in template.items()})
        keys = list(template)

        def drop(record: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
            return st.lists(st.sampled_from(keys), max_size=2).map(
                lambda gone: {k: v for k, v in record.items() if k not in gone})

        shaped = fields.flatmap(drop)
    elif isinstance(template, list) and template:
        shaped = st.lists(mutated(template[0], depth + 1), max_size=3)
    else:
        shaped = st.just(template)
    # Mostly keep the shape so the parser gets deep; sometimes anything at all.
    return st.one_of(shaped, shaped, shaped, hostile)


def as_json(value: Any) -> Any:
    """What the connector would really see: a round trip through orjson."""
    return orjson.loads(orjson.dumps(value))


ORDER = {
    "order_id": "DE1-A", "commercial_id": "DE1", "shop_id": 2010, "shop_name": "Schmidt",
    "currency_iso_code": "EUR", "price": 99.9, "shipping_price": "4.95", "total_price": 104.85,
    "created_date": "2026-08-18T07:55:02Z", "last_updated_date": "2026-08-20T10:03:11.123Z",
    "order_state": "SHIPPED", "has_incident": True,
    "shipping_tracking": "00340434", "shipping_company": "DHL",
    "customer": {"customer_id": "C1", "firstname": "Max", "lastname": "Muster",
                 "email": "max@example.org", "locale": "de_DE"},
    "order_lines": [{
        "order_line_id": "DE1-A-1", "order_line_index": 1, "product_title": "Toaster",
        "product_sku": "SKU1", "quantity": 2, "price_unit": 49.95, "price": 99.9,
        "shipping_price": 4.95, "total_price": 104.85, "order_line_state": "INCIDENT_OPEN",
        "order_line_state_reason_code": "12", "shipped_date": "2026-08-19T08:00:00Z",
        "can_refund": True,
    }],
}
INCIDENT = {
    "incident_id": "i1", "order_id": "o1", "order_line_id": "o1-1", "status": "RESOLVED",
    "opening_information": {"date": "2026-08-18T07:55:02Z", "opening_reason_code": "12",
                            "user_type": "CUSTOMER"},
    "last_action": {"date": "2026-08-19T07:55:02Z", "user_type": "SHOP"},
    "x_desk_resolution": {"date": "2026-08-19T07:55:02Z", "reason_code": "21",
                          "message": "Ersatz verschickt"},
    "closing_information": {"date": "2026-08-20T07:55:02Z", "closing_reason_code": "21",
                            "user_type": "OPERATOR"},
}
THREAD = {
    "id": "t1", "topic": {"type": "REASON_CODE", "value": "12"},
    "entities": [{"type": "MMP_ORDER", "id": "o1"}],
    "date_created": "2026-08-18T07:55:02Z", "date_updated": "2026-08-19T07:55:02Z",
    "metadata": {"last_message_date": "2026-08-19T07:55:02Z",
                 "shop_reply_needed_since": "2026-08-19T07:55:02Z", "total_count": 1},
    "authorized_participants": [{"type": "CUSTOMER", "display_name": "Max", "id": "C1"}],
    "messages": [{
        "id": "m1", "date_created": "2026-08-18T07:55:02Z", "body": "Wo bleibt mein Toaster?",
        "from": {"type": "CUSTOMER_USER", "display_name": "Max",
                 "organization_details": {"id": "C1", "type": "CUSTOMER", "display_name": "Max"}},
        "to": [{"type": "SHOP", "display_name": "Schmidt", "id": "2010"}],
        "attachments": [{"id": "a1", "name": "foto.jpg", "size": 1234}],
    }],
}
SHOP = {
    "shop_id": 2010, "shop_name": "Schmidt", "shop_state": "OPEN", "suspension_type": None,
    "grade": 4.5, "evaluations_count": 120, "approval_rate": 0.98,
    "order_messages_response_delay": 12, "contact_informations": {"email": "s@example.org"},
    "shop_locale": "de_DE", "last_updated_date": "2026-08-18T07:55:02Z",
}
REASON = {"code": "12", "type": "INCIDENT_OPEN", "label": "Artikel nicht erhalten",
          "is_operator_right": True}

PARSERS: dict[str, tuple[Callable[[Any], Any], dict[str, Any]]] = {
    "order": (lambda raw: parse.order("DE", raw), ORDER),
    "incident": (lambda raw: parse.incident("DE", raw), INCIDENT),
    "thread": (lambda raw: parse.thread("DE", raw), THREAD),
    "shop": (lambda raw: parse.shop("DE", raw), SHOP),
    "reason": (lambda raw: parse.reason("DE", "de", raw), REASON),
}


def _storable(record: Any) -> None:
    """What the cache will do with a parsed record must work too: minor units, UTC times."""
    def money(value: Money) -> None:
        assert isinstance(value.minor_units, int)

    def when(value: datetime | None) -> None:
        assert value is None or value.utcoffset() is not None

    if isinstance(record, Order):
        for value in (record.total_price, record.shipping_price):
            money(value)
        when(record.created)
        when(record.last_updated)
        for line in record.lines:
            for value in (line.unit_price, line.price, line.shipping_price, line.total_price):
                money(value)
            when(line.shipped_date)
    elif isinstance(record, Incident):
        for moment in (record.opened, record.last_action, record.resolved, record.closed):
            when(moment)
    elif isinstance(record, Thread):
        when(record.created)
        assert all(m.created.utcoffset() is not None for m in record.messages)
    else:
        assert isinstance(record, Shop | Reason)


def _parse_or_record_error(name: str, raw: Any) -> bool:
    parser, _template = PARSERS[name]
    try:
        record = parser(raw)
    except parse.RecordError as exc:
        assert str(exc), "a RecordError must say what was wrong"
        return False
    _storable(record)
    return True


def test_the_templates_themselves_parse() -> None:
    for name, (_parser, template) in PARSERS.items():
        assert _parse_or_record_error(name, copy.deepcopy(template)), name


@FUZZ
@given(name=st.sampled_from(sorted(PARSERS)), raw=json_values)
def test_random_json_gives_a_record_or_a_record_error(name: str, raw: Any) -> None:
    _parse_or_record_error(name, as_json(raw))


@FUZZ
@given(raw=mutated(ORDER))
def test_hostile_orders(raw: Any) -> None:
    _parse_or_record_error("order", as_json(raw))


@FUZZ
@given(raw=mutated(INCIDENT))
def test_hostile_incidents(raw: Any) -> None:
    _parse_or_record_error("incident", as_json(raw))


@FUZZ
@given(raw=mutated(THREAD))
def test_hostile_threads(raw: Any) -> None:
    _parse_or_record_error("thread", as_json(raw))


@FUZZ
@given(raw=mutated(SHOP))
def test_hostile_shops(raw: Any) -> None:
    _parse_or_record_error("shop", as_json(raw))


@FUZZ
@given(raw=mutated(REASON))
def test_hostile_reasons(raw: Any) -> None:
    _parse_or_record_error("reason", as_json(raw))


_CONNECTOR = MiraklConnector(ConnectionSettings(market="DE", base_url="http://127.0.0.1:9"),
                             "not-a-real-key")


@settings(derandomize=IN_CI, max_examples=150, deadline=3000,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(name=st.sampled_from(sorted(PARSERS)), data=st.data())
def test_the_page_builder_turns_every_bad_record_into_a_problem(name: str,
                                                                 data: st.DataObject) -> None:
    parser, template = PARSERS[name]
    raws = as_json(data.draw(st.lists(mutated(template) | st.just(template), max_size=6)))
    items, problems = _CONNECTOR._build(raws, parser, name)
    assert len(items) + len(problems) == len(raws)
    for problem in problems:
        assert problem.entity == name and problem.reason
    for item in items:
        _storable(item)


# -- what the fuzzers found, pinned down -------------------------------------------------------
def _order_with(**changes: Any) -> dict[str, Any]:
    order = copy.deepcopy(ORDER)
    for path, value in changes.items():
        target: Any = order
        *parents, leaf = path.split("__")
        for parent in parents:
            target = target[parent][0] if isinstance(target[parent], list) else target[parent]
        if value is None:
            target.pop(leaf, None)
        else:
            target[leaf] = value
    return order


@pytest.mark.timeout(10)
@pytest.mark.parametrize("changes,field", [
    # A bad currency with a missing amount raised MoneyError instead of RecordError.
    ({"currency_iso_code": "0", "price": None}, "currency_iso_code"),
    ({"currency_iso_code": "€€€"}, "currency_iso_code"),
    # int("1E+999999999") builds a billion-digit number: the sync hung.
    ({"order_lines__quantity": "1E+999999999"}, "quantity"),
    # Parsed, then the cache's conversion to cents raised decimal.InvalidOperation.
    ({"total_price": "9E+999999"}, "total_price"),
    ({"order_lines__price": "-1e20"}, "price"),
    # Year 1 with a positive offset is before datetime's range once shifted to UTC.
    ({"created_date": "0001-01-01T00:00:00+01:00"}, "created_date"),
    ({"last_updated_date": "9999-12-31T23:59:59-01:00"}, "last_updated_date"),
])
def test_fuzz_findings_are_record_errors(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(parse.RecordError, match=field):
        parse.order("DE", _order_with(**changes))


def test_boolean_strings_mean_what_they_say() -> None:
    order = parse.order("DE", _order_with(has_incident="false", order_lines__can_refund="true"))
    assert order.has_incident is False and order.lines[0].can_refund is True
    assert parse.reason("DE", "de", {**REASON, "is_operator_right": "false"}).is_operator_right \
        is False


def test_absurd_shop_figures_are_dropped_not_stored_as_infinity() -> None:
    shop = parse.shop("DE", {**SHOP, "grade": "1e999999", "approval_rate": "NaN"})
    assert shop.grade is None and shop.approval_rate is None
