""""Remove all local data": what goes, where the outbox and team store are exported, the result.

The dialog lists what is on this computer, asks where to export the outbox, a local team
store and drafts when there are any (they hold work that exists nowhere else, so they are
never removed without an export), asks for confirmation, checks the export file's place,
then has the desk stop working with its data, runs the removal off the UI thread and shows
the report: removed, exported, kept. In the desk, the desk quits when the dialog closes after
that point: it has no data left to work with.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from operator_desk.services.local_data import (
    Inventory,
    LocalDataError,
    RemovalReport,
    check_export_target,
    inventory,
    kinds,
    remove_all_local_data,
)

from . import formatting
from .tasks import TaskRunner


def _size(count: int) -> str:
    """A file size in the interface's language ("128,0 KB" in German): Babel formats the
    number for the desk's locale (``QLocale`` holds the one the language chose)."""
    locale = formatting.babel_locale(QLocale().name())
    value = float(count)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            decimals = 0 if unit == "B" else 1
            return f"{formatting.number(round(value, decimals), locale, decimals)} {unit}"
        value /= 1024
    return f"{count} B"  # pragma: no cover


class RemoveDataDialog(QDialog):
    """Removes the desk's local data after the user chose an export file and confirmed.

    ``stop_activity`` runs on the UI thread once the export file's place was checked: the
    desk stops its sync, timers and background tasks. ``close_stores`` then runs on the
    worker before anything is removed: it closes the cache, the outbox and the team store
    (both are called again if the user retries after a failure, so they must be idempotent).
    """

    finished_removal = Signal(object)  # RemovalReport

    def __init__(self, data_dir: Path, runner: TaskRunner,
                 close_stores: Callable[[], None] | None = None,
                 parent: QWidget | None = None, *,
                 stop_activity: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("removeDataDialog")
        self.data_dir = data_dir
        self.runner = runner
        self.close_stores = close_stores
        self.stop_activity = stop_activity
        self.export_path: Path | None = None
        self.found: Inventory | None = None
        self.report: RemovalReport | None = None
        self.desk_stopped = False  # the desk no longer works with its data: it must quit
        self.busy = False
        self.setWindowTitle(self.tr("Remove all local data"))
        self.setModal(True)

        self.summary = QLabel(self.tr("Looking at the local data…"))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        self.export_label = QLabel(self.tr("Export to: (not chosen)"))
        self.export_label.setTextFormat(Qt.TextFormat.PlainText)
        self.export_label.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Choose export file…"))
        self.export_button.clicked.connect(self.choose_export)
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_label, 1)
        export_row.addWidget(self.export_button)
        self.export_box = QWidget()
        self.export_box.setLayout(export_row)
        self.export_box.hide()

        self.confirm = QCheckBox(self.tr("I understand that this cannot be undone"))
        self.confirm.toggled.connect(self._update)

        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()

        self.buttons = QDialogButtonBox()
        self.remove_button = self.buttons.addButton(self.tr("Remove"),
                                                    QDialogButtonBox.ButtonRole.DestructiveRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.remove_button.clicked.connect(self.remove)
        self.close_button.clicked.connect(self.reject)
        self.remove_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.export_box)
        layout.addWidget(self.confirm)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        self.runner.submit(lambda: inventory(self.data_dir), self._inventoried, self._failed)

    # -- steps -------------------------------------------------------------------------------
    def _inventoried(self, found: Inventory) -> None:
        self.found = found
        if found.empty:
            self.summary.setText(self.tr("There is no local data to remove."))
            self.confirm.hide()
            self._update()
            return
        lines = [self.tr("This removes from this computer:")]
        if found.cache_files:
            lines.append(self.tr("• the cache of marketplace data ({0}); it fills again from "
                                 "the marketplaces").format(_size(found.cache_bytes)))
        if found.attachment_dirs:
            lines.append(self.tr("• downloaded attachments ({0})").format(
                _size(found.attachment_bytes)))
        stored = kinds(found.durable_stores)
        if "outbox" in stored:
            lines.append(self.tr("• the outbox (the actions this desk sent, and those still "
                                 "waiting, which will not be sent), after exporting it to a "
                                 "file you choose"))
        if "team" in stored:
            lines.append(self.tr("• the local team store (decisions, approvals, templates, "
                                 "audit log), after exporting it to a file you choose"))
        empty = kinds(found.empty_stores)
        if "outbox" in empty:
            lines.append(self.tr("• the outbox, which holds no action"))
        if "team" in empty:
            lines.append(self.tr("• the local team store, which holds nothing of yours yet"))
        if found.drafts:
            lines.append(self.tr("• %n unsent reply draft(s), after exporting them to a file "
                                 "you choose", "", len(found.drafts)))
        lines.append("")
        lines.append(self.tr("Settings, logs and the keys in the system keyring stay."))
        if found.sandbox_files:
            lines.append(self.tr("The embedded sandbox's demo marketplace stays: its data is "
                                 "generated and describes no real person. What the desk "
                                 "copied from it (cache, outbox, team store) is removed with "
                                 "the rest."))
        if self.stop_activity is not None:
            lines.append(self.tr("The desk stops syncing and sending before the removal and "
                                 "closes when it is done."))
        self.summary.setText("\n".join(lines))
        self.export_box.setVisible(found.needs_export)
        self._update()

    def choose_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the outbox and team store to"),
            str(Path.home() / "operator-desk-export.zip"), self.tr("Zip archives (*.zip)"))
        if path:
            self.set_export_path(Path(path))

    def set_export_path(self, path: Path) -> None:
        self.export_path = path if path.suffix.lower() == ".zip" else path.with_suffix(".zip")
        self.export_label.setText(self.tr("Export to: {0}").format(self.export_path))
        self._update()

    def _update(self) -> None:
        found = self.found
        ready = (found is not None and not found.empty and self.confirm.isChecked()
                 and (not found.needs_export or self.export_path is not None)
                 and self.report is None and not self.busy)
        self.remove_button.setEnabled(ready)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.export_button, self.confirm, self.close_button):
            widget.setEnabled(not busy)
        self._update()

    def reject(self) -> None:
        if not self.busy:  # never walk away from a removal half done
            super().reject()

    def remove(self) -> None:
        """Check the export file's place (nothing stops yet), then stop the desk, remove."""
        if not self.remove_button.isEnabled() or self.found is None:
            return
        self._set_busy(True)
        self.result_label.setText(self.tr("Checking the export file…"))
        self.result_label.show()
        export, data_dir = self.export_path, self.data_dir
        if export is None or not self.found.needs_export:
            self._start_removal(None)
            return
        self.runner.submit(lambda: check_export_target(data_dir, export), self._start_removal,
                           self._failed, lane="net")

    def _start_removal(self, _checked: object) -> None:
        if self.stop_activity is not None and not self.desk_stopped:
            self.desk_stopped = True
            self.stop_activity()
        self.result_label.setText(self.tr("Removing…"))
        export, data_dir, close = self.export_path, self.data_dir, self.close_stores

        def work() -> RemovalReport:
            if close is not None:
                close()
            return remove_all_local_data(data_dir, export)

        self.runner.submit(work, self._removed, self._failed, lane="net")

    def _kind_names(self, found: tuple[str, ...]) -> str:
        names = {"cache": self.tr("the cache"), "outbox": self.tr("the outbox"),
                 "team": self.tr("the team store"), "drafts": self.tr("drafts"),
                 "attachments": self.tr("attachments")}
        return ", ".join(names[k] for k in found) or self.tr("nothing")

    def _name(self, path: Path) -> str:
        try:
            return path.relative_to(self.data_dir).as_posix()
        except ValueError:
            return path.name

    def _removed(self, report: RemovalReport) -> None:
        self.report = report
        self._set_busy(False)
        lines = [self.tr("Removed {0} ({1}).").format(self._kind_names(report.removed_kinds),
                                                      _size(report.bytes_freed))]
        if report.removed:
            lines.append(self.tr("Files: {0}").format(
                ", ".join(self._name(p) for p in report.removed)))
        if report.export_file is not None:
            lines.append(self.tr("Exported {0} to {1} ({2}).").format(
                self._kind_names(report.exported_kinds), report.export_file,
                ", ".join(n for n in report.exported if n.endswith(".sqlite3"))))
        for path, why in report.kept:
            lines.append(self.tr("Kept {0}: {1}").format(self._name(path), why))
        if self.desk_stopped:
            lines += ["", self.tr("Operator Desk closes now: it has no local data left to work "
                                  "with. Start it again to work with fresh data from the "
                                  "marketplaces.")]
        self.result_label.setText("\n".join(lines))
        self.result_label.show()
        self.close_button.setText(self.tr("Quit Operator Desk") if self.desk_stopped
                                  else self.tr("Close"))
        self.close_button.setFocus()
        self.finished_removal.emit(report)

    def _failed(self, error: BaseException) -> None:
        text = error.user_message if isinstance(error, LocalDataError) else str(error)
        self._set_busy(False)
        lines = [self.tr("Nothing more was removed: {0}").format(text)]
        if self.desk_stopped:
            lines.append(self.tr("The desk has stopped working with its data for the removal: "
                                 "choose another export file and remove again, or quit and "
                                 "start the desk again."))
            self.close_button.setText(self.tr("Quit Operator Desk"))
        self.result_label.setText("\n".join(lines))
        self.result_label.show()
