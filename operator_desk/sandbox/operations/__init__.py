"""What the sandbox marketplace does, as functions over one database transaction.

The HTTP handlers (``sandbox.api``) and the simulator (``sandbox.simulator``) both act through
these functions, so a seller reply written by the simulator follows exactly the rules a seller
reply over the API follows. Each function takes an open ``Connection`` (inside a transaction),
the sandbox time ``now`` and an id factory; it raises :class:`Refused` when Mirakl would refuse
the request, with the HTTP status and message the API answers with.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from typing import Any

IdFactory = Callable[[], str]
# A database row as a mapping (SQLAlchemy's RowMapping, or a dict built by hand).
Row = Mapping[Any, Any]


class Refused(Exception):
    """A request Mirakl would refuse: HTTP status and a message for the caller."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def random_id() -> str:
    """A fresh UUID for records created over the API."""
    return str(uuid.uuid4())
