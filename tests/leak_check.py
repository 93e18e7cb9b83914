"""The secret-leak check: run desk flows with a real key, then search every file for it.

``open_leak_session`` starts a sandbox that accepts an extra, random 40-character key (not one
of the sandbox's demo keys, which are not secrets), puts that key in an in-memory keyring as
a profile's key, and gives a data folder and a log folder set up as the app sets them up
(``app.configure_logging``, DEBUG level). Flows are plain functions of a ``LeakSession``;
``STANDARD_FLOWS`` covers what the desk does today: among them actions through the outbox
(sent, and one held back), a search of every file while the cache and
the outbox are still there, and "remove all local data" with its export. ``assert_no_leak``
searches every file under the data, log and export folders, inside zip files too, for the key
in the encodings a careless program would write it in.

To cover a new flow (refund, dossier export, team server...), write a function
``def my_flow(session: LeakSession) -> None`` and, in a test::

    with open_leak_session(tmp_path, pristine_dataset) as session:
        session.run(*STANDARD_FLOWS.values(), my_flow)
        assert_no_leak(session)
"""

from __future__ import annotations

import base64
import io
import json
import logging
import secrets
import shutil
import string
import urllib.parse
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert

from operator_desk.connectors.base import ConnectorError
from operator_desk.connectors.mirakl import ConnectionSettings, MiraklConnector
from operator_desk.domain.actions import Reply
from operator_desk.domain.models import Market, Recipient, Role
from operator_desk.domain.queue import QueueFilter, QueueSort
from operator_desk.sandbox import db as sandbox_db
from operator_desk.sandbox.server import DATABASE_FILE, SandboxServer, write_keys
from operator_desk.services.actions import ActionRefused, SubmissionState
from operator_desk.services.connections import Connections, Profile
from operator_desk.services.crash_report import write_crash_report
from operator_desk.services.incidents import ActionError, IncidentService
from operator_desk.services.local_data import remove_all_local_data
from operator_desk.services.outbox import OutboxService, OutboxSink
from operator_desk.services.secrets import SecretStore
from operator_desk.services.sync import SyncService
from operator_desk.store.cache import CacheRepository, open_cache
from operator_desk.store.database import Database
from operator_desk.store.outbox import open_outbox
from tests.memory_keyring import MemoryKeyring

log = logging.getLogger("tests.leak_check")

PROFILE_ID = "profile-sandbox-de"


def random_key(length: int = 40) -> str:
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(length))


@dataclass
class LeakSession:
    """One desk session's worth of state, shared by the flows."""

    secret: str
    data_dir: Path
    log_dir: Path
    export_dir: Path
    base_url: str
    secrets: SecretStore
    keyring: MemoryKeyring
    connections: Connections = field(default_factory=Connections)
    cache: Database | None = None
    outbox: Any = None  # the OutboxService, while it is open
    notes: list[str] = field(default_factory=list)
    searched: set[str] = field(default_factory=set)  # names of the files searched mid-session

    def run(self, *flows: Callable[[LeakSession], None]) -> None:
        for flow in flows:
            flow(self)
            self.notes.append(flow.__name__)

    @property
    def roots(self) -> list[Path]:
        return [self.data_dir, self.log_dir, self.export_dir]


# -- flows -----------------------------------------------------------------------------------
def add_profile(session: LeakSession) -> None:
    """The user adds a profile and types the key: it goes to the keyring."""
    session.secrets.set(PROFILE_ID, session.secret)
    assert session.keyring.passwords  # it is in the keyring, and only there


def sync(session: LeakSession) -> None:
    """Connect with the key from the keyring and pull the market into the cache."""
    key = session.secrets.get(PROFILE_ID)
    assert key == session.secret
    market = Market(code="DE", currency="EUR", timezone="Europe/Berlin")
    profile = Profile(name="Sandbox DE", market=market, base_url=session.base_url,
                      role=Role.AGENT, sandbox=True)
    connector = MiraklConnector(ConnectionSettings(market="DE", base_url=session.base_url,
                                                   auth_scheme="bearer"), key)
    log.debug("connector built: %r", connector)
    identity = connector.whoami()
    assert identity is not None and identity.role == "agent"
    session.connections.add(profile, connector)
    session.cache = open_cache(session.data_dir / "cache.sqlite3")
    service = SyncService(session.cache, session.connections)
    service.register_markets()
    summary = service.sync()
    assert summary.changed_incidents > 0, summary


