"""Desk ▸ Team rules…: supervisors edit the refund window and the four-eyes limits per role
and market (audited, versioned, a colleague's save in between merged and reported); other
roles see them read-only and the team store refuses them too; the refund dialog applies a
new limit at once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from babel.numbers import format_currency

from operator_desk.domain.audit import AuditFilter
from operator_desk.domain.models import Role
from operator_desk.domain.money import Money
from operator_desk.domain.refunds import RefundOption
from operator_desk.domain.team import Actor, ApprovalStatus
from operator_desk.services.actions import SubmissionState
from operator_desk.services.connections import Connections
from operator_desk.services.permissions import Permissions
from operator_desk.services.team import TeamActionRefused, TeamService
from operator_desk.store.team_migrations import open_team_store
from operator_desk.ui.refund_dialog import open_refund_dialog
from operator_desk.ui.tasks import TaskRunner
from operator_desk.ui.team_rules import TeamRulesDialog, open_team_rules
from tests.conftest import RunningSandbox
from tests.refund_support import MARKET, find_order, open_refund_desk, synced_cache_file

LOCALE = "de_DE"
MARKETS = ("CH", "DE")


@pytest.fixture
def team_file(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'team.sqlite3'}"


@pytest.fixture
def people(team_file: str) -> Iterator[dict[str, TeamService]]:
    found = {name: TeamService(open_team_store(team_file), Actor(name, role))
             for name, role in (("sue", Role.SUPERVISOR), ("sam", Role.SUPERVISOR),
                                ("ann", Role.AGENT))}
    yield found
    for team in found.values():
        team.close()


def permissions(role: Role) -> Permissions:
    return Permissions(Connections(), {market: role for market in MARKETS})


def opened(qtbot: Any, team: TeamService, role: Role, runner: TaskRunner) -> TeamRulesDialog:
    dialog = open_team_rules(None, team, permissions(role), runner, LOCALE, MARKETS)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(dialog.forms) == len(MARKETS), timeout=10_000)
    return dialog


def save(qtbot: Any, dialog: TeamRulesDialog) -> None:
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()


def euros(value: str) -> str:
    return format_currency(Money.of(value, "EUR").amount, "EUR", locale=LOCALE)


def test_a_supervisor_edits_the_limits_and_the_window(qtbot: Any, runner: TaskRunner,
                                                      people: dict[str, TeamService]) -> None:
    dialog = opened(qtbot, people["sue"], Role.SUPERVISOR, runner)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == list(MARKETS)
    form = dialog.forms["DE"]
    assert form.editable and dialog.save_button.isEnabled() and not form.notice.isVisible()
    # The built-in defaults, as German writes amounts.
    assert form.refund_window.value() == 200
    assert [form.limits[r].text() for r in Role] == ["250,00", "1000,00", ""]
    assert form.version.text() == "The built-in defaults: nobody has changed them yet."
    assert dialog.forms["CH"].limits[Role.AGENT].text() == "250,00"  # as the user writes

    form.limits[Role.AGENT].setText("5.00")  # not how German writes it: nothing is saved
    with qtbot.waitSignal(dialog.save_failed, timeout=5000):
        dialog.save_button.click()
    assert dialog.status.text().startswith("Not saved: DE: agent: '5.00' is not how")
    assert people["ann"].rule_settings(MARKET).version == 0

    form.limits[Role.AGENT].setText("-5,00")
    with qtbot.waitSignal(dialog.save_failed, timeout=5000):
        dialog.save_button.click()
    assert dialog.status.text() == "Not saved: DE: agent: a limit cannot be negative."

    form.limits[Role.AGENT].setText("5,00")
    form.limits[Role.REVIEWER].clear()  # no limit for reviewers any more
    form.refund_window.setValue(30)
    save(qtbot, dialog)
    assert dialog.status.text() == ("Saved for DE; refunds use the new rules from now on.")
    settings = people["ann"].rule_settings(MARKET)
    assert (settings.version, settings.changed_by) == (1, "sue")
    assert settings.refund_window_days == 30
    assert dict(settings.four_eyes) == {"agent": Money.of(5, "EUR")}
    assert form.version.text().startswith("Version 1, saved by sue on ")
    assert people["ann"].rule_settings("CH").version == 0  # unchanged: not saved again
    # Audited: who, and the settings before and after.
    [entry] = people["sam"].audit_page(AuditFilter(action="settings"), 0, 5)
    assert entry.event.actor == "sue" and entry.event.market == MARKET
    assert entry.event.before["refund_window_days"] == 200
    assert entry.event.after["four_eyes"] == {"agent": 500}
    assert entry.event.after["refund_window_days"] == 30


def test_other_roles_see_the_rules_read_only(qtbot: Any, runner: TaskRunner,
                                             people: dict[str, TeamService]) -> None:
    dialog = opened(qtbot, people["ann"], Role.AGENT, runner)
    form = dialog.forms["DE"]
    assert not form.editable and not dialog.save_button.isVisible()
    assert not form.refund_window.isEnabled()
    assert not any(edit.isEnabled() for edit in form.limits.values())
    assert form.notice.text() == ("Your role (agent) may not edit rule settings; this takes "
                                  "the role: supervisor.")
    assert dialog.status.text() == "Shown read-only: only a supervisor changes the team's rules."
    # The team store refuses too: the dialog is not the only guard.
    defaults = people["ann"].rule_settings(MARKET)
    with pytest.raises(TeamActionRefused, match="may not edit rule settings"):
        people["ann"].save_rule_settings(defaults.with_changes(refund_window_days=1))
    assert people["sue"].rule_settings(MARKET).version == 0


def test_a_colleagues_save_in_between_is_merged_and_reported(
        qtbot: Any, runner: TaskRunner, people: dict[str, TeamService]) -> None:
    dialog = opened(qtbot, people["sue"], Role.SUPERVISOR, runner)
    sam = people["sam"]
    sam.save_rule_settings(sam.rule_settings(MARKET).with_changes(refund_window_days=90))
    form = dialog.forms["DE"]
    form.limits[Role.AGENT].setText("100,00")
    with qtbot.waitSignal(dialog.save_failed, timeout=10_000):
        dialog.save_button.click()
    assert dialog.status.text().startswith("DE not saved: sam saved these rules meanwhile.")
    assert form.refund_window.value() == 90  # theirs, where Sue changed nothing
    assert form.limits[Role.AGENT].text() == "100,00"  # hers, kept
    save(qtbot, dialog)
    settings = sam.rule_settings(MARKET)
    assert settings.version == 2 and settings.refund_window_days == 90
    assert settings.four_eyes["agent"] == Money.of(100, "EUR")


@pytest.fixture(scope="session")
def synced_cache(pristine_dataset: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return synced_cache_file(pristine_dataset, tmp_path_factory)


def test_a_refund_above_the_new_limit_goes_to_approval(qtbot: Any, runner: TaskRunner,
                                                       sandbox: RunningSandbox, tmp_path: Path,
                                                       team_file: str, synced_cache: Path,
                                                       people: dict[str, TeamService]) -> None:
    dialog = opened(qtbot, people["sue"], Role.SUPERVISOR, runner)
    dialog.forms["DE"].limits[Role.AGENT].setText("5,00")
    dialog.forms["DE"].refund_window.setValue(365)
    save(qtbot, dialog)

    ann = open_refund_desk(tmp_path / "ann", sandbox.data_dir / "keys.json", synced_cache,
                           team_file, "ann", Role.AGENT)
    try:
        refund = open_refund_dialog(None, ann.refunds, runner, LOCALE, MARKET,
                                    find_order(sandbox.engine, above=20))
        qtbot.addWidget(refund)
        qtbot.waitUntil(lambda: refund.context is not None and refund.context.fresh,
                        timeout=15_000)
        context = refund.context
        assert context is not None and context.rules.window_days == 365
        assert refund.choose_reason(context.reasons[0].code)
        refund.choose_option(RefundOption.PARTIAL)
        refund.set_partial(context.balances[0].order_line_id, "10,00")
        assert refund.limit_notice.text() == (
            f"Needs a supervisor's approval: your limit is {euros('5')}.")
        assert refund.confirm.text() == "Request approval"
        with qtbot.waitSignal(refund.refunded, timeout=15_000) as done:
            refund.confirm.click()
        assert done.args[0].state == SubmissionState.WAITING_APPROVAL
        [request] = ann.team.my_requests([ApprovalStatus.PENDING])
        assert request.amount == Money.of(10, "EUR")
    finally:
        ann.close()
