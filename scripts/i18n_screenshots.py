"""Screenshots of the desk's main pages in one language, for docs/screenshots/ and for
layout checks in the pseudo-locale (offscreen, 1366×768, the whole desk on its embedded
sandbox, as ``operator-desk`` runs it):

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/i18n_screenshots.py \
        --language de --data-dir .screens --out docs/screenshots

writes ``desk-<page>-<language>.png`` for the incidents (with a case open), conversations
(with a thread open), sellers (with a scorecard), approvals, templates (with a template
open) and audit pages. Reusing one ``--data-dir`` for every language shows the same data in
each. With ``--check`` it also lists widgets whose text does not fit (the pseudo-locale's
brackets make a cut end visible; this finds the cuts a person would miss).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QItemSelectionModel, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
)

from operator_desk import app as desk_app
from operator_desk.ui import formatting, i18n
from operator_desk.ui.layout_check import cut_texts
from operator_desk.ui.main_window import MainWindow

SIZE = (1366, 768)


def wait(app: QApplication, done: Callable[[], bool], timeout: float = 120,
         what: str = "the desk") -> None:
    end = time.monotonic() + timeout
    while not done():
        if time.monotonic() > end:
            raise TimeoutError(f"{what} did not get there in time")
        app.processEvents()
        time.sleep(0.02)


def settle(app: QApplication, seconds: float = 1.0) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def select_first(view: QAbstractItemView) -> None:
    """The second row (the first may have been shown before the team store was open)."""
    model = view.model()
    if model is not None and model.rowCount() > 0:
        view.selectionModel().setCurrentIndex(
            model.index(min(1, model.rowCount() - 1), 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", required=True)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    data_dir = Path(args.data_dir)
    desk_app.configure_logging(data_dir / "logs")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Operator Desk")
    app.setOrganizationName("Operator Desk")
    choice = i18n.choose_language(args.language, None, QLocale.system().name())
    translators = i18n.apply_language(app, choice)  # noqa: F841 - installed while it lives
    locale = formatting.babel_locale(choice.locale)
    window = MainWindow(locale, sandbox=False)
    switcher = i18n.LanguageSwitcher(i18n.settings_for(data_dir), choice, window)
    window.add_desk_menu(switcher.menu)
    window.resize(*SIZE)
    window.show()
    namespace = argparse.Namespace(offline=False, sandbox=True, data_dir=str(data_dir), seed=7,
                                   role="supervisor", language=args.language, screenshot=None)
    desk = desk_app.Desk(app, window, namespace, data_dir, choice.data_language, locale)
    desk.start()
    wait(app, lambda: desk.opened is not None and desk.page is not None, what="opening")
    wait(app, lambda: desk.sync_process is not None, what="the first sync")
    wait(app, lambda: not desk.syncing, timeout=600, what="the first sync")
    wait(app, lambda: desk.templates_page is not None and desk.conversations_page is not None
         and desk.approvals_page is not None and desk.audit_page is not None,
         what="the pages")
    desk.timer.stop()  # no second sync in the middle of the pictures

    problems: dict[str, list[str]] = {}

    def shoot(name: str, page: Any, prepare: Callable[[], None] | None = None,
              ready: Callable[[], bool] | None = None) -> None:
        window.show_page(page)
        settle(app, 1.5)
        if prepare is not None:
            prepare()
        if ready is not None:
            wait(app, ready, timeout=60, what=name)
        settle(app, 1.5)
        path = out / f"desk-{name}-{choice.language}.png"
        window.grab().save(str(path))
        print("saved", path)
        if args.check:
            problems[name] = cut_texts(window)

    queue = desk.page
    shoot("incidents", queue, lambda: select_first(queue.table),
          lambda: queue.detail.presentation is not None
          and queue.detail.presentation.detail is not None)
    conversations = desk.conversations_page
    shoot("conversations", conversations, lambda: select_first(conversations.table),
          lambda: conversations.placeholder.isHidden())
    sellers = desk.sellers_page
    shoot("sellers", sellers, lambda: select_first(sellers.table))
    shoot("approvals", desk.approvals_page)
    templates = desk.templates_page
    shoot("templates", templates, lambda: select_first(templates.table),
          lambda: templates.current is not None)
    shoot("audit", desk.audit_page)
    for name, found in problems.items():
        for problem in found:
            print(f"{name}: cut: {problem}")
    window.close()
    return 1 if any(problems.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
