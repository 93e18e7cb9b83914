"""The security dialogs and the role gate, on screen."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import keyring.backends.fail
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QPushButton

from operator_desk.domain.models import Market, Role
from operator_desk.domain.permissions import Action, denial_reason
from operator_desk.domain.safe_text import assess_link
from operator_desk.services.connections import Connections, Profile
from operator_desk.services.permissions import Permissions
from operator_desk.services.secrets import SecretStore
from operator_desk.store.attachments import AttachmentStore
from operator_desk.store.cache import open_cache
from operator_desk.ui.incident_view import IncidentView
from operator_desk.ui.keyring_dialog import KeyringChoice, KeyringDialog
from operator_desk.ui.link_confirm import LinkConfirmDialog
from operator_desk.ui.remove_data_dialog import RemoveDataDialog
from operator_desk.ui.role_gate import RoleGate
from operator_desk.ui.tasks import TaskRunner
from tests.ui.test_security_rendering import _case


def test_the_link_dialog_shows_the_real_site_and_defaults_to_cancel(qtbot: Any) -> None:
    verdict = assess_link("http://www.paypal.com@xn--pypal-4ve.example/login?next=%2F")
    dialog = LinkConfirmDialog(verdict)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.site.text() == "Site: xn--pypal-4ve.example"
    assert dialog.target.toPlainText() == verdict.real_target
    warnings = dialog.warnings.text()
    assert "not encrypted" in warnings and "is not the site" in warnings
    assert dialog.cancel_button.isDefault() and not dialog.open_button.isDefault()
    dialog.open_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_no_keyring_is_explained_and_session_only_is_a_choice(qtbot: Any) -> None:
    store = SecretStore(keyring.backends.fail.Keyring())
    dialog = KeyringDialog(store.available(), "Sandbox DE", store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "no keyring service" in dialog.headline.text()
    assert "for Sandbox DE" in dialog.headline.text()
    assert "never in a file" in dialog.details.text()
    assert "fail" in dialog.backend.text()
    assert dialog.retry_button.isDefault()  # the safe choice is the default
    assert not store.session_only
    dialog.session_button.click()
    assert dialog.choice is KeyringChoice.SESSION_ONLY and store.session_only
    assert dialog.result() == QDialog.DialogCode.Accepted


def _connections(role: Role) -> Connections:
    connections = Connections()
    connections.add(Profile(name="DE", market=Market("DE", "EUR", "Europe/Berlin"),
                            base_url="https://de.example", role=role), None)
    return connections


def test_the_gate_disables_or_hides_what_the_role_may_not_do(qtbot: Any) -> None:
    permissions = Permissions(_connections(Role.AGENT))
    gate = RoleGate(lambda action: permissions.allowed("DE", action),
                    lambda action: denial_reason(permissions.role("DE"), action))
    suspend = QPushButton("Suspend shop")
    approve = QAction("Approve refund")
    refund = QPushButton("Refund")
    for widget in (suspend, refund):
        qtbot.addWidget(widget)
        widget.show()
    gate.bind(suspend, Action.CHANGE_SHOP_STATE)
    gate.bind(approve, Action.APPROVE_REFUND, hide=True)
    gate.bind(refund, Action.REFUND)
    assert not suspend.isEnabled() and "a supervisor can" in suspend.toolTip()
    assert not approve.isVisible() and not approve.isEnabled()
    assert refund.isEnabled()
    gate.set_enabled(refund, False)  # the page's own reason (nothing selected)
    assert not refund.isEnabled()
    permissions.roles["DE"] = Role.SUPERVISOR
    gate.refresh()
    assert suspend.isEnabled() and suspend.toolTip() == ""
    assert approve.isVisible() and approve.isEnabled()
    assert not refund.isEnabled()  # still the page's call
    gate.set_enabled(refund, True)
    assert refund.isEnabled()


def test_the_close_button_follows_the_role_on_the_case_market(qtbot: Any) -> None:
    connections = _connections(Role.AGENT)
    permissions = Permissions(connections)
    view = IncidentView("en_GB", permissions=permissions)
    qtbot.addWidget(view)
    view.show_case(_case("Hallo", "", "Shop"))
    assert view.close_button.isEnabled()
    permissions.roles["DE"] = None  # the platform said this key is not an operator's
    view.show_case(_case("Hallo", "", "Shop"))
    assert not view.close_button.isEnabled()
    assert "not belong to an operator" in view.close_button.toolTip()


def test_remove_all_local_data_asks_for_an_export_then_reports(qtbot: Any, tmp_path: Path,
                                                               runner: TaskRunner) -> None:
    data = tmp_path / "data"
    open_cache(data / "cache.sqlite3").dispose()
    with sqlite3.connect(data / "outbox.sqlite3") as outbox:
        outbox.execute("CREATE TABLE actions (what TEXT)")
        outbox.execute("INSERT INTO actions VALUES ('refund O1')")
    outbox.close()
    AttachmentStore(data / "attachments").put(b"%PDF-1.7")
    closed: list[bool] = []
    dialog = RemoveDataDialog(data, runner, close_stores=lambda: closed.append(True))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.found is not None, timeout=5000)
    summary = dialog.summary.text()
    assert "cache" in summary and "attachments" in summary and "outbox" in summary
    assert dialog.export_box.isVisible()
    assert not dialog.remove_button.isEnabled()
    dialog.confirm.setChecked(True)
    assert not dialog.remove_button.isEnabled()  # the outbox needs an export first
    dialog.set_export_path(tmp_path / "mine" / "export")
    (tmp_path / "mine").mkdir()
    assert dialog.export_path == tmp_path / "mine" / "export.zip"
    assert dialog.remove_button.isEnabled()
    with qtbot.waitSignal(dialog.finished_removal, timeout=10_000) as done:
        dialog.remove_button.click()
    report = done.args[0]
    assert closed == [True]
    assert {p.name for p in report.removed} >= {"cache.sqlite3", "outbox.sqlite3", "attachments"}
    text = dialog.result_label.text()
    assert "Removed the cache, the outbox, attachments" in text
    assert f"Exported the outbox to {tmp_path / 'mine' / 'export.zip'} (outbox.sqlite3)" in text
    assert "closes now" not in text  # outside the desk nothing quits
    assert dialog.close_button.text() == "Close"
    with zipfile.ZipFile(tmp_path / "mine" / "export.zip") as archive:
        assert "outbox.sqlite3" in archive.namelist()
    assert sorted(p.name for p in data.iterdir()) == []


def test_an_export_that_cannot_be_written_is_reported_and_nothing_is_removed(
        qtbot: Any, tmp_path: Path, runner: TaskRunner) -> None:
    data = tmp_path / "data"
    data.mkdir()
    with sqlite3.connect(data / "team.sqlite3") as team:
        team.execute("CREATE TABLE decisions (what TEXT)")
    team.close()
    dialog = RemoveDataDialog(data, runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.found is not None, timeout=5000)
    dialog.confirm.setChecked(True)
    dialog.set_export_path(tmp_path / "missing" / "export.zip")
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: "Nothing more was removed" in dialog.result_label.text(), timeout=5000)
    assert (data / "team.sqlite3").exists()
    assert dialog.remove_button.isEnabled()  # the user can choose another file
