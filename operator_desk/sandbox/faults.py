"""Faults on demand: a WSGI middleware that makes the sandbox misbehave like a real network.

A SPEC is a comma-separated list of rules; each rule is a kind followed by ``:``-separated
parts in any order (see ``docs/SANDBOX_API.md`` for the full description and examples)::

    429:0.1:retry=2,500:0.05,drop-after-commit:PUT /api/orders/refund:0.3,
    latency:200ms:0.2,malformed:GET /api/orders:0.1,truncate:0.05

Kinds: ``latency`` (with a duration ``200ms``, ``1.5s`` or a range ``100ms-2s``), an HTTP
status ``429`` or ``500``-``599`` (a JSON error; ``retry=N`` adds ``Retry-After: N``),
``drop`` (the connection closes before the request is handled), ``drop-after-commit`` (the
request is handled and committed, then the connection closes without a response),
``truncate`` (the JSON body is cut in half) and ``malformed`` (the JSON body is broken).
Parts: a share ``0.1`` or ``10%`` (default: every matching request), a scope (``/api/orders``,
``GET /api/inbox/threads*``, or an operation code such as ``OR28``; default: every request),
``times=N`` (only the first N matching requests). A rule ``seed=N`` seeds the dice.
"""

from __future__ import annotations

import fnmatch
import random
import re
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import orjson

StartResponse = Callable[..., Any]
WsgiApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]

PRE_KINDS = ("latency", "drop")  # act before the handler runs (plus HTTP statuses)
POST_KINDS = ("drop-after-commit", "truncate", "malformed")  # act on the handler's answer
_DURATION = re.compile(r"^(\d+(?:\.\d+)?)(ms|s)$")
_SHARE = re.compile(r"^(\d+(?:\.\d+)?)(%?)$")
_METHODS = ("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")
# Never faulted: the controls that change the faults, and the health check scripts wait on.
_EXEMPT = re.compile(r"^(/[a-z]{2})?/api/x-desk/test/|^/health$")


class FaultSpecError(ValueError):
    """A SPEC that cannot be parsed; the message says which rule and why."""


@dataclass
class Rule:
    kind: str  # latency | drop | drop-after-commit | truncate | malformed | "429" | "503" ...
    share: float = 1.0
    method: str | None = None
    path: str | None = None  # fnmatch pattern
    operation: str | None = None  # OR11, M11, ...
    delay: tuple[float, float] = (0.0, 0.0)  # seconds, low-high
    retry_after: int | None = None
    times: int | None = None
    fired: int = field(default=0, compare=False)

    @property
    def status(self) -> int | None:
        return int(self.kind) if self.kind.isdigit() else None

    def matches(self, method: str, path: str, operation: str | None) -> bool:
        if self.method is not None and method != self.method:
            return False
        if self.operation is not None and (operation or "").upper() != self.operation:
            return False
        if self.path is not None:
            bare = re.sub(r"^/[a-z]{2}(?=/api/)", "", path)
            return fnmatch.fnmatchcase(bare, self.path) or fnmatch.fnmatchcase(path, self.path)
        return True

    def describe(self) -> str:
        parts = [self.kind]
        if self.kind == "latency":
            low, high = self.delay
            parts.append(f"{round(low * 1000)}ms" if low == high
                         else f"{round(low * 1000)}ms-{round(high * 1000)}ms")
        if self.method or self.path:
            parts.append(" ".join(p for p in (self.method, self.path) if p))
        if self.operation:
            parts.append(self.operation)
        if self.share != 1.0:
            parts.append(f"{self.share:g}")
        if self.retry_after is not None:
            parts.append(f"retry={self.retry_after}")
        if self.times is not None:
            parts.append(f"times={self.times}")
        return ":".join(parts)


@dataclass
class FaultPlan:
    rules: list[Rule]
    seed: int

    def describe(self) -> str:
        return ",".join(rule.describe() for rule in self.rules)


def _duration(text: str, rule: str) -> float:
    match = _DURATION.match(text)
    if match is None:
        raise FaultSpecError(f"{rule!r}: {text!r} is not a duration like 200ms or 1.5s")
    value = float(match.group(1))
    return value / 1000 if match.group(2) == "ms" else value