def close_incident(session: LeakSession) -> None:
    """Close one incident, then try again (the platform refuses: an error path is logged)."""
    assert session.cache is not None
    service = IncidentService(session.cache, session.connections)
    row = service.queue_page(QueueFilter(markets=("DE",)), QueueSort(), 0, 1, "en").rows[0]
    service.close("DE", row.incident_id, None)
    try:
        service.close("DE", row.incident_id, "21")
    except ActionError as exc:
        log.warning("second close refused as expected: %s", exc)


def failing_requests(session: LeakSession) -> None:
    """Errors from the platform, logged with their details the way services log them."""
    connector = session.connections.connector("DE")
    assert connector is not None
    try:
        connector.thread("no-such-thread")
    except ConnectorError as exc:
        log.warning("thread lookup failed: %s (%r)", exc, exc)
    wrong = MiraklConnector(ConnectionSettings(market="DE", base_url=session.base_url),
                            session.secret[::-1])
    try:
        wrong.whoami()
    except ConnectorError as exc:
        log.warning("a wrong key was refused: %s", exc)


def crash_report(session: LeakSession) -> None:
    """A bug whose message carries the key (some libraries do that), logged and reported."""
    try:
        raise RuntimeError(f"request with Authorization: Bearer {session.secret} failed")
    except RuntimeError as error:
        log.exception("unexpected error")
        write_crash_report(error, session.log_dir, context={"page": "queue"})


def send_through_the_outbox(session: LeakSession) -> None:
    """Act as the desk does: each action stored in the outbox first, then sent with the key;
    one that cannot be sent (its thread does not exist) stays there, held back."""
    assert session.cache is not None
    service = OutboxService(open_outbox(session.data_dir / "outbox.sqlite3"),
                            session.connections)
    session.outbox = service
    sink = OutboxSink(service)
    incidents = IncidentService(session.cache, session.connections, sink=sink)
    row = incidents.queue_page(QueueFilter(markets=("DE",)), QueueSort(), 0, 1, "en").rows[0]
    assert incidents.close("DE", row.incident_id, None).state == SubmissionState.SENT
    with session.cache.read() as db_session:
        threads = CacheRepository(db_session).threads_for_order("DE", row.order_id)
    for thread_id, order_id in ((t.thread_id, row.order_id) for t in threads[:1]):
        reply = Reply("DE", thread_id, order_id, "Thank you, we closed the case.",
                      (Recipient("CUSTOMER"),))
        assert sink.submit(reply).state == SubmissionState.SENT
    try:
        sink.submit(Reply("DE", "no-such-thread", None, "Hello?", (Recipient("CUSTOMER"),)))
    except ActionRefused as exc:
        log.warning("reply held back as expected: %s", exc)
    else:
        raise AssertionError("a reply to a thread that does not exist was sent")


def search_before_removal(session: LeakSession) -> None:
    """Search every file as it is now, while the cache and the outbox are still there
    (the removal takes them away; the export keeps copies)."""
    assert_no_leak(session)
    session.searched |= {p.name for p in written_files(session.roots)}


def export_and_remove(session: LeakSession) -> None:
    """Export the durable stores to a file the user chose, then remove all local data."""
    assert session.cache is not None
    if session.outbox is not None:
        session.outbox.close()
        session.outbox.outbox.dispose()
        session.outbox = None
    session.connections.close()
    session.cache.dispose()
    report = remove_all_local_data(session.data_dir, session.export_dir / "desk-export.zip")
    assert report.exported == ("outbox.sqlite3",), report


STANDARD_FLOWS: dict[str, Callable[[LeakSession], None]] = {
    f.__name__: f for f in (add_profile, sync, close_incident, failing_requests, crash_report,
                            send_through_the_outbox, search_before_removal, export_and_remove)
}


