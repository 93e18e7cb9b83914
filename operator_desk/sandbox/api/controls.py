"""Test controls (only with ``--test-controls``): move the sandbox clock, run simulator steps,
change the fault rules while the server runs. Not Mirakl's; no key needed; served at
``/api/x-desk/test/...`` and under every market prefix (the effect is server-wide)."""

from __future__ import annotations

from datetime import timedelta

from werkzeug.wrappers import Request, Response

from .. import shapes
from ..faults import FaultSpecError
from .common import ApiError, Context, json_body, json_response

MAX_MINUTES = 60 * 24 * 366
MAX_STEPS = 10_000


def _enabled(ctx: Context) -> None:
    if not ctx.test_controls:
        raise ApiError(404, "test controls are off; start the sandbox with --test-controls")


def _whole(value: object, name: str, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= high:
        raise ApiError(400, f"{name} must be a whole number from 0 to {high}")
    return value


def clock(ctx: Context, request: Request, market: str | None = None) -> Response:
    _enabled(ctx)
    if request.method == "POST":
        minutes = _whole(json_body(request).get("minutes"), "minutes", MAX_MINUTES)
        ctx.clock.advance(timedelta(minutes=minutes))
    return json_response({"now": shapes.iso(ctx.clock.now()), "rate": ctx.clock.rate})


def simulate(ctx: Context, request: Request, market: str | None = None) -> Response:
    _enabled(ctx)
    steps = _whole(json_body(request).get("steps", 1), "steps", MAX_STEPS)
    simulator = ctx.simulator
    if simulator is None:
        raise ApiError(404, "this sandbox runs without a simulator")
    events = simulator.run(steps)
    return json_response({"steps": steps, "step": simulator.step_number, "events": events,
                          "now": shapes.iso(ctx.clock.now())})


def faults(ctx: Context, request: Request, market: str | None = None) -> Response:
    _enabled(ctx)
    injector = ctx.faults
    if injector is None:
        raise ApiError(404, "this sandbox runs without the fault middleware")
    if request.method == "PUT":
        spec = json_body(request).get("spec")
        if not isinstance(spec, str):
            raise ApiError(400, "spec must be a string (an empty one clears every fault)")
        try:
            injector.set_spec(spec)
        except FaultSpecError as exc:
            raise ApiError(400, f"bad fault spec: {exc}") from None
    elif request.method == "DELETE":
        injector.set_spec("")
    return json_response(injector.status())


ROUTES = [
    ("/x-desk/test/clock", "x_test_clock", ["GET", "POST"], clock),
    ("/x-desk/test/simulate", "x_test_simulate", ["POST"], simulate),
    ("/x-desk/test/faults", "x_test_faults", ["GET", "PUT", "DELETE"], faults),
]
