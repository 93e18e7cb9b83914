"""Screenshots of the case pane for docs/screenshots/case-*.png (offscreen, 1366×768).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/case_screenshots.py [--out docs/screenshots]

Generates a seeded sandbox dataset in a temp dir, serves it, syncs a cache, opens a team store
with a colleague's decision and notes, and grabs the desk's window on chosen cases: a long
conversation, a market without an incident list (derived incidents), and the team store
missing; each in English and German.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QApplication
from waitress.server import create_server

from operator_desk.domain.models import Role
from operator_desk.domain.queue import QueueFilter, QueueSort, QueueView
from operator_desk.domain.team import Actor
from operator_desk.domain.timeline import EventKind
from operator_desk.sandbox import db as sandbox_db
from operator_desk.sandbox.generator import GenerationSpec, generate
from operator_desk.sandbox.server import DATABASE_FILE, SandboxServer
from operator_desk.services.cases import CaseDetail, CaseService
from operator_desk.services.connections import connect_sandbox
from operator_desk.services.incidents import IncidentService
from operator_desk.services.sync import SyncService
from operator_desk.services.team import TeamService
from operator_desk.store.cache import CacheRepository, open_cache
from operator_desk.store.database import Database
from operator_desk.store.team_migrations import open_team_store
from operator_desk.ui.i18n import Translators
from operator_desk.ui.main_window import MainWindow
from operator_desk.ui.queue_page import QueuePage
from operator_desk.ui.tasks import TaskRunner

SIZE = (1366, 768)
LANGUAGES = {"en": "en_GB", "de": "de_DE"}


def _without_incident_list(app: Any) -> Any:
    """The sandbox minus OR61: a marketplace that does not publish its incident list."""

    def middleware(environ: dict[str, Any], start_response: Any) -> Any:
        if environ["PATH_INFO"].endswith("/api/incidents"):
            start_response("404 Not Found", [("Content-Type", "application/json")])
            return [b'{"status": 404, "message": "Not found"}']
        return app(environ, start_response)

    return middleware


@dataclass
class World:
    cache: Database
    derived_cache: Database
    incidents: IncidentService
    derived_incidents: IncidentService
    team: TeamService
    colleague: TeamService
    connections: Any
    server: SandboxServer


def build(folder: Path) -> tuple[World, Callable[[], None]]:
    engine = sandbox_db.make_engine(sandbox_db.sqlite_url(folder / DATABASE_FILE))
    anchor = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=5)
    generate(engine, GenerationSpec(seed=11, shops=40, orders=2400, anchor=anchor))
    server = SandboxServer(engine, folder, port=0)
    server.start()
    keys = folder / "keys.json"
    connections = connect_sandbox(keys, Role.AGENT)
    cache = open_cache(folder / "cache.sqlite3")
    sync = SyncService(cache, connections)
    sync.register_markets()
    sync.sync()

    # A second cache, for DE through a server without OR61: incidents derived.
    wsgi = create_server(_without_incident_list(server.api), host="127.0.0.1", port=0)
    thread = threading.Thread(target=wsgi.run, daemon=True)
    thread.start()
    derived_dir = folder / "derived"
    derived_dir.mkdir()
    text = keys.read_text().replace(
        f"http://127.0.0.1:{server.info.port}/", f"http://127.0.0.1:{wsgi.effective_port}/")
    (derived_dir / "keys.json").write_text(text)
    derived_connections = connect_sandbox(derived_dir / "keys.json", Role.AGENT)
    derived_cache = open_cache(derived_dir / "cache.sqlite3")
    derived_sync = SyncService(derived_cache, derived_connections)
    derived_sync.register_markets()
    derived_sync.sync()

    url = f"sqlite:///{folder / 'team.sqlite3'}"
    team = TeamService(open_team_store(url), Actor("ann", Role.AGENT))
    colleague = TeamService(open_team_store(url), Actor("sue", Role.SUPERVISOR))

    def stop() -> None:
        team.close()
        colleague.close()
        connections.close()
        derived_connections.close()
        wsgi.close()
        server.stop()
        cache.dispose()
        derived_cache.dispose()

    return World(cache, derived_cache, IncidentService(cache, connections),
                 IncidentService(derived_cache, derived_connections), team, colleague,
                 connections, server), stop


def _score(detail: CaseDetail) -> tuple[int, ...]:
    events = detail.timeline
    messages = sum(1 for e in events if e.kind == EventKind.MESSAGE)
    return (int(detail.claim.customer_after_claim), min(messages, 12),
            int(bool(detail.findings)), int(bool(detail.related)),
            int(any(e.kind == EventKind.REFUND for e in events)))


def pick_case(cache: Database, cases: CaseService, view: QueueView,
              market: str | None = None,
              exclude: set[tuple[str, str]] | None = None) -> CaseDetail:
    """The case that shows the most of the pane: a customer writing after "solved", policy
    findings, other incidents, a refund, a long conversation."""
    with cache.read() as session:
        repo = CacheRepository(session)
        filter_ = QueueFilter(view=view, markets=(market,) if market else ())
        rows = repo.queue_page(filter_, QueueSort(), 0, 400)
    best: CaseDetail | None = None
    for row in rows:
        if exclude and (row.market, row.incident_id) in exclude:
            continue
        detail = cases.load(row.market, row.incident_id, "en")
        if detail is not None and (best is None or _score(detail) > _score(best)):
            best = detail
    assert best is not None, "no case to show"
    return best


def shoot(app: QApplication, incidents: IncidentService, connections: Any,
          cases: CaseService, detail: CaseDetail, language: str, path: Path,
          notes_tab: bool = False) -> None:
    locale = LANGUAGES[language]
    translators = Translators(app)
    translators.install(language)  # the interface in the picture's language
    runner = TaskRunner()
    window = MainWindow(locale, sandbox=True)
    page = QueuePage(incidents, connections, runner, locale, language)
    page.detail.bind(cases, runner)
    window.add_page(page, "&Incidents", "Ctrl+1")
    window.show_page(page)
    window.resize(*SIZE)
    window.show()
    page.start()
    _wait(app, lambda: page.model.rowCount() > 0)
    market, incident_id = detail.market, detail.incident_id
    row = next(r for r in range(page.model.rowCount())
               if (x := page.model.row_at(r)) is not None
               and (x.market, x.incident_id) == (market, incident_id))
    page.table.selectionModel().setCurrentIndex(
        page.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    page.table.scrollTo(page.model.index(row, 0))
    _wait(app, lambda: page.detail.presentation is not None
          and page.detail.presentation.detail is not None
          and page.detail.presentation.incident_id == incident_id)
    if notes_tab:
        page.detail.focus_notes()
    _wait(app, lambda: False, 400)
    path.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(path))
    print("saved", path)
    window.close()
    runner.shutdown(wait=True)
    window.deleteLater()
    app.processEvents()
    translators.remove()


def _wait(app: QApplication, condition: Callable[[], bool], ms: int = 20_000) -> None:
    deadline = datetime.now() + timedelta(milliseconds=ms)
    while datetime.now() < deadline:
        app.processEvents()
        if condition():
            return
        threading.Event().wait(0.02)
    if ms > 1000:
        raise TimeoutError("the desk did not get there in time")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="docs/screenshots")
    args = parser.parse_args(argv)
    out = Path(args.out)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory(prefix="desk-case-shots-") as tmp:
        world, stop = build(Path(tmp))
        try:
            cases = CaseService(world.cache, lambda: world.team)
            long_case = pick_case(world.cache, cases, QueueView.MARKED_SOLVED)
            market, incident_id = long_case.market, long_case.incident_id
            seen = long_case.seen[:1]
            world.colleague.record_decision(market, incident_id, "escalate", "noted",
                                            "Asked the seller for the tracking number.", seen)
            world.colleague.add_note(market, "incident", incident_id,
                                     "Customer called the hotline: the repaired device still "
                                     "does not charge. Please do not close before the seller "
                                     "answers.")
            world.team.add_note(market, "incident", incident_id,
                                "Checked the carrier: delivered to a neighbour on the 16th.")
            derived_cases = CaseService(world.derived_cache, lambda: world.team)
            derived = pick_case(world.derived_cache, derived_cases, QueueView.MARKED_SOLVED, "DE")
            no_team = CaseService(world.cache, lambda: None)
            for language in LANGUAGES:
                shoot(app, world.incidents, world.connections, cases, long_case, language,
                      out / f"case-{language}.png")
                shoot(app, world.incidents, world.connections, cases, long_case, language,
                      out / f"case-notes-{language}.png", notes_tab=True)
                shoot(app, world.derived_incidents, world.connections, derived_cases, derived,
                      language, out / f"case-derived-{language}.png")
                shoot(app, world.incidents, world.connections, no_team, long_case, language,
                      out / f"case-no-team-store-{language}.png", notes_tab=True)
        finally:
            stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
