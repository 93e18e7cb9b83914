"""The sandbox marketplace's HTTP API: a WSGI application speaking Mirakl's operator API.

One server hosts every market; each market is its own instance under a path prefix:
``/<market>/api/...`` with ``<market>`` the lower-case country code. What is ours and not
Mirakl's lives under ``/<market>/api/x-desk/`` (see ``docs/SANDBOX_API.md``). The handlers
live in one module per area (orders, incidents, threads, shops, account, test controls).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import UTC
from typing import Any

from sqlalchemy import Engine
from werkzeug.exceptions import HTTPException, MethodNotAllowed, NotFound, RequestEntityTooLarge
from werkzeug.http import http_date
from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request

from ..clock import Clock
from . import account, controls, incidents, orders, shops, threads
from .common import ApiError, Context, Handler, error_response

__all__ = ["ApiError", "Clock", "SandboxApi"]

log = logging.getLogger(__name__)

StartResponse = Callable[..., Any]


class _Request(Request):
    # OR43: at most 30 MB per message with its attachments; a little room for the form.
    max_content_length = 31 * 1024 * 1024
    max_form_memory_size = 1024 * 1024  # the JSON part (message_input / thread_input)


class SandboxApi:
    """The WSGI application. Thread-safe: every request uses its own connection."""

    def __init__(self, engine: Engine, clock: Clock | None = None, *,
                 test_controls: bool = False) -> None:
        self.context = Context(engine, clock or Clock(), test_controls=test_controls)
        self.handlers: dict[str, Handler] = {"health": account.health}
        rules = [Rule("/health", endpoint="health", methods=["GET"])]
        for module in (orders, incidents, threads, shops, account, controls):
            for path, endpoint, methods, handler in module.ROUTES:
                rules.append(Rule(f"/<market>/api{path}", endpoint=endpoint, methods=methods))
                self.handlers[endpoint] = handler
        for path, endpoint, methods, _handler in controls.ROUTES:
            rules.append(Rule(f"/api{path}", endpoint=endpoint, methods=methods))
        self.url_map = Map(rules, strict_slashes=False)

    @property
    def engine(self) -> Engine:
        return self.context.engine

    @property
    def clock(self) -> Clock:
        return self.context.clock

    def operation_of(self, environ: dict[str, Any]) -> str | None:
        """The endpoint a request goes to (``or11``, ``m12``…), for scoped fault rules."""
        try:
            endpoint, _ = self.url_map.bind_to_environ(environ).match()
        except HTTPException:
            return None
        return str(endpoint)

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        request = _Request(environ)
        try:
            adapter = self.url_map.bind_to_environ(environ)
            endpoint, matched = adapter.match()
            args = dict(matched)
            if "market" in args:
                args["market"] = self.context.market(args["market"])
            response = self.handlers[str(endpoint)](self.context, request, **args)
        except ApiError as exc:
            response = error_response(exc.status, exc.message)
        except MethodNotAllowed:
            response = error_response(405, f"{request.method} is not allowed on {request.path}")
        except NotFound:
            response = error_response(404, f"no such resource: {request.path}")
        except RequestEntityTooLarge:
            response = error_response(413, "the request is larger than 30 MB")
        except HTTPException as exc:
            response = error_response(exc.code or 500, exc.description or "error")
        except Exception:  # a bug in the sandbox must still answer in JSON
            log.exception("sandbox error on %s %s", request.method, request.path)
            response = error_response(500, "internal sandbox error")
        # The sandbox's own time, so a client can see how far sandbox time runs ahead.
        response.headers["Date"] = http_date(self.context.clock.now().replace(tzinfo=UTC))
        return response(environ, start_response)