def _parse_rule(text: str) -> Rule:
    parts = [p.strip() for p in text.split(":")]
    kind = parts[0].lower()
    if kind.isdigit():
        if not (kind == "429" or 500 <= int(kind) <= 599):
            raise FaultSpecError(f"{text!r}: only 429 and 500-599 can be injected as statuses")
    elif kind not in (*PRE_KINDS, *POST_KINDS):
        raise FaultSpecError(
            f"{text!r}: unknown fault {parts[0]!r}; expected latency, 429, 500-599, drop, "
            "drop-after-commit, truncate or malformed")
    rule = Rule(kind)
    for part in parts[1:]:
        if not part:
            raise FaultSpecError(f"{text!r}: empty part")
        if "=" in part:
            key, _, value = part.partition("=")
            if not value.isdigit():
                raise FaultSpecError(f"{text!r}: {key} needs a whole number")
            if key == "retry":
                rule.retry_after = int(value)
            elif key == "times":
                rule.times = int(value)
            else:
                raise FaultSpecError(f"{text!r}: unknown option {key!r} (retry, times)")
        elif (share := _SHARE.match(part)) is not None:
            value_f = float(share.group(1)) / (100 if share.group(2) else 1)
            if not 0 <= value_f <= 1:
                raise FaultSpecError(f"{text!r}: share {part} is not between 0 and 1 (or 100%)")
            rule.share = value_f
        elif _DURATION.match(part.split("-")[0]) and kind == "latency":
            low, _, high = part.partition("-")
            rule.delay = (_duration(low, text), _duration(high or low, text))
            if rule.delay[1] < rule.delay[0]:
                raise FaultSpecError(f"{text!r}: the latency range runs backwards")
        elif part.startswith("/") or part.split(" ", 1)[0].upper() in _METHODS:
            method, _, path = part.partition(" ") if " " in part else ("", "", part)
            if method and method.upper() not in _METHODS:
                raise FaultSpecError(f"{text!r}: unknown HTTP method {method!r}")
            if not path.startswith("/"):
                raise FaultSpecError(f"{text!r}: a scope's path starts with /")
            rule.method = method.upper() or None
            rule.path = path.strip()
        elif re.fullmatch(r"[A-Za-z]{1,3}\d{2}|x_[a-z_]+", part):
            rule.operation = part.upper()
        else:
            raise FaultSpecError(f"{text!r}: cannot read {part!r} (a share like 0.1, a scope "
                                 "like GET /api/orders or OR11, a duration, or key=value)")
    if kind == "latency" and rule.delay == (0.0, 0.0):
        raise FaultSpecError(f"{text!r}: latency needs a duration, e.g. latency:200ms")
    if rule.retry_after is not None and rule.status is None:
        raise FaultSpecError(f"{text!r}: retry= only goes with an HTTP status")
    return rule


def parse_spec(spec: str | None) -> FaultPlan:
    """Parse a SPEC; an empty one means no faults."""
    rules: list[Rule] = []
    seed: int | None = None
    for raw in (spec or "").split(","):
        text = raw.strip()
        if not text:
            continue
        if text.startswith("seed="):
            value = text[5:]
            if not value.isdigit():
                raise FaultSpecError(f"{text!r}: seed needs a whole number")
            seed = int(value)
            continue
        rules.append(_parse_rule(text))
    return FaultPlan(rules, seed if seed is not None else zlib.crc32((spec or "").encode()))


def _drop_connection(environ: dict[str, Any]) -> None:
    """Close the client's connection without an answer (waitress only: its channel is
    reachable through the ``waitress.client_disconnected`` callable it puts in the environ)."""
    probe = environ.get("waitress.client_disconnected")
    channel = getattr(probe, "__self__", None)
    sock = getattr(channel, "socket", None)
    if channel is None or sock is None:
        raise RuntimeError("drop faults need the waitress server")
    channel.will_close = True
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


