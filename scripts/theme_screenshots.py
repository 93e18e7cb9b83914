"""Screenshots of the desk in a dark palette and at a display scale, for docs/screenshots/
(offscreen, 1366×768 logical pixels, the whole desk on its embedded sandbox):

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/theme_screenshots.py --dark \
        --data-dir .screens/theme --out docs/screenshots
    QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=2 .venv/bin/python scripts/theme_screenshots.py \
        --data-dir .screens/theme --out docs/screenshots

``--dark`` applies a dark palette like the desktops' dark themes (``ui/theme.dark_palette``)
and writes ``dark-<language>.png`` (the incidents page with a case open) and
``dark-<page>-<language>.png`` for the conversations, sellers, approvals, templates and audit
pages. Without it, under ``QT_SCALE_FACTOR=N``, it writes ``scale<N>-<language>.png`` (the
incidents page, N times the pixels: what a 4K screen at 200 % shows). It prints the labels
whose colours contrast too little with what is behind them (``--check`` fails on them).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from i18n_screenshots import SIZE, select_first, settle, wait  # noqa: E402 - same folder
from PySide6.QtCore import QLocale  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from operator_desk import app as desk_app  # noqa: E402
from operator_desk.ui import formatting, i18n, theme  # noqa: E402
from operator_desk.ui.main_window import MainWindow  # noqa: E402


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="en")
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--dark", action="store_true")
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
    app.setStyle("Fusion")
    if args.dark:
        app.setPalette(theme.dark_palette())
    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    name = "dark" if args.dark else f"scale{scale}"
    choice = i18n.choose_language(args.language, None, QLocale.system().name())
    translators = i18n.apply_language(app, choice)  # noqa: F841 - installed while it lives
    locale = formatting.babel_locale(choice.locale)
    window = MainWindow(locale, sandbox=False)
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
    problems: list[str] = []

    def shoot(file_name: str, page: Any, prepare: Callable[[], None] | None = None,
              ready: Callable[[], bool] | None = None) -> None:
        window.show_page(page)
        settle(app, 1.5)
        if prepare is not None:
            prepare()
        if ready is not None:
            wait(app, ready, timeout=60, what=file_name)
        settle(app, 1.5)
        path = out / file_name
        window.grab().save(str(path))
        print("saved", path, f"({window.grab().width()}×{window.grab().height()} px)")
        problems.extend(f"{file_name}: {p}" for p in theme.low_contrast_labels(window))

    queue = desk.page
    shoot(f"{name}-{choice.language}.png", queue, lambda: select_first(queue.table),
          lambda: queue.detail.presentation is not None
          and queue.detail.presentation.detail is not None)
    if args.dark:
        conversations = desk.conversations_page
        shoot(f"dark-conversations-{choice.language}.png", conversations,
              lambda: select_first(conversations.table),
              lambda: conversations.placeholder.isHidden())
        sellers = desk.sellers_page
        shoot(f"dark-sellers-{choice.language}.png", sellers,
              lambda: select_first(sellers.table))
        shoot(f"dark-approvals-{choice.language}.png", desk.approvals_page)
        templates = desk.templates_page
        shoot(f"dark-templates-{choice.language}.png", templates,
              lambda: select_first(templates.table), lambda: templates.current is not None)
        shoot(f"dark-audit-{choice.language}.png", desk.audit_page)
    for problem in problems:
        print("low contrast:", problem)
    window.close()
    return 1 if args.check and problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
