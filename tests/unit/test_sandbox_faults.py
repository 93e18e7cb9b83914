"""The fault SPEC parser and the middleware's decisions, without a network."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import orjson
import pytest

from operator_desk.sandbox.faults import FaultInjector, FaultSpecError, parse_spec

EXAMPLE = ("429:0.1:retry=2,500:0.05,drop-after-commit:PUT /api/orders/refund:0.3,"
           "latency:200ms:0.2,malformed:GET /api/orders:0.1,truncate:0.05")


def test_the_documented_example_parses() -> None:
    plan = parse_spec(EXAMPLE)
    kinds = [(r.kind, r.share) for r in plan.rules]
    assert kinds == [("429", 0.1), ("500", 0.05), ("drop-after-commit", 0.3),
                     ("latency", 0.2), ("malformed", 0.1), ("truncate", 0.05)]
    assert plan.rules[0].retry_after == 2
    assert (plan.rules[2].method, plan.rules[2].path) == ("PUT", "/api/orders/refund")
    assert plan.rules[3].delay == (0.2, 0.2)
    assert parse_spec(plan.describe()).describe() == plan.describe()


@pytest.mark.parametrize(("spec", "expected"), [
    ("latency:100ms-2s", (0.1, 2.0)),
    ("latency:1.5s:50%", (1.5, 1.5)),
])
def test_latency_forms(spec: str, expected: tuple[float, float]) -> None:
    assert parse_spec(spec).rules[0].delay == expected


def test_scopes_and_options() -> None:
    rule = parse_spec("503:or11:times=3:retry=5").rules[0]
    assert (rule.operation, rule.times, rule.retry_after, rule.share) == ("OR11", 3, 5, 1.0)
    wildcard = parse_spec("drop:/api/inbox/threads*").rules[0]
    assert wildcard.matches("GET", "/de/api/inbox/threads/abc", None)
    assert not wildcard.matches("GET", "/de/api/orders", None)
    assert parse_spec("seed=5,500:0.5").seed == 5
    assert parse_spec("").rules == []


@pytest.mark.parametrize(("spec", "complaint"), [
    ("418", "only 429 and 500-599"),
    ("explode", "unknown fault"),
    ("latency", "needs a duration"),
    ("500:1.5", "between 0 and 1"),
    ("500:retry=soon", "whole number"),
    ("truncate:retry=1", "only goes with an HTTP status"),
    ("500:FETCH /x", "cannot read"),
    ("500:sometimes", "cannot read"),
    ("500::0.1", "empty part"),
    ("latency:2s-1s", "backwards"),
])
def test_bad_specs_say_what_is_wrong(spec: str, complaint: str) -> None:
    with pytest.raises(FaultSpecError, match=complaint):
        parse_spec(spec)


def _app(environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
    environ["app.calls"] = environ.get("app.calls", 0) + 1
    body = orjson.dumps({"orders": [{"order_id": "A"}], "total_count": 1})
    start_response("200 OK", [("Content-Type", "application/json"),
                              ("Content-Length", str(len(body)))])
    return [body]


def _call(injector: FaultInjector, path: str = "/de/api/orders", method: str = "GET"
          ) -> tuple[str, dict[str, str], bytes, dict[str, Any]]:
    seen: dict[str, Any] = {}

    def start_response(status: str, headers: list[tuple[str, str]], exc: Any = None) -> None:
        seen["status"], seen["headers"] = status, dict(headers)

    environ: dict[str, Any] = {"REQUEST_METHOD": method, "PATH_INFO": path}
    body = b"".join(injector(environ, start_response))
    return seen["status"], seen["headers"], body, environ


def test_statuses_truncation_and_malformed_bodies() -> None:
    injector = FaultInjector(_app, "429:retry=3:times=1")
    status, headers, body, environ = _call(injector)
    assert status.startswith("429") and headers["Retry-After"] == "3"
    assert orjson.loads(body)["status"] == 429 and "app.calls" not in environ
    assert _call(injector)[0] == "200 OK"  # times=1 used up

    injector.set_spec("truncate")
    status, headers, body, environ = _call(injector)
    assert environ["app.calls"] == 1 and headers["Content-Length"] == str(len(body))
    with pytest.raises(orjson.JSONDecodeError):
        orjson.loads(body)
    injector.set_spec("malformed:GET /api/orders")
    status, _headers, body, _environ = _call(injector)
    assert status == "200 OK"
    with pytest.raises(orjson.JSONDecodeError):
        orjson.loads(body)
    assert orjson.loads(_call(injector, method="PUT")[2])["total_count"] == 1  # out of scope
    assert injector.status()["injected"] == {"malformed": 1}


def test_latency_sleeps_then_answers() -> None:
    slept: list[float] = []
    injector = FaultInjector(_app, "latency:250ms,503:/api/inbox/*", sleep=slept.append)
    assert _call(injector)[0] == "200 OK"
    assert _call(injector, "/nl/api/inbox/threads")[0].startswith("503")
    assert slept == [0.25, 0.25]


def test_shares_follow_the_seed_and_controls_are_never_faulted() -> None:
    def outcomes(spec: str) -> list[str]:
        injector = FaultInjector(_app, spec)
        return [_call(injector)[0][:3] for _ in range(200)]

    first = outcomes("seed=1,500:0.3")
    assert first == outcomes("seed=1,500:0.3")
    assert 30 < first.count("500") < 90
    assert first != outcomes("seed=2,500:0.3")
    injector = FaultInjector(_app, "500")
    assert _call(injector, "/api/x-desk/test/faults")[0] == "200 OK"
    assert _call(injector, "/de/api/x-desk/test/clock")[0] == "200 OK"
    assert _call(injector, "/health")[0] == "200 OK"