class FaultInjector:
    """WSGI middleware; ``set_spec`` changes the faults while the server runs."""

    def __init__(self, app: WsgiApp, spec: str | None = None,
                 operation_of: Callable[[dict[str, Any]], str | None] | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.app = app
        self.operation_of = operation_of or (lambda environ: None)
        self.sleep = sleep
        self._lock = threading.Lock()
        self.injected: dict[str, int] = {}
        self.set_spec(spec)

    def set_spec(self, spec: str | None) -> FaultPlan:
        plan = parse_spec(spec)
        with self._lock:
            self.plan = plan
            self.spec = spec or ""
            self._random = random.Random(plan.seed)
            self.injected = {}
        return plan

    def _decide(self, environ: dict[str, Any]) -> list[Rule]:
        method = environ.get("REQUEST_METHOD", "GET")
        path = environ.get("PATH_INFO", "")
        if not self.plan.rules or _EXEMPT.match(path):
            return []
        operation = self.operation_of(environ)
        fired: list[Rule] = []
        with self._lock:
            for rule in self.plan.rules:
                if not rule.matches(method, path, operation):
                    continue
                if rule.times is not None and rule.fired >= rule.times:
                    continue
                if rule.share < 1.0 and self._random.random() >= rule.share:
                    continue
                rule.fired += 1
                self.injected[rule.kind] = self.injected.get(rule.kind, 0) + 1
                fired.append(rule)
                if rule.kind != "latency":
                    break  # one failure per request; latency adds to whatever comes next
        return fired

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        fired = self._decide(environ)
        if not fired:
            return self.app(environ, start_response)
        for rule in fired:
            if rule.kind == "latency":
                low, high = rule.delay
                with self._lock:
                    delay = low if low == high else self._random.uniform(low, high)
                self.sleep(delay)
        failure = next((rule for rule in fired if rule.kind != "latency"), None)
        if failure is None:
            return self.app(environ, start_response)
        if failure.status is not None:
            return self._status(failure, start_response)
        if failure.kind == "drop":
            _drop_connection(environ)
            start_response("500 Internal Server Error", [("Content-Length", "0")])
            return [b""]
        return self._after(failure, environ, start_response)

    @staticmethod
    def _status(rule: Rule, start_response: StartResponse) -> list[bytes]:
        status = rule.status or 500
        text = "Too Many Requests" if status == 429 else "Service failure"
        body = orjson.dumps({"status": status,
                             "message": f"{text} (injected by the sandbox's fault rules)"})
        headers = [("Content-Type", "application/json"), ("Content-Length", str(len(body))),
                   ("X-Sandbox-Fault", rule.kind)]
        if rule.retry_after is not None:
            headers.append(("Retry-After", str(rule.retry_after)))
        reason = {429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway",
                  503: "Service Unavailable", 504: "Gateway Timeout"}.get(status, "Error")
        start_response(f"{status} {reason}", headers)
        return [body]

    def _after(self, rule: Rule, environ: dict[str, Any],
               start_response: StartResponse) -> list[bytes]:
        captured: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            captured["status"], captured["headers"] = status, headers
            return lambda data: None

        result = self.app(environ, capture)
        try:
            body = b"".join(result)
        finally:
            close = getattr(result, "close", None)
            if close is not None:
                close()
        if rule.kind == "drop-after-commit":
            _drop_connection(environ)
            start_response("500 Internal Server Error", [("Content-Length", "0")])
            return [b""]
        headers = [(k, v) for k, v in captured["headers"] if k.lower() != "content-length"]
        is_json = any(k.lower() == "content-type" and "json" in v for k, v in headers)
        if is_json and body:
            if rule.kind == "truncate":
                body = body[: max(1, len(body) // 2)]
            else:  # malformed: same length, one structural character broken
                index = body.find(b":")
                body = body[:index] + b";" + body[index + 1:] if index >= 0 else b"{" + body
        headers += [("Content-Length", str(len(body))), ("X-Sandbox-Fault", rule.kind)]
        start_response(captured["status"], headers)
        return [body]

    def status(self) -> dict[str, Any]:
        with self._lock:
            return {"spec": self.spec, "rules": [r.describe() for r in self.plan.rules],
                    "injected": dict(self.injected)}
