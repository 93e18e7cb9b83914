"""The interface language: which one, its translators (ours and Qt's own), the pseudo-locale,
and the Language menu.

Which language: ``--language`` on the command line, else the one chosen in the Desk menu
(saved as ``ui/language`` in the desk's settings), else the system's; English when the
system speaks none of the four. Formatting (money, dates: Babel) follows the same choice,
keeping the system's region when it speaks the chosen language (Deutsch on a Swiss system
formats as de_CH).

Switching languages takes a restart, on purpose: every page is built with its texts in its
constructor, and the formatting locale is handed to every page, model and worker at start,
so only a fresh start gives one consistent language and notation. The Language menu saves
the choice and offers to restart at once ("Restart now" / "Later").

Catalogs: ``operator_desk/resources/i18n/operator_desk_<lang>.qm``, compiled from
``i18n/*.ts`` by ``make i18n`` (see ``scripts/i18n.py``); ``en`` only carries plural forms,
``pseudo`` every English text stretched and accented for layout checks. Qt's own catalogs
(``qtbase_<lang>.qm``) translate stock dialogs and the standard buttons.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QProcess,
    QSettings,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QTableView, QWidget

# The desk's settings: where the window keeps its state, the language is kept too.
from .window_state import settings_for as settings_for

log = logging.getLogger(__name__)

# Each language named in its own words: someone who cannot read the current one finds theirs.
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "es": "Español", "nl": "Nederlands"}
PSEUDO = "pseudo"
PSEUDO_NAME = "[Þšéüḓö]"
SYSTEM = "system"
SETTING = "ui/language"
# Formatting when the system's region does not speak the language. The pseudo-locale formats
# as German: long month names and long relative times stress layouts like its texts do.
DEFAULT_LOCALES = {"en": "en_GB", "de": "de_DE", "es": "es_ES", "nl": "nl_NL", PSEUDO: "de_DE"}
CATALOGS = Path(__file__).resolve().parent.parent / "resources" / "i18n"
DOMAIN = "operator_desk"


@dataclass(frozen=True, slots=True)
class LanguageChoice:
    """The interface language, the formatting locale and where the choice came from."""

    language: str  # en, de, es, nl or pseudo
    locale: str  # for Babel and QLocale, e.g. de_CH
    source: str  # "command line", "settings" or "system"

    @property
    def data_language(self) -> str:
        """The language for texts the marketplaces provide (reasons): the pseudo-locale has
        no marketplace texts of its own, so it reads the English ones."""
        return "en" if self.language == PSEUDO else self.language


def saved_language(settings: QSettings) -> str:
    value = settings.value(SETTING, SYSTEM)
    text = str(value) if value else SYSTEM
    return text if text in LANGUAGE_NAMES or text == PSEUDO else SYSTEM


def choose_language(requested: str | None, saved: str | None, system: str) -> LanguageChoice:
    """The language to speak: ``requested`` (``--language``: "de", "de_CH", "pseudo"), else
    ``saved`` (the Language menu's choice), else ``system`` (a Qt or POSIX locale name)."""
    system = (system or "").split(".")[0].replace("-", "_")
    system_language = system[:2].lower()
    if requested:
        wanted, source = requested.split(".")[0].replace("-", "_"), "command line"
    elif saved and saved != SYSTEM:
        wanted, source = saved, "settings"
    else:
        language = system_language if system_language in LANGUAGE_NAMES else "en"
        # The system's region formats even when the interface falls back to English.
        return LanguageChoice(language, system if system_language else "en_GB", "system")
    if wanted.lower() == PSEUDO:
        return LanguageChoice(PSEUDO, DEFAULT_LOCALES[PSEUDO], source)
    language = wanted[:2].lower()
    if language not in LANGUAGE_NAMES:
        log.warning("no interface in %r; speaking English", wanted)
        return LanguageChoice("en", DEFAULT_LOCALES["en"], source)
    if "_" in wanted:
        locale = wanted
    elif system_language == language:
        locale = system
    else:
        locale = DEFAULT_LOCALES[language]
    return LanguageChoice(language, locale, source)


def catalog_path(language: str) -> Path:
    return CATALOGS / f"{DOMAIN}_{language}.qm"


def qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


class Translators:
    """The translators installed on the application: ours and Qt's, for one language."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> list[str]:
        """Replace the installed translators with ``language``'s; returns what was loaded."""
        self.remove()
        loaded: list[str] = []
        if language != PSEUDO and language != "en":
            qt = QTranslator(self.app)
            if qt.load(f"qtbase_{language}", qt_translations_dir()):
                self._add(qt)
                loaded.append(f"qtbase_{language}")
            else:
                log.warning("Qt's own %s catalog was not found in %s", language,
                            qt_translations_dir())
        ours = QTranslator(self.app)
        if ours.load(str(catalog_path(language))):
            self._add(ours)
            loaded.append(catalog_path(language).name)
        elif language != "en":
            log.warning("the %s catalog is missing (%s); run make i18n", language,
                        catalog_path(language))
        self.language = language
        return loaded

    def _add(self, translator: QTranslator) -> None:
        self.app.installTranslator(translator)
        self.installed.append(translator)

    def remove(self) -> None:
        for translator in self.installed:
            self.app.removeTranslator(translator)
        self.installed.clear()


def apply_language(app: QCoreApplication, choice: LanguageChoice) -> Translators:
    """Install ``choice``'s translators and make its locale Qt's default (number fields,
    stock dialogs); call before the first window is built."""
    QLocale.setDefault(QLocale(choice.locale))
    translators = Translators(app)
    loaded = translators.install(choice.language)
    log.info("interface language %s (%s, from the %s): %s", choice.language, choice.locale,
             choice.source, ", ".join(loaded) or "built-in English")
    return translators


def text_in(language: str, context: str, text: str) -> str:
    """``text`` in ``language`` whatever the installed language is (the restart prompt says
    its sentence in the language being chosen too)."""
    if language in ("en", ""):
        return text
    translator = QTranslator()
    if not translator.load(str(catalog_path(language))):
        return text
    return translator.translate(context, text) or text


def relaunch_arguments(argv: Sequence[str]) -> list[str]:
    """The desk's command line without ``--language``, so the saved choice applies."""
    kept: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--language":
            skip = True
        elif not arg.startswith("--language="):
            kept.append(arg)
    return kept


def relaunch(arguments: Sequence[str]) -> bool:
    """Start the desk again, detached, with ``arguments`` (after this one has closed)."""
    if getattr(sys, "frozen", False):
        program, args = sys.executable, list(arguments)
    else:
        program, args = sys.executable, ["-m", "operator_desk", *arguments]
    started, _pid = QProcess.startDetached(program, args)
    if not started:
        log.error("the desk could not restart itself (%s %s)", program, args)
    return bool(started)


Prompt = Callable[[QWidget, str], bool]  # (parent, language) -> restart now?
RESTART_SENTENCE = QT_TRANSLATE_NOOP(
    "LanguageSwitcher", "Operator Desk will use {0} after a restart. Restart now? Reply drafts "
                        "are kept.")


class LanguageSwitcher(QObject):
    """The Language submenu of the Desk menu; saves the choice and offers a restart."""

    restart_requested = Signal()

    def __init__(self, settings: QSettings, choice: LanguageChoice, window: QWidget,
                 *, offer_pseudo: bool = False, prompt: Prompt | None = None,
                 system: str | None = None) -> None:
        super().__init__(window)
        self.settings = settings
        self.choice = choice
        self.window = window
        self.prompt = prompt or ask_to_restart
        self.system = system if system is not None else QLocale.system().name()
        self.restart_wanted = False
        self.menu = QMenu(self.tr("&Language"), window)
        self.menu.setObjectName("language_menu")
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        system_language = choose_language(None, None, self.system).language
        current = saved_language(settings) if choice.source != "command line" else (
            choice.language)
        entries = [(SYSTEM, self.tr("System ({0})").format(LANGUAGE_NAMES[system_language]))]
        entries += list(LANGUAGE_NAMES.items())
        if offer_pseudo or choice.language == PSEUDO:
            entries.append((PSEUDO, PSEUDO_NAME))
        self.actions: dict[str, QAction] = {}
        for code, name in entries:
            action = QAction(name, self.menu)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action

    def choose(self, code: str) -> None:
        """Save ``code`` ("system" or a language) and, when it changes the language spoken
        now, offer to restart."""
        self.settings.setValue(SETTING, code)
        self.settings.sync()
        self.actions[code].setChecked(True)
        target = choose_language(None, code, self.system)
        if code == PSEUDO:
            target = LanguageChoice(PSEUDO, DEFAULT_LOCALES[PSEUDO], "settings")
        if target.language == self.choice.language and target.locale == self.choice.locale:
            return
        if self.prompt(self.window, target.language):
            self.restart_wanted = True
            self.restart_requested.emit()


def ask_to_restart(parent: QWidget, language: str) -> bool:
    """The restart prompt, in the current language and, below, in the chosen one."""
    name = LANGUAGE_NAMES.get(language, PSEUDO_NAME)
    sentence = str(RESTART_SENTENCE)
    here = QCoreApplication.translate("LanguageSwitcher", sentence).format(name)
    there = text_in(language, "LanguageSwitcher", sentence).format(name)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("LanguageSwitcher", "Language"))
    box.setText(here)
    if there != here:
        box.setInformativeText(there)
    restart = box.addButton(QCoreApplication.translate("LanguageSwitcher", "Restart now"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("LanguageSwitcher", "Later"),
                  QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restart)
    box.exec()
    return box.clickedButton() is restart


# Mirakl's order and order-line states as people say them (marked for the catalog).
ORDER_STATES: dict[str, object] = {
    "STAGING": QT_TRANSLATE_NOOP("OrderState", "being placed"),
    "WAITING_ACCEPTANCE": QT_TRANSLATE_NOOP("OrderState", "waiting for the seller"),
    "WAITING_DEBIT": QT_TRANSLATE_NOOP("OrderState", "waiting for payment"),
    "WAITING_DEBIT_PAYMENT": QT_TRANSLATE_NOOP("OrderState", "waiting for payment"),
    "SHIPPING": QT_TRANSLATE_NOOP("OrderState", "to be shipped"),
    "SHIPPED": QT_TRANSLATE_NOOP("OrderState", "shipped"),
    "TO_COLLECT": QT_TRANSLATE_NOOP("OrderState", "ready for collection"),
    "RECEIVED": QT_TRANSLATE_NOOP("OrderState", "received"),
    "CLOSED": QT_TRANSLATE_NOOP("OrderState", "closed"),
    "REFUSED": QT_TRANSLATE_NOOP("OrderState", "refused by the seller"),
    "CANCELED": QT_TRANSLATE_NOOP("OrderState", "canceled"),
    "INCIDENT_OPEN": QT_TRANSLATE_NOOP("OrderState", "incident open"),
    "INCIDENT_CLOSED": QT_TRANSLATE_NOOP("OrderState", "incident closed"),
    "REFUNDED": QT_TRANSLATE_NOOP("OrderState", "refunded"),
    "WAITING_REFUND": QT_TRANSLATE_NOOP("OrderState", "refund pending"),
    "WAITING_REFUND_PAYMENT": QT_TRANSLATE_NOOP("OrderState", "refund payment pending"),
}


def order_state_text(state: str) -> str:
    """An order's or line's state in the interface language; an unknown one as sent."""
    known = ORDER_STATES.get((state or "").upper())
    return QCoreApplication.translate("OrderState", str(known)) if known else state


def fit_columns(view: QTableView, widths: Sequence[int]) -> None:
    """Set the views' starting column widths, each at least as wide as its (translated)
    header: "Vom Verkäufer gelöst" must not be cut where "Marked solved" fitted."""
    header = view.horizontalHeader()
    model = view.model()
    count = model.columnCount() if model is not None else 0
    for column, width in enumerate(widths):
        if column < count:
            view.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
