"""What the desk needs from a marketplace, whatever its API: the connector Protocol and errors.

Errors are sorted by what the user can do about them (style guide: errors the user can act on
vs bugs): unreachable (work offline), key refused (fix the key), forbidden (ask for the role),
rate limited or server trouble (wait), refused request (read the platform's message).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from operator_desk.domain.models import (
    DownloadedFile,
    FilePart,
    Incident,
    Order,
    Problem,
    Reason,
    Recipient,
    RefundRequest,
    Shop,
    ShopStateResult,
    Thread,
)

__all__ = ["Problem"]  # re-exported: connectors report what they could not read


class ConnectorError(Exception):
    """Base of every error a marketplace connector raises."""

    user_message = "The marketplace could not be reached."

    def __init__(self, market: str, detail: str = "", status: int | None = None) -> None:
        super().__init__(f"{market}: {detail}" if detail else market)
        self.market = market
        self.detail = detail
        self.status = status


class MarketplaceUnreachable(ConnectorError):
    """No answer: the network is down, the host is unknown, or the request timed out."""


class AuthenticationRefused(ConnectorError):
    """401: the key was refused."""


class PermissionDenied(ConnectorError):
    """403: the key is valid but its role may not do this."""


class RateLimited(ConnectorError):
    """429: too many requests; ``retry_after`` seconds if the platform said so."""

    def __init__(self, market: str, detail: str = "", retry_after: float | None = None) -> None:
        super().__init__(market, detail, 429)
        self.retry_after = retry_after


class ServerError(ConnectorError):
    """5xx: the platform is in trouble; worth retrying a read later."""


class RequestRefused(ConnectorError):
    """4xx other than 401/403/429: the platform refused this request and said why."""


class NotFound(RequestRefused):
    """404: the record, or on an optional extension the endpoint itself, does not exist."""


class NotSupported(ConnectorError):
    """405, or a capability the marketplace was found not to offer."""


class MalformedResponse(ConnectorError):
    """The platform answered something that is not the JSON the API promises."""


@dataclass(frozen=True, slots=True)
class Page[T]:
    """One page of records plus the records that could not be read on it."""

    items: Sequence[T]
    problems: Sequence[Problem] = field(default=())
    total: int | None = None


@dataclass(frozen=True, slots=True)
class Identity:
    """Who the key belongs to, as far as the platform tells."""

    user: str
    display_name: str
    role: str | None
    market: str
    sandbox: bool = False  # the platform says it is a test marketplace, not a live one


class MarketplaceConnector(Protocol):
    """Everything the desk reads from and writes to one marketplace instance."""

    market: str

    def whoami(self) -> Identity | None:
        """The key's user and role, or None where the platform cannot tell."""
        ...

    def reasons(self, locale: str) -> Page[Reason]:
        """All reason codes with labels in ``locale`` (RE01)."""
        ...

    def shops(self, updated_since: datetime | None = None,
              shop_ids: Sequence[str] = ()) -> Iterator[Page[Shop]]:
        """Shops, optionally only those changed since a time or only those named (S20)."""
        ...

    def incidents(self, updated_since: datetime | None = None,
                  statuses: Sequence[str] = (),
                  order_ids: Sequence[str] = ()) -> Iterator[Page[Incident]]:
        """Incidents, oldest change first (OR61-style list), optionally of some orders."""
        ...

    def orders(self, order_ids: Sequence[str] = (), updated_since: datetime | None = None,
               has_incident: bool | None = None,
               created_since: datetime | None = None) -> Iterator[Page[Order]]:
        """Orders with their lines, oldest created first (OR11)."""
        ...

    def threads(self, entity_ids: Sequence[str] = (), updated_since: datetime | None = None,
                with_messages: bool = True,
                entity_type: str = "MMP_ORDER") -> Iterator[Page[Thread]]:
        """Message threads on orders (M11), or on another entity type (``SELLER_OPERATOR``:
        threads with a seller, ``entity_ids`` then being shop ids)."""
        ...

    def thread(self, thread_id: str) -> Thread:
        """One thread with every message (M10)."""
        ...

    def close_incident(self, order_id: str, order_line_id: str,
                       reason_code: str | None) -> None:
        """Close an incident (OR63); a reason is optional only after the seller resolved it."""
        ...

    def shop_statistics(self, shop_ids: Sequence[str] = (),
                        periods: Sequence[str] = ()) -> list[dict[str, Any]]:
        """The platform's KPIs per shop and period (S21-style), as sent."""
        ...

    def download_attachment(self, attachment_id: str, max_bytes: int) -> DownloadedFile:
        """An attachment's bytes (M13), refused above ``max_bytes``."""
        ...

    def open_incident(self, order_id: str, order_line_id: str, reason_code: str) -> None:
        """Open an incident on an order line (OR62)."""
        ...

    def dispute_incident(self, incident_id: str) -> None:
        """Keep a seller-resolved incident open as disputed, where the platform can."""
        ...

    def reply(self, thread_id: str, body: str, to: Sequence[Recipient],
              files: Sequence[FilePart] = ()) -> str:
        """A message in an existing thread (M12); returns its id."""
        ...

    def create_order_thread(self, order_id: str, body: str, to: Sequence[Recipient],
                            topic: str, files: Sequence[FilePart] = ()) -> tuple[str, str]:
        """A new thread on an order (OR43): (thread id, message id)."""
        ...

    def create_seller_thread(self, shop_id: str, body: str, topic: str,
                             files: Sequence[FilePart] = ()) -> tuple[str, str]:
        """A new thread with a seller (M14): (thread id, message id)."""
        ...

    def refund(self, lines: Sequence[RefundRequest]) -> list[dict[str, Any]]:
        """Refund order lines (OR28); the platform's records, without state."""
        ...

    def suspend_shops(self, changes: Sequence[tuple[str, bool]]) -> list[ShopStateResult]:
        """Suspend (True) or lift (False) per shop (S07)."""
        ...

    def change_shop_states(self, actions: Sequence[tuple[str, str]]) -> list[ShopStateResult]:
        """SUSPEND / UNSUSPEND / TERMINATE / UNTERMINATE per shop (S09-style)."""
        ...

    def close_shops(self, windows: Sequence[tuple[str, datetime | None, datetime | None]]
                    ) -> list[ShopStateResult]:
        """Set (or, with None and None, clear) a shop's closing window (S07)."""
        ...

    def close(self) -> None:
        """Release connections."""
        ...
