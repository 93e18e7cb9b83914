""""Remove all local data": what goes, where the outbox and team store are exported, the result.

The dialog lists what is on this computer, asks where to export the outbox and a local team
store when there are any (they hold work that exists nowhere else, so they are never removed
without an export), asks for confirmation, runs the removal off the UI thread and shows the
report: removed, exported, kept.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
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
    inventory,
    remove_all_local_data,
)

from .tasks import TaskRunner


def _size(count: int) -> str:
    value = float(count)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{count} B"  # pragma: no cover


class RemoveDataDialog(QDialog):
    """Removes the desk's local data after the user chose an export file and confirmed.

    ``close_stores`` runs on the worker before anything is removed: it closes the cache and
    the other stores the desk has open (the app passes its shutdown of the stores).
    """

    finished_removal = Signal(object)  # RemovalReport

    def __init__(self, data_dir: Path, runner: TaskRunner,
                 close_stores: Callable[[], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.runner = runner
        self.close_stores = close_stores
        self.export_path: Path | None = None
        self.found: Inventory | None = None
        self.report: RemovalReport | None = None
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

        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()

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
        layout.addWidget(self.result)
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
        if found.attachments is not None:
            lines.append(self.tr("• downloaded attachments ({0})").format(
                _size(found.attachment_bytes)))
        for store in found.durable_stores:
            lines.append(self.tr("• {0}, after exporting it to a file you choose").format(
                self._store_name(store)))
        lines.append("")
        lines.append(self.tr("Settings, logs and the keys in the system keyring stay."))
        self.summary.setText("\n".join(lines))
        self.export_box.setVisible(found.needs_export)
        self._update()

    def _store_name(self, path: Path) -> str:
        if path.name.startswith("outbox"):
            return self.tr("the outbox (actions not yet sent)")
        return self.tr("the local team store (decisions, approvals, templates)")

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
                 and self.report is None)
        self.remove_button.setEnabled(ready)

    def remove(self) -> None:
        if not self.remove_button.isEnabled():
            return
        self.remove_button.setEnabled(False)
        self.export_button.setEnabled(False)
        self.confirm.setEnabled(False)
        self.result.setText(self.tr("Removing…"))
        self.result.show()
        export, data_dir, close = self.export_path, self.data_dir, self.close_stores

        def work() -> RemovalReport:
            if close is not None:
                close()
            return remove_all_local_data(data_dir, export)

        self.runner.submit(work, self._removed, self._failed, lane="net")

    def _removed(self, report: RemovalReport) -> None:
        self.report = report
        lines = [self.tr("Removed {0} ({1}).").format(
            ", ".join(p.name for p in report.removed) or self.tr("nothing"),
            _size(report.bytes_freed))]
        if report.export_file is not None:
            lines.append(self.tr("Exported {0} to {1}.").format(
                ", ".join(report.exported), report.export_file))
        for path, why in report.kept:
            lines.append(self.tr("Kept {0}: {1}").format(path.name, why))
        self.result.setText("\n".join(lines))
        self.close_button.setText(self.tr("Close"))
        self.finished_removal.emit(report)

    def _failed(self, error: BaseException) -> None:
        text = error.user_message if isinstance(error, LocalDataError) else str(error)
        self.result.setText(self.tr("Nothing more was removed: {0}").format(text))
        self.result.show()
        self.export_button.setEnabled(True)
        self.confirm.setEnabled(True)
        self._update()
