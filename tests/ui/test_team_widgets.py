"""Team widgets: settings dialog (against real SQLite and PostgreSQL), banner, notifications,
and the audit page's model, filters, export and verification."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSystemTrayIcon, QVBoxLayout, QWidget

from operator_desk.domain.audit import AuditFilter
from operator_desk.domain.models import Role
from operator_desk.domain.money import Money
from operator_desk.domain.team import Actor, ApprovalKind
from operator_desk.services.notifications import Notifier
from operator_desk.services.team import TeamService
from operator_desk.services.team_connection import KEYRING_SERVICE, TeamConnector, TeamMode
from operator_desk.services.team_watch import TeamLink, TeamLinkState, TeamWatcher
from operator_desk.store.team_migrations import TeamStoreUnreachable, open_team_store
from operator_desk.ui.audit_page import COLUMNS, ENTRY_ROLE, AuditPage
from operator_desk.ui.notifications import DesktopNotifier, NotificationPanel, TeamRelay
from operator_desk.ui.tasks import TaskRunner
from operator_desk.ui.team_banner import TeamBanner
from operator_desk.ui.team_settings_dialog import TeamSettingsDialog
from tests.team_fixtures import MemoryKeyring, PostgresCluster, _free_port


def _dialog(qtbot: Any, tmp_path: Path, runner: TaskRunner) -> TeamSettingsDialog:
    dialog = TeamSettingsDialog(TeamConnector(tmp_path / "desk"), runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.alone.isEnabled, timeout=5000)  # the saved choice was read
    return dialog


def _test(qtbot: Any, dialog: TeamSettingsDialog) -> str:
    with qtbot.waitSignal(dialog.tested, timeout=20_000):
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    return dialog.outcome.text()


def test_dialog_tests_the_local_file(qtbot: Any, tmp_path: Path, runner: TaskRunner) -> None:
    dialog = _dialog(qtbot, tmp_path, runner)
    assert dialog.alone.isChecked() and not dialog.url.isEnabled()
    dialog.server.setChecked(True)
    assert dialog.url.isEnabled()
    dialog.alone.setChecked(True)
    assert "SQLite" in _test(qtbot, dialog)
    assert dialog.last_check is not None and dialog.last_check.ok


def test_dialog_tests_and_saves_a_team_server(qtbot: Any, tmp_path: Path, runner: TaskRunner,
                                               memory_keyring: MemoryKeyring,
                                               postgres_cluster: PostgresCluster,
                                               postgres_url: str) -> None:
    dialog = _dialog(qtbot, tmp_path, runner)
    dialog.server.setChecked(True)
    assert dialog.url.isEnabled()
    bare = postgres_url.replace(f":{postgres_cluster.password}@", "@")
    dialog.url.setText(bare)
    dialog.password.setText("wrong")
    text = _test(qtbot, dialog)
    assert text.startswith("Cannot connect") and "wrong" not in text
    dialog.password.setText(postgres_cluster.password)
    assert "Connected to" in _test(qtbot, dialog)
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.buttons.accepted.emit()
    assert saved.args[0].mode == TeamMode.SERVER
    assert memory_keyring.secrets == {(KEYRING_SERVICE, bare): postgres_cluster.password}
    assert postgres_cluster.password not in (tmp_path / "desk" / "team.json").read_text()

    again = _dialog(qtbot, tmp_path, runner)  # loads the saved choice, password from keyring
    assert again.server.isChecked()
    assert again.url.text() == bare and again.password.text() == ""
    assert "Connected to" in _test(qtbot, again)


def test_dialog_names_an_empty_address(qtbot: Any, tmp_path: Path, runner: TaskRunner) -> None:
    dialog = _dialog(qtbot, tmp_path, runner)
    dialog.server.setChecked(True)
    dialog.test_connection()
    assert "address" in dialog.outcome.text()


def test_banner_says_what_works_and_what_waits(qtbot: Any,
                                               postgres_cluster: PostgresCluster) -> None:
    window = QWidget()
    banner = TeamBanner(window)
    QVBoxLayout(window).addWidget(banner)
    qtbot.addWidget(window)
    window.show()
    assert banner.isHidden()
    with pytest.raises(TeamStoreUnreachable) as caught:
        open_team_store(f"postgresql://desk@127.0.0.1:{_free_port()}/x", "pw",
                        connect_timeout=2)
    banner.set_link(TeamLink(TeamLinkState.UNREACHABLE, caught.value.user_message))
    assert banner.isVisible() and banner.retry.isVisible()
    assert "cannot be reached" in banner.headline.text()
    assert "Still works" in banner.explanation.text() and "approvals, claims" in \
        banner.explanation.text()
    with qtbot.waitSignal(banner.retry_requested, timeout=1000):
        banner.retry.click()
    banner.set_link(TeamLink(TeamLinkState.READ_ONLY, "needs desk 9.9.0"))
    assert banner.isVisible() and not banner.retry.isVisible()
    assert banner.detail.text() == "needs desk 9.9.0"
    banner.set_link(TeamLink(TeamLinkState.CONNECTED))
    assert banner.isHidden()


@pytest.fixture
def team_pair(tmp_path: Path) -> Iterator[tuple[TeamService, TeamService]]:
    url = f"sqlite:///{tmp_path / 'team.sqlite3'}"
    agent = TeamService(open_team_store(url), Actor("ann", Role.AGENT))
    supervisor = TeamService(open_team_store(url), Actor("sue", Role.SUPERVISOR))
    yield agent, supervisor
    agent.close()
    supervisor.close()


def test_a_colleagues_request_becomes_a_notification(
        qtbot: Any, team_pair: tuple[TeamService, TeamService]) -> None:
    agent, supervisor = team_pair
    relay = TeamRelay()
    tray = QSystemTrayIcon()
    desktop = DesktopNotifier(tray, "en_GB", allowed=True)
    panel = NotificationPanel("en_GB", desktop)
    qtbot.addWidget(panel)
    relay.notified.connect(panel.add)
    links: list[TeamLink] = []
    relay.link_changed.connect(links.append)
    on_changes, on_link = relay.callbacks(Notifier(supervisor))
    watcher = TeamWatcher(supervisor.store, on_changes, on_link, poll_interval=0.1,
                          start_after=supervisor.last_change_id())
    watcher.start()
    try:
        agent.request_approval(ApprovalKind.REFUND, "DE", "incident", "INC-4",
                               Money.of("420.00", "EUR"), "broken")
        qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    finally:
        watcher.stop()
    text = panel.model.data(panel.model.index(0, 0))
    assert text.startswith("Approval waiting for you") and "ann" in text and "€420.00" in text
    assert links and links[-1].state == TeamLinkState.CONNECTED
    # Offscreen there is no system tray: the permission box says so by being disabled.
    assert not desktop.available() and not panel.allow_desktop.isEnabled()
    panel.clear_button.click()
    assert panel.model.rowCount() == 0


@pytest.fixture
def audited(team_pair: tuple[TeamService, TeamService]) -> TeamService:
    agent, supervisor = team_pair
    for n in range(230):
        service = agent if n % 2 else supervisor
        service.audit("refund.sent" if n % 3 else "incident.closed",
                      market=("DE", "ES", "NL")[n % 3], subject_type="incident",
                      subject_id=f"I-{n}", amount=Money.of(n, "EUR"),
                      response={"refund_id": f"R-{n}"})
    return supervisor


def test_audit_page_model_filters_exports_and_verifies(
        qtbot: Any, qtmodeltester: Any, audited: TeamService, runner: TaskRunner,
        tmp_path: Path) -> None:
    page = AuditPage(audited, runner, "en_GB")
    qtbot.addWidget(page)
    page.model._page_size = 50  # several pages for the tester to walk
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.start()
    assert page.model.rowCount() == 230
    qtmodeltester.check(page.model)
    qtbot.waitUntil(lambda: page.model.data(page.model.index(229, 0)) == "1", timeout=5000)
    newest = page.model.data(page.model.index(0, 0), ENTRY_ROLE)
    assert newest.seq == 230
    assert page.model.data(page.model.index(0, COLUMNS.index("amount"))) == "€229.00"

    qtbot.waitUntil(lambda: page.market.count() == 4, timeout=5000)
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.market.setCurrentIndex(page.market.findData("ES"))
    assert page.model.rowCount() == 77
    page.action.setText("incident")
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.apply_filter()
    assert page.model.rowCount() == 0  # n % 3 == 1 on ES: only refunds there
    page.action.setText("refund")
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.apply_filter()
    assert page.current_filter() == AuditFilter(market="ES", action="refund")

    target = tmp_path / "export.csv"
    with qtbot.waitSignal(page.exported, timeout=10_000) as exported:
        page.export_to(target)
    assert exported.args == [77]
    assert len(target.read_text("utf-8").splitlines()) == 78
    with qtbot.waitSignal(page.verified, timeout=10_000) as verified:
        page.verify_button.click()
    assert verified.args[0].ok and "whole: 230" in page.result.text()
