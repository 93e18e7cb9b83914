"""The templates page: browse and search the team's templates, edit them with versions as a
reviewer or supervisor, read-only for agents, a colleague's save in between reported."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from operator_desk.domain.models import Role
from operator_desk.domain.team import Actor, Change, Template
from operator_desk.services.connections import Connections
from operator_desk.services.conversations import TEMPLATES_DIR
from operator_desk.services.permissions import Permissions
from operator_desk.services.team import TeamService
from operator_desk.store.team_migrations import open_team_store
from operator_desk.ui.tasks import TaskRunner
from operator_desk.ui.templates_page import (
    NewTemplateDialog,
    TemplateFilter,
    TemplatesPage,
    unknown_placeholders,
)


@pytest.fixture
def stores(tmp_path: Path) -> Iterator[tuple[TeamService, TeamService]]:
    url = f"sqlite:///{tmp_path / 'team.sqlite3'}"
    sue = TeamService(open_team_store(url), Actor("sue", Role.SUPERVISOR))
    rob = TeamService(open_team_store(url), Actor("rob", Role.REVIEWER))
    sue.seed_templates(TEMPLATES_DIR)
    yield sue, rob
    sue.close()
    rob.close()


def page_for(qtbot: Any, team: TeamService, runner: TaskRunner, role: Role) -> TemplatesPage:
    page = TemplatesPage(team, Permissions(Connections(), roles={"DE": role}), runner, "en_GB")
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.start()
    return page


def choose(qtbot: Any, page: TemplatesPage, key: str, language: str) -> Template:
    row = next(i for i, t in enumerate(page.model.rows)
               if t.key == key and t.language == language)
    page.table.selectRow(row)
    template = page.model.rows[row]
    qtbot.waitUntil(lambda: page.versions.rowCount() > 0, timeout=5000)
    return template


def test_the_lists_models_pass_the_model_tester(
        qtbot: Any, qtmodeltester: Any, stores: tuple[TeamService, TeamService],
        runner: TaskRunner) -> None:
    page = page_for(qtbot, stores[0], runner, Role.SUPERVISOR)
    assert page.model.rowCount() == 56 and page.count.text() == "%n template(s)".replace(
        "%n", "56")
    qtmodeltester.check(page.model)
    choose(qtbot, page, "refund_issued", "de")
    qtmodeltester.check(page.versions)


def test_search_and_filters_find_templates_by_words_topic_language_and_audience(
        qtbot: Any, stores: tuple[TeamService, TeamService], runner: TaskRunner) -> None:
    page = page_for(qtbot, stores[0], runner, Role.SUPERVISOR)
    page.search.setText("Erstattung")
    keys = {(t.key, t.language) for t in page.model.rows}
    assert ("refund_issued", "de") in keys and all(lang == "de" for _k, lang in keys)
    page.search.setText("reclamacion")  # accents and case folded: "reclamaciones"
    assert {t.language for t in page.model.rows} == {"es"}
    page.search.clear()
    page.topic.setCurrentIndex(page.topic.findData("coupons"))
    page.language.setCurrentIndex(page.language.findData("nl"))
    assert [t.key for t in page.model.rows] == ["coupon_external_seller"]
    page.topic.setCurrentIndex(0)
    page.audience.setCurrentIndex(page.audience.findData("seller"))
    assert len(page.model.rows) == 4 and all(t.audience == "seller" for t in page.model.rows)
    dutch = next(t for t in page.model.all
                 if t.key == "seller_act_within" and t.language == "nl")
    assert TemplateFilter("24 WERKUREN", language="nl").matches(dutch)
    assert not TemplateFilter("werkuren", language="de").matches(dutch)
    assert not TemplateFilter("werkuren Erstattung").matches(dutch)  # every word must match


def test_a_supervisor_saves_a_new_version_and_brings_an_old_one_back(
        qtbot: Any, stores: tuple[TeamService, TeamService], runner: TaskRunner) -> None:
    sue, rob = stores
    page = page_for(qtbot, sue, runner, Role.SUPERVISOR)
    template = choose(qtbot, page, "incident_received", "nl")
    assert not page.body.isReadOnly() and not page.save_button.isEnabled()
    original = template.current.body
    page.body.setPlainText(original + "\n\nPS: {unknown_thing}")
    assert page.save_button.isEnabled()
    assert page.warning.isVisible() and "{unknown_thing}" in page.warning.text()
    with qtbot.waitSignal(page.saved, timeout=10_000) as saved:
        page.save_button.click()
    assert saved.args[0].current.version == 2 and saved.args[0].current.author == "sue"
    assert "version 2" in page.outcome.text()
    stored = next(t for t in rob.templates(language="nl") if t.key == "incident_received")
    assert stored.current.body.endswith("{unknown_thing}")
    qtbot.waitUntil(lambda: page.versions.rowCount() == 2, timeout=5000)
    page.version_list.setCurrentIndex(page.versions.index(1))  # newest first: version 1
    page.use_version.click()
    assert page.body.toPlainText() == original and page.save_button.isEnabled()
    with qtbot.waitSignal(page.saved, timeout=10_000) as saved:
        page.save()
    assert saved.args[0].current.version == 3 and saved.args[0].current.body == original


def test_a_colleagues_save_in_between_is_reported_and_the_typed_text_kept(
        qtbot: Any, stores: tuple[TeamService, TeamService], runner: TaskRunner) -> None:
    sue, rob = stores
    page = page_for(qtbot, sue, runner, Role.SUPERVISOR)
    template = choose(qtbot, page, "refund_issued", "es")
    rob.save_template(template.id, "Reembolso hecho", "Hola {customer_name}.", 1)
    page.body.setPlainText("Mi versión")
    with qtbot.waitSignal(page.failed, timeout=10_000):
        page.save()
    qtbot.waitUntil(lambda: "rob saved version 2" in page.outcome.text(), timeout=5000)
    assert page.body.toPlainText() == "Mi versión"
    # The change feed tells the page; it keeps the unsaved text and says whose is newer.
    page.on_team_changes([Change(1, "template", str(template.id), None, "rob",
                                 datetime.now(UTC))])
    qtbot.waitUntil(lambda: "rob saved version 2" in page.warning.text(), timeout=5000)
    assert page.body.toPlainText() == "Mi versión"
    page.revert_button.click()
    assert page.body.toPlainText() == "Hola {customer_name}."


def test_agents_read_and_search_but_cannot_edit(
        qtbot: Any, stores: tuple[TeamService, TeamService], runner: TaskRunner) -> None:
    page = page_for(qtbot, stores[0], runner, Role.AGENT)
    choose(qtbot, page, "seller_act_within", "de")
    assert page.body.isReadOnly() and page.title.isReadOnly()
    assert not page.new_button.isEnabled() and not page.save_button.isEnabled()
    assert page.notice.isVisible() and "reviewer" in page.notice.text()
    assert page.new_button.toolTip() == "Your role may not do this."


def test_a_new_template_or_another_language_of_one(
        qtbot: Any, stores: tuple[TeamService, TeamService], runner: TaskRunner) -> None:
    sue, _rob = stores
    page = page_for(qtbot, sue, runner, Role.SUPERVISOR)
    base = choose(qtbot, page, "coupon_external_seller", "en")
    existing = page.model.all
    dialog = NewTemplateDialog(existing, base, page)
    qtbot.addWidget(dialog)
    assert dialog.language.count() == 0 or dialog.problem.text()  # all four exist already
    fresh = NewTemplateDialog(existing, None, page)
    qtbot.addWidget(fresh)
    fresh.key.setText("Bad Key")
    assert "lower-case" in fresh.problem_text()
    fresh.key.setText("delivery_delayed")
    fresh.title.setText("Delivery delayed")
    fresh.body.setPlainText("Dear {customer_name}, order {order_number} is late.")
    assert fresh.problem_text() == ""
    created = sue.create_template(**fresh.fields())
    page._created(created)
    assert page.current is not None and page.current.key == "delivery_delayed"
    assert page.model.rowCount() == 57


def test_placeholders_the_desk_does_not_fill_are_named() -> None:
    assert unknown_placeholders("Hi {customer_name}, {seller} and {mystery}") == ["mystery"]
    assert unknown_placeholders("{today} {due_date}") == []


def test_the_starter_templates_show_in_the_table_with_readable_columns(
        qtbot: Any, stores: tuple[TeamService, TeamService], runner: TaskRunner) -> None:
    page = page_for(qtbot, stores[0], runner, Role.SUPERVISOR)
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(page.model.columnCount())]
    assert headers == ["Title", "Topic", "Language", "For", "Version", "Saved"]
    first = [page.model.data(page.model.index(0, c)) for c in range(6)]
    assert first[1] == "Communication policy" and first[3] == "Seller" and first[4] == "1"
    assert first[5].endswith("by sue")
