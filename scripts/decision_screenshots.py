"""Screenshots of a decision for docs/screenshots/: the close dialog and the conflict view.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/decision_screenshots.py [--out DIR]

Builds the same seeded sandbox world as ``case_screenshots.py``, with the outbox between the
desk and the marketplace as in the app. ``close-dialog-<lang>.png``: the agent presses Close on
a case the seller marked solved. ``conflict-<lang>.png``: the customer wrote again after the
agent had read the case, the agent closes anyway, and the desk stops and says what changed.
Both in English and German; a window with its dialog on top, as the user sees it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QPoint
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from operator_desk.domain.queue import QueueView
from operator_desk.services.cases import CaseDetail, CaseService
from operator_desk.services.incidents import IncidentService
from operator_desk.services.outbox import OutboxService, OutboxSink
from operator_desk.store.outbox import open_outbox
from operator_desk.ui.i18n import Translators
from operator_desk.ui.main_window import MainWindow
from operator_desk.ui.queue_page import QueuePage
from operator_desk.ui.tasks import TaskRunner

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from case_screenshots import LANGUAGES, SIZE, _wait, build, pick_case

from tests.reliability.sandbox_tools import customer_writes

CUSTOMER_AGAIN = {
    "DE": "Das Gerät lädt immer noch nicht. Bitte den Fall nicht schließen!",
    "ES": "El aparato sigue sin cargar. ¡Por favor, no cierren el caso!",
    "NL": "Het apparaat laadt nog steeds niet op. Sluit de zaak alstublieft niet!",
}


def _with_dialog(window: QWidget, dialog: QWidget) -> QPixmap:
    """The window with its dialog painted where the window manager would centre it."""
    picture = window.grab()
    on_top = dialog.grab()
    painter = QPainter(picture)
    at = QPoint((picture.width() - on_top.width()) // 2,
                (picture.height() - on_top.height()) // 3)
    painter.drawPixmap(at, on_top)
    painter.setPen(QColor("#7a7a7a"))  # the frame a window manager would draw
    painter.drawRect(at.x() - 1, at.y() - 1, on_top.width() + 1, on_top.height() + 1)
    painter.end()
    return picture


def shoot(app: QApplication, incidents: IncidentService, connections: object,
          cases: CaseService, detail: CaseDetail, language: str, path: Path,
          before_close: object = None) -> None:
    locale = LANGUAGES[language]
    translators = Translators(app)
    translators.install(language)
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
    row = next(r for r in range(page.model.rowCount())
               if (x := page.model.row_at(r)) is not None
               and (x.market, x.incident_id) == (detail.market, detail.incident_id))
    page.table.selectionModel().setCurrentIndex(
        page.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    page.table.scrollTo(page.model.index(row, 0))
    _wait(app, lambda: page.detail.presentation is not None
          and page.detail.presentation.detail is not None
          and page.detail.presentation.incident_id == detail.incident_id)
    if callable(before_close):
        before_close()
    page.request_close()
    _wait(app, lambda: isinstance(page.decisions.dialog, QDialog)
          and page.decisions.dialog.isVisible())
    dialog = page.decisions.dialog
    assert isinstance(dialog, QDialog)
    shown: QWidget = dialog
    if callable(before_close):  # the conflict: confirm the close and wait for the desk's answer
        dialog.accept()
        _wait(app, lambda: page.decisions.error_box is not None
              and page.decisions.error_box.isVisible())
        assert page.decisions.error_box is not None
        shown = page.decisions.error_box
    _wait(app, lambda: False, 400)
    path.parent.mkdir(parents=True, exist_ok=True)
    _with_dialog(window, shown).save(str(path))
    print("saved", path)
    shown.close()
    window.close()
    runner.shutdown(wait=True)
    window.deleteLater()
    app.processEvents()
    translators.remove()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="docs/screenshots")
    args = parser.parse_args(argv)
    out = Path(args.out)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory(prefix="desk-decision-shots-") as tmp:
        folder = Path(tmp)
        world, stop = build(folder)
        outbox = OutboxService(open_outbox(folder / "outbox.sqlite3"), world.connections)
        incidents = IncidentService(world.cache, world.connections, sink=OutboxSink(outbox))
        try:
            cases = CaseService(world.cache, lambda: world.team)
            chosen = pick_case(world.cache, cases, QueueView.MARKED_SOLVED)
            for language in LANGUAGES:
                shoot(app, incidents, world.connections, cases, chosen, language,
                      out / f"close-dialog-{language}.png")
            # One case per language for the conflict: the first close would go through.
            used = {(chosen.market, chosen.incident_id)}
            for language in LANGUAGES:
                case = pick_case(world.cache, cases, QueueView.MARKED_SOLVED,
                                 exclude=used)
                used.add((case.market, case.incident_id))

                def customer_again(case: CaseDetail = case) -> None:
                    customer_writes(world.server, case.market, case.case.incident.order_id,
                                    CUSTOMER_AGAIN.get(case.market, CUSTOMER_AGAIN["NL"]))

                shoot(app, incidents, world.connections, cases, case, language,
                      out / f"conflict-{language}.png", before_close=customer_again)
        finally:
            outbox.close()
            outbox.outbox.dispose()
            stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