# -- the search ------------------------------------------------------------------------------
def encodings(secret: str) -> dict[str, bytes]:
    """The forms a key takes when a program writes it carelessly."""
    raw = secret.encode("utf-8")
    return {
        "utf-8": raw,
        "utf-16": secret.encode("utf-16-le"),
        "base64": base64.b64encode(raw).rstrip(b"="),
        "base64url": base64.urlsafe_b64encode(raw).rstrip(b"="),
        "hex": raw.hex().encode(),
        "url": urllib.parse.quote(secret, safe="").encode(),
        "json": json.dumps(secret).encode()[1:-1],
        "first-half": raw[: len(raw) // 2],  # a truncated key is still a leak
    }


def _search(blob: bytes, where: str, forms: dict[str, bytes], found: list[str],
            depth: int = 0) -> None:
    for name, form in forms.items():
        if form and form in blob:
            found.append(f"{where} ({name})")
    if depth < 3 and blob[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(blob)) as archive:
                for member in archive.namelist():
                    _search(archive.read(member), f"{where}!{member}", forms, found, depth + 1)
        except zipfile.BadZipFile:
            found.append(f"{where} (unreadable zip: cannot be checked)")


def find_secret(roots: Iterable[Path], secret: str) -> list[str]:
    """Every file (and zip member) under ``roots`` that contains the key in any encoding."""
    forms = encodings(secret)
    found: list[str] = []
    for root in roots:
        if not root.exists():
            continue
        for path in sorted(root.rglob("*")):
            if path.is_file():
                _search(path.read_bytes(), str(path), forms, found)
    return found


def written_files(roots: Iterable[Path]) -> list[Path]:
    return sorted(p for root in roots if root.exists() for p in root.rglob("*") if p.is_file())


def assert_no_leak(session: LeakSession) -> None:
    leaks = find_secret(session.roots, session.secret)
    assert leaks == [], "the key was written to:\n" + "\n".join(leaks)


# -- the session -----------------------------------------------------------------------------
def _sandbox_accepting(key: str, pristine: Path, folder: Path) -> SandboxServer:
    """A sandbox on a copy of the dataset that accepts ``key`` as an agent's key of DE.

    The key is added to the sandbox's key table only while the server loads its keys, then
    removed again and keys.json rewritten, so no sandbox file lists it.
    """
    folder.mkdir(parents=True)
    shutil.copy(pristine / DATABASE_FILE, folder / DATABASE_FILE)
    engine = sandbox_db.make_engine(sandbox_db.sqlite_url(folder / DATABASE_FILE))
    with engine.begin() as connection:
        connection.execute(insert(sandbox_db.api_keys).values(
            key=key, market="DE", role="agent", user_name="leak-test",
            display_name="Leak Test", shop_id=None))
    server = SandboxServer(engine, folder, port=0)
    with engine.begin() as connection:
        connection.execute(delete(sandbox_db.api_keys).where(sandbox_db.api_keys.c.key == key))
    write_keys(engine, folder, server.info.root_url)
    return server


@contextmanager
def open_leak_session(tmp_path: Path, pristine_dataset: Path) -> Iterator[LeakSession]:
    from operator_desk.app import configure_logging

    secret = random_key()
    server = _sandbox_accepting(secret, pristine_dataset, tmp_path / "sandbox")
    server.start()
    data_dir = tmp_path / "desk-data"
    log_dir = data_dir / "logs"
    export_dir = tmp_path / "chosen-by-user"
    export_dir.mkdir()
    root = logging.getLogger()
    before_handlers, before_level = list(root.handlers), root.level
    configure_logging(log_dir)
    root.setLevel(logging.DEBUG)  # harsher than the app: debug lines must be clean too
    keyring = MemoryKeyring()
    session = LeakSession(secret, data_dir, log_dir, export_dir,
                          f"{server.info.root_url}/de", SecretStore(keyring), keyring)
    try:
        yield session
    finally:
        for handler in root.handlers[:]:
            if handler not in before_handlers:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(before_level)
        if session.outbox is not None:
            session.outbox.close()
            session.outbox.outbox.dispose()
        session.connections.close()
        if session.cache is not None:
            session.cache.dispose()
        server.stop()
