"""The interface language: choosing it, switching it in the Desk menu (saved, then a restart
brings the whole desk up in it), Qt's own translations, and no untranslated text on the pages
in the pseudo-locale."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QWidget,
)

from operator_desk.domain.models import Role
from operator_desk.domain.team import Actor
from operator_desk.services.actions import DirectSink
from operator_desk.services.attachment_files import AttachmentFiles
from operator_desk.services.connections import Connections
from operator_desk.services.conversations import TEMPLATES_DIR, ConversationService
from operator_desk.services.dossier import DossierBuilder
from operator_desk.services.drafts import DraftStore
from operator_desk.services.outbox import OutboxService
from operator_desk.services.permissions import Permissions
from operator_desk.services.sanctions import SanctionService
from operator_desk.services.sellers import SellerService
from operator_desk.services.team import TeamService
from operator_desk.store.attachments import AttachmentStore
from operator_desk.store.outbox import open_outbox
from operator_desk.store.team_migrations import open_team_store
from operator_desk.ui import i18n
from operator_desk.ui.conversations_page import ConversationsPage
from operator_desk.ui.layout_check import cut_texts
from operator_desk.ui.main_window import MainWindow
from operator_desk.ui.outbox_page import OutboxPage, OutboxStatusButton
from operator_desk.ui.queue_page import QueuePage
from operator_desk.ui.sellers_page import SellersPage
from operator_desk.ui.tasks import TaskRunner
from operator_desk.ui.templates_page import TemplatesPage
from tests.ui.conftest import Desk


@pytest.fixture
def language(qapp: QApplication) -> Iterator[list[i18n.Translators]]:
    """Install languages in a test; English (no translator) and the locale come back after."""
    installed: list[i18n.Translators] = []
    before = QLocale()
    yield installed
    for translators in installed:
        translators.remove()
    QLocale.setDefault(before)


@pytest.fixture
def team(tmp_path: Path) -> Iterator[TeamService]:
    service = TeamService(open_team_store(f"sqlite:///{tmp_path / 'team.sqlite3'}"),
                          Actor("sue", Role.SUPERVISOR))
    service.seed_templates(TEMPLATES_DIR)
    yield service
    service.close()


def supervisor() -> Permissions:
    return Permissions(Connections(), roles={"DE": Role.SUPERVISOR})


@pytest.mark.parametrize(("requested", "saved", "system", "expected"), [
    ("de", "es", "nl_NL", ("de", "de_DE", "command line")),  # the command line wins
    (None, "es", "nl_NL", ("es", "es_ES", "settings")),
    (None, "system", "nl_NL", ("nl", "nl_NL", "system")),
    (None, None, "de_CH", ("de", "de_CH", "system")),
    (None, "de", "de_CH", ("de", "de_CH", "settings")),  # Swiss formatting stays
    (None, None, "fr_FR", ("en", "fr_FR", "system")),  # no French interface; French dates
    ("es_MX", None, "en_US", ("es", "es_MX", "command line")),
    ("pseudo", None, "en_US", ("pseudo", "de_DE", "command line")),
    ("xx", None, "en_US", ("en", "en_GB", "command line")),
])
def test_which_language_the_desk_speaks(requested: str | None, saved: str | None, system: str,
                                        expected: tuple[str, str, str]) -> None:
    choice = i18n.choose_language(requested, saved, system)
    assert (choice.language, choice.locale, choice.source) == expected
    assert choice.data_language == ("en" if choice.language == "pseudo" else choice.language)


def test_a_restart_keeps_the_command_line_but_not_its_language() -> None:
    assert i18n.relaunch_arguments(["--language", "de", "--data-dir", "/d", "--offline"]) == [
        "--data-dir", "/d", "--offline"]
    assert i18n.relaunch_arguments(["--language=es", "--sandbox"]) == ["--sandbox"]


def test_switching_to_german_saves_it_and_the_restarted_desk_speaks_german(
        qtbot: Any, qapp: QApplication, tmp_path: Path, team: TeamService,
        language: list[i18n.Translators]) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    choice = i18n.choose_language(None, i18n.saved_language(settings), "en_US")
    window = MainWindow("en_GB", sandbox=False)
    qtbot.addWidget(window)
    asked: list[str] = []

    def restart_now(_parent: QWidget, chosen: str) -> bool:
        asked.append(chosen)
        return True

    switcher = i18n.LanguageSwitcher(settings, choice, window, prompt=restart_now,
                                     system="en_US")
    window.add_desk_menu(switcher.menu)
    switcher.restart_requested.connect(window.close)
    window.show()
    assert switcher.menu.menuAction() in window.desk_menu.actions()
    names = [action.text() for action in switcher.menu.actions()]
    assert names == ["System (English)", "English", "Deutsch", "Español", "Nederlands"]
    assert switcher.actions[i18n.SYSTEM].isChecked()

    switcher.actions["en"].trigger()  # what it speaks already: saved, no restart
    assert asked == [] and settings.value(i18n.SETTING) == "en"
    with qtbot.waitSignal(switcher.restart_requested):
        switcher.actions["de"].trigger()
    assert asked == ["de"] and switcher.restart_wanted and not window.isVisible()

    # The restart: a new process reads the saved choice before it builds anything.
    saved = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    again = i18n.choose_language(None, i18n.saved_language(saved), "en_US")
    assert (again.language, again.locale, again.source) == ("de", "de_DE", "settings")
    language.append(i18n.apply_language(qapp, again))
    restarted = MainWindow("de_DE", sandbox=True)
    qtbot.addWidget(restarted)
    menus = [action.text() for action in restarted.menuBar().actions()]
    assert menus == ["&Desk", "&Gehe zu"]
    assert restarted.sync_action.text() == "Jetzt synchronisieren"
    assert restarted.banner.text().startswith("SANDBOX – Demo-Marktplätze")
    runner = TaskRunner()
    try:
        page = TemplatesPage(team, supervisor(), runner, again.locale)
        qtbot.addWidget(page)
        with qtbot.waitSignal(page.loaded, timeout=10_000):
            page.start()
        assert page.search.placeholderText() == "Titel und Texte durchsuchen"
        assert page.new_button.text() == "Neue Vorlage…"
        assert page.save_button.text() == "Als neue Version speichern"
        assert page.count.text() == "56 Vorlagen"  # the plural form from the catalog
        assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Titel"
        assert page.topic.itemText(page.topic.findData("incident")) == "Reklamationen"
        assert "vor " in page.model.data(page.model.index(0, 5))  # Babel: "vor 2 Sekunden"
    finally:
        runner.shutdown(wait=True)
    # Qt's own catalog translates the stock buttons.
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Save)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Speichern"
    buttons.deleteLater()


@pytest.mark.parametrize(("code", "name", "sentence"), [
    ("es", "Español", "Operator Desk usará Español después de reiniciarse."),
    ("nl", "Nederlands", "Operator Desk gebruikt na een herstart Nederlands."),
])
def test_the_restart_prompt_speaks_the_current_and_the_chosen_language(
        qtbot: Any, code: str, name: str, sentence: str) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, str] = {}

    def answer_later() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["text"], seen["informative"] = box.text(), box.informativeText()
        later = next(b for b in box.buttons() if b.text() == "Later")
        later.click()

    QTimer.singleShot(100, answer_later)
    assert i18n.ask_to_restart(parent, code) is False
    assert seen["text"].startswith(f"Operator Desk will use {name} after a restart.")
    assert seen["informative"].startswith(sentence)


PSEUDO_MARK = re.compile(r"\[.*~+\]$", re.DOTALL)


def untranslated(root: QWidget, allowed: set[str]) -> list[str]:
    """Texts of a page in the pseudo-locale that are not pseudo: strings the catalog misses."""
    texts: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append((type(widget).__name__, widget.text()))
        if isinstance(widget, QLineEdit):
            texts.append(("placeholder", widget.placeholderText()))
        if isinstance(widget, QComboBox):
            texts += [("combo", widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            texts += [("header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                      for c in range(model.columnCount())]
        texts += [("tooltip", widget.toolTip()), ("accessible", widget.accessibleName())]
        for action in widget.actions():
            texts.append(("action", action.text()))
    return [f"{kind}: {text!r}" for kind, text in texts
            if re.search(r"[A-Za-z]{3}", text) and "<" not in text
            and not PSEUDO_MARK.search(text.strip()) and text not in allowed]


@pytest.fixture
def outbox(desk: Desk, tmp_path: Path) -> Iterator[OutboxService]:
    service = OutboxService(open_outbox(tmp_path / "outbox.sqlite3"), desk.connections)
    yield service
    service.close()
    service.outbox.dispose()


def test_the_pages_have_no_untranslated_text_in_the_pseudo_locale(
        qtbot: Any, qapp: QApplication, desk: Desk, runner: TaskRunner, team: TeamService,
        outbox: OutboxService, tmp_path: Path, language: list[i18n.Translators]) -> None:
    choice = i18n.choose_language("pseudo", None, "en_US")
    language.append(i18n.apply_language(qapp, choice))
    window = MainWindow(choice.locale, sandbox=True)
    qtbot.addWidget(window)
    settings = QSettings()
    switcher = i18n.LanguageSwitcher(settings, choice, window)
    window.add_desk_menu(switcher.menu)
    queue = QueuePage(desk.incidents, desk.connections, runner, choice.locale, "en")
    templates = TemplatesPage(team, supervisor(), runner, choice.locale)
    permissions = Permissions(desk.connections)
    sellers = SellerService(desk.cache, desk.connections)
    sellers_page = SellersPage(sellers, SanctionService(sellers, permissions,
                                                        DirectSink(desk.connections)),
                               permissions, runner, choice.locale)
    conversations = ConversationService(desk.cache, desk.connections,
                                        DirectSink(desk.connections))
    files = AttachmentFiles(desk.connections, AttachmentStore(tmp_path / "attachments"))
    conversations_page = ConversationsPage(
        conversations, desk.connections, runner, choice.locale, "en", files,
        DraftStore(tmp_path / "drafts"), DossierBuilder(conversations, files))
    outbox_page = OutboxPage(outbox, runner, choice.locale)
    window.status.addPermanentWidget(OutboxStatusButton(outbox, runner))
    for page, title in ((queue, "&Incidents"), (conversations_page, "&Conversations"),
                        (sellers_page, "&Sellers"), (templates, "&Templates"),
                        (outbox_page, "&Outbox")):
        window.add_page(page, QCoreApplication.translate("Desk", title), "Ctrl+1")
    # Names people know in their own words, market codes, shortcuts and placeholders.
    # Qt's own texts (its catalogs translate them in the real languages) stay too.
    allowed = {*i18n.LANGUAGE_NAMES.values(), "Operator Desk", "CSV", "Scroll Left",
               "Scroll Right",
               *("{" + name + "}" for name in ("customer_name", "order_number", "seller",
                                               "amount", "refund_amount", "order_date",
                                               "due_date", "response_time", "today"))}
    found = untranslated(window, allowed)
    assert not found, "\n".join(found)
    # The stretched texts still fit where the desk shows them, at a laptop's 1366×768.
    window.resize(1366, 768)
    window.show()
    cut: list[str] = []
    for page in (queue, conversations_page, sellers_page, templates):
        window.show_page(page)
        # Cases and lists arrive from workers and lay out again: give them a moment, then
        # what is still cut is cut for the user too.
        deadline = time.monotonic() + 3
        while cut_texts(window) and time.monotonic() < deadline:
            qtbot.wait(50)
        cut += [f"{page.objectName()}: {text}" for text in cut_texts(window)]
    assert not cut, "\n".join(cut)


def test_the_layout_check_finds_a_cut_label_and_button(qtbot: Any) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    label = QLabel("Rückerstattung vollständig veranlasst")
    label.setFixedWidth(40)
    button = QPushButton("Reklamation schließen")
    button.setFixedWidth(40)
    fitting = QLabel("OK")
    layout.addWidget(label)
    layout.addWidget(button)
    layout.addWidget(fitting)
    root.show()
    found = cut_texts(root)
    assert len(found) == 2
    assert "Rückerstattung" in found[0] and "Reklamation" in found[1]
