"""Screenshots of the sellers page with a scorecard (and the propose dialog) for docs/.

Generates a sandbox, syncs it into a fresh cache, records a sanction history in a throw-away
team store (a warning applied, a suspension waiting for approval), then shows the page
offscreen as a supervisor and grabs it:

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/sellers_screenshots.py docs/screenshots
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from operator_desk.domain.models import Role
from operator_desk.domain.team import Actor
from operator_desk.sandbox import db as sandbox_db
from operator_desk.sandbox.generator import GenerationSpec, generate
from operator_desk.sandbox.server import DATABASE_FILE, SandboxServer
from operator_desk.services.actions import DirectSink
from operator_desk.services.connections import connect_sandbox
from operator_desk.services.permissions import Permissions
from operator_desk.services.sanctions import SanctionService
from operator_desk.services.sellers import SellerService
from operator_desk.services.sync import SyncService
from operator_desk.services.team import TeamService
from operator_desk.store.cache import open_cache
from operator_desk.store.team_migrations import open_team_store
from operator_desk.ui.i18n import Translators
from operator_desk.ui.sanction_dialogs import ProposeSanctionDialog
from operator_desk.ui.sellers_page import SellersPage
from operator_desk.ui.tasks import TaskRunner

MARKET, SHOP = "DE", "2004"


def wait(app: QApplication, done: Callable[[], bool], timeout: float = 60) -> None:
    end = time.monotonic() + timeout
    while not done():
        if time.monotonic() > end:
            raise TimeoutError("the page did not get there in time")
        app.processEvents()
        time.sleep(0.02)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="sellers-shots-"))
    engine = sandbox_db.make_engine(sandbox_db.sqlite_url(work / DATABASE_FILE))
    generate(engine, GenerationSpec(seed=7, shops=120, orders=3000,
                                    anchor=datetime.now(UTC).replace(microsecond=0)))
    server = SandboxServer(engine, work, port=0)
    server.start()
    keys = work / "keys.json"
    cache = open_cache(work / "cache.sqlite3")
    reader = connect_sandbox(keys, Role.AGENT)
    sync = SyncService(cache, reader)
    sync.register_markets()
    sync.sync()
    url = f"sqlite:///{work / 'team.sqlite3'}"
    desks = {}
    for name, role in (("robin", Role.REVIEWER), ("sam", Role.SUPERVISOR)):
        connections = connect_sandbox(keys, role)
        team = TeamService(open_team_store(url), Actor(name, role))
        sellers = SellerService(cache, connections)
        sellers.team = team
        sanctions = SanctionService(sellers, Permissions(connections), DirectSink(connections))
        sanctions.team = team
        desks[name] = (connections, team, sellers, sanctions)
    robin, sam = desks["robin"], desks["sam"]
    options = robin[2].evidence(MARKET, SHOP, 182)
    warning = robin[3].draft(MARKET, SHOP, options.all()[:2])
    entry = robin[3].propose(warning, warning.statement.body)
    sam[3].decide(entry.id, True, "documented")
    sam[3].apply(entry.id)
    suspension = robin[3].draft(MARKET, SHOP, options.all()[:3], "temporary_suspension:14")
    robin[3].propose(suspension, suspension.statement.body, auto_lift=True)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    translators = Translators(app)
    for language, locale in (("en", "en_GB"), ("de", "de_DE")):
        translators.install(language)  # the interface in the picture's language
        runner = TaskRunner()
        connections, team, sellers, sanctions = sam
        page = SellersPage(sellers, sanctions, Permissions(connections), runner, locale)
        page.resize(1600, 920)
        page.set_team(team)
        shown: list[bool] = []
        page.platform_shown.connect(lambda shown=shown: shown.append(True))
        loads: list[bool] = []
        page.refreshed.connect(lambda _r, loads=loads, page=page: page.model.reloaded.connect(
            lambda: loads.append(True)))
        page.show()
        page.start()
        wait(app, lambda loads=loads: bool(loads))  # computed, then read back
        wait(app, lambda page=page: page.scorecard.presented is not None)
        shown.clear()
        page.select(MARKET, SHOP)
        wait(app, lambda page=page, shown=shown: bool(shown) and page.scorecard.presented
             is not None and page.scorecard.presented.card.shop.shop_id == SHOP)
        app.processEvents()
        page.grab().save(str(out / f"sellers-{language}.png"))
        if language == "de":
            page.propose()
            wait(app, lambda page=page: isinstance(page.dialog, ProposeSanctionDialog))
            dialog = page.dialog
            assert dialog is not None
            app.processEvents()
            dialog.grab().save(str(out / "sellers-propose-de.png"))
            dialog.close()
        page.due_timer.stop()
        page.close()
        runner.shutdown(wait=True)
    for connections, team, _sellers, _sanctions in desks.values():
        connections.close()
        team.close()
    reader.close()
    cache.dispose()
    server.stop()
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
