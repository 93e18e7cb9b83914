"""Screenshots of the conversations page for docs/, offscreen, in English and German.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/conversations_screenshots.py

Generates a small sandbox dataset, serves it, syncs a cache, opens the page with a search
and a thread that carries policy evidence, and saves docs/screenshots/conversations-<lang>.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QLocale, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

from operator_desk.domain.models import Role  # noqa: E402
from operator_desk.domain.team import Actor  # noqa: E402
from operator_desk.sandbox import db as sandbox_db  # noqa: E402
from operator_desk.sandbox.generator import GenerationSpec, generate  # noqa: E402
from operator_desk.sandbox.server import DATABASE_FILE, SandboxServer  # noqa: E402
from operator_desk.services.actions import DirectSink  # noqa: E402
from operator_desk.services.attachment_files import AttachmentFiles  # noqa: E402
from operator_desk.services.connections import connect_sandbox  # noqa: E402
from operator_desk.services.conversations import TEMPLATES_DIR, ConversationService  # noqa: E402
from operator_desk.services.dossier import DossierBuilder  # noqa: E402
from operator_desk.services.drafts import DraftStore  # noqa: E402
from operator_desk.services.sync import SyncService  # noqa: E402
from operator_desk.services.team_connection import TeamConnector  # noqa: E402
from operator_desk.store.attachments import AttachmentStore  # noqa: E402
from operator_desk.store.cache import open_cache  # noqa: E402
from operator_desk.ui.conversations_page import ConversationsPage  # noqa: E402
from operator_desk.ui.i18n import Translators  # noqa: E402
from operator_desk.ui.tasks import TaskRunner  # noqa: E402


def wait(app: QApplication, until: object, timeout_ms: int = 15_000) -> None:
    deadline = datetime.now() + timedelta(milliseconds=timeout_ms)
    while not until() and datetime.now() < deadline:  # type: ignore[operator]
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    work = Path(tempfile.mkdtemp(prefix="conv-shots-"))
    data = work / "sandbox"
    data.mkdir()
    engine = sandbox_db.make_engine(sandbox_db.sqlite_url(data / DATABASE_FILE))
    generate(engine, GenerationSpec(seed=11, shops=30, orders=1200,
                                    anchor=datetime.now(UTC) - timedelta(minutes=5)))
    server = SandboxServer(engine, data, port=0)
    server.start()
    try:
        cache = open_cache(work / "cache.sqlite3")
        connections = connect_sandbox(data / "keys.json", Role.AGENT)
        sync = SyncService(cache, connections)
        sync.register_markets()
        sync.sync()
        team = TeamConnector(work / "team").open(Actor("agent", Role.AGENT))
        team.seed_templates(TEMPLATES_DIR)
        for language, locale in (("en", "en_GB"), ("de", "de_DE")):
            QLocale.setDefault(QLocale(locale))
            translators = Translators(app)
            translators.install(language)  # the interface in the picture's language
            service = ConversationService(cache, connections, DirectSink(connections))
            service.templates_source = team
            files = AttachmentFiles(connections, AttachmentStore(work / "att"))
            runner = TaskRunner()
            page = ConversationsPage(service, connections, runner, locale, language, files,
                                     DraftStore(work / "drafts"),
                                     DossierBuilder(service, files, team))
            window = QMainWindow()
            window.setCentralWidget(page)
            window.resize(1500, 900)
            window.show()
            page.apply_markets(["CH", "DE", "ES", "NL"])
            page.start()
            wait(app, lambda p=page: not p._summarizing and p.model.rowCount() > 0)
            page.set_filter(policy_kinds=("off_platform_contact",),
                            text="contact" if language == "en" else "bestellen")
            wait(app, lambda p=page: p.case is not None and p.model.row_at(0) is not None
                 and p.case.thread.thread_id == p.model.row_at(0).thread_id, 10_000)
            page.composer.to_customer.setChecked(True)
            wait(app, lambda p=page: bool(p.composer.templates), 5000)
            QTimer.singleShot(0, lambda: None)
            wait(app, lambda: False, 600)
            target = ROOT / "docs" / "screenshots" / f"conversations-{language}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(target))
            print("saved", target)
            window.close()
            runner.shutdown(wait=True)
            translators.remove()
        team.close()
        connections.close()
        cache.dispose()
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
