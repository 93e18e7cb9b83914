"""Every control of the main window has a name a screen reader can say, and the main queue
flow works from the keyboard alone (tab order, shortcuts)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from operator_desk.app import Desk

from .running_desk import running_desk, wait_until

INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractItemView,
               QPlainTextEdit, QTextEdit, QAbstractSlider)


@pytest.fixture(scope="module")
def desk(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with running_desk(tmp_path_factory.mktemp("desk")) as running:
        yield running


def accessible_name(widget: QWidget) -> str:
    """What assistive technology announces: the accessible name, a button's text, or the
    text of the label whose buddy the widget is."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _qt_internal(widget: QWidget) -> bool:
    """Parts of a composite Qt widget (a combo box's line edit, scroll bars, headers), which
    the composite names."""
    if isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QLineEdit)) or \
                parent.objectName().startswith("qt_"):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_controls(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or _qt_internal(widget):
            continue
        if isinstance(widget, QAbstractSlider) and widget.parentWidget() is not None and \
                widget.parentWidget().objectName() == "qt_scrollarea_vcontainer":
            continue
        if not accessible_name(widget):
            path = []
            current: QWidget | None = widget
            while current is not None and current is not root:
                path.append(current.objectName() or type(current).__name__)
                current = current.parentWidget()
            found.append(" / ".join(reversed(path)))
    return found


def test_every_control_of_the_main_window_has_an_accessible_name(desk: Desk) -> None:
    missing = unnamed_controls(desk.window)
    assert not missing, ("controls without an accessible name (setAccessibleName, visible "
                         "text, or a QLabel with setBuddy):\n  " + "\n  ".join(missing))


def test_every_dialog_the_queue_opens_names_its_controls(desk: Desk) -> None:
    page = desk.page
    # Close acts on the case on screen: wait until it has loaded (it may still be coming).
    wait_until(lambda: page.detail.case is not None and page.detail.case.incident.is_open,
               what="an open case in the pane")
    page.request_close()
    wait_until(lambda: page.close_dialog is not None and page.close_dialog.isVisible(),
               what="the close dialog")
    dialog = page.close_dialog
    assert isinstance(dialog, QDialog)
    try:
        assert not unnamed_controls(dialog)
    finally:
        dialog.reject()


def _focus(widget: QWidget) -> None:
    widget.activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    wait_until(lambda: QApplication.focusWidget() is widget, 5, "focus")


def test_the_queue_works_with_the_keyboard_alone(desk: Desk) -> None:
    window, page = desk.window, desk.page
    window.show_page(page)
    _focus(page.table)
    # Find (Ctrl+F) goes to the search field; Tab from there reaches the queue.
    QTest.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search
    reached: list[QWidget] = []
    for _press in range(30):
        current = QApplication.focusWidget()
        assert current is not None
        QTest.keyClick(current, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        reached.append(focused)
        if focused is page.table:
            break
    assert page.table in reached, f"Tab from the search field never reached the queue: {reached}"
    # Next and previous incident (Ctrl+J / Ctrl+K) move the selection and load the case.
    first = page.selected_row()
    QTest.keyClick(page.table, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    wait_until(lambda: page.selected_row() not in (None, first), 5, "the next incident")
    second = page.selected_row()
    assert second is not None
    wait_until(lambda: page.detail.case is not None
               and page.detail.case.incident.incident_id == second.incident_id, 10,
               "the case to load")
    QTest.keyClick(page.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    wait_until(lambda: page.selected_row() == first, 5, "the previous incident")
    # The close button is reachable by Tab from the queue.
    close_button = page.detail.close_button
    assert close_button.isEnabled() and close_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    _focus(page.table)
    for _press in range(40):
        current = QApplication.focusWidget()
        assert current is not None
        if current is close_button:
            break
        QTest.keyClick(current, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is close_button
    # Ctrl+Return opens the close dialog; Escape closes it without closing anything.
    QTest.keyClick(close_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_until(lambda: page.close_dialog is not None and page.close_dialog.isVisible(), 10,
               "the close dialog")
    dialog = page.close_dialog
    assert dialog is not None
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    wait_until(lambda: not dialog.isVisible(), 5, "the dialog to close")


def test_pages_switch_with_their_shortcuts(desk: Desk) -> None:
    window = desk.window
    _focus(desk.page.table)
    QTest.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is desk.diagnostics
    QTest.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is desk.audit_page
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is desk.page


def test_team_rules_open_from_the_desk_menu_and_name_their_controls(desk: Desk) -> None:
    from operator_desk.ui.team_rules import TeamRulesDialog

    window = desk.window
    action = window.team_rules_action
    assert action in window.desk_menu.actions()
    wait_until(action.isEnabled, 30, "the team store")
    action.trigger()

    def shown() -> TeamRulesDialog | None:
        found = window.findChild(TeamRulesDialog)
        return found if found is not None and found.forms else None

    wait_until(lambda: shown() is not None, 20, "the team rules")
    dialog = shown()
    assert dialog is not None
    try:
        assert not unnamed_controls(dialog)
        # The demo desk signs in as a supervisor: every market's rules are editable.
        assert set(dialog.forms) == set(desk.opened.connections.profiles)  # type: ignore[union-attr]
        assert all(form.editable for form in dialog.forms.values())
        assert dialog.save_button.isVisible()
    finally:
        dialog.reject()


# -- the dialogs and the composer, and their flows from the keyboard alone ---------------------
def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
           ) -> None:
    """A key press where the keyboard focus is, as a user's keyboard delivers it."""
    QTest.keyClick(_focused(), key, modifiers)


def _type(text: str) -> None:
    QTest.keyClicks(_focused(), text)


def _tab_to(target: QWidget, backwards: bool = False, presses: int = 40) -> None:
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    reached = []
    for _press_number in range(presses):
        if QApplication.focusWidget() is target:
            return
        _press(key)
        reached.append(type(_focused()).__name__)
    assert QApplication.focusWidget() is target, f"Tab never reached {target}: {reached}"


def _modal(kind: type) -> Any:
    wait_until(lambda: isinstance(QApplication.activeModalWidget(), kind)
               and QApplication.activeModalWidget().isVisible(), 10, kind.__name__)
    dialog = QApplication.activeModalWidget()
    wait_until(lambda: dialog.isActiveWindow(), 5, "the dialog to take the keyboard")
    return dialog


def _closed(window: QWidget) -> None:
    """The dialog is gone and the keyboard is back in ``window`` (a desktop's window manager
    activates the parent again; the offscreen platform has none, so the test does)."""
    wait_until(lambda: QApplication.activeModalWidget() is None, 5, "the dialog to close")
    if QApplication.focusWidget() is None:
        window.activateWindow()
    wait_until(lambda: QApplication.focusWidget() is not None, 5, "the focus to come back")


def _refunds_on_server(desk: Desk, market: str, order_id: str) -> Decimal:
    """Everything refunded on the order so far (a whole-order refund spreads over lines)."""
    connector = desk.opened.connections.connector(market)
    return sum((refund.amount.amount + refund.shipping_amount.amount
                for page in connector.orders(order_ids=[order_id])
                for order in page.items for line in order.lines for refund in line.refunds),
               Decimal(0))


def test_a_refund_with_the_keyboard_alone(desk: Desk) -> None:
    from operator_desk.ui.refund_dialog import RefundDialog

    window, page = desk.window, desk.page
    window.show_page(page)
    _focus(page.table)
    for _next in range(20):  # Ctrl+J until a case with something left to refund
        wait_until(lambda: page.detail.case is not None
                   and page.detail.case.incident.incident_id
                   == page.selected_row().incident_id, 10, "the case")
        if page.detail.refund_button.isEnabled():
            break
        _press(Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert page.detail.refund_button.isEnabled()
    case = page.detail.case
    market, order_id = case.incident.market, case.incident.order_id
    before = _refunds_on_server(desk, market, order_id)
    sent: list[Any] = []

    # Ctrl+Shift+R opens the dialog; Escape leaves it without refunding anything.
    _press(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = _modal(RefundDialog)
    dialog.refunded.connect(sent.append)
    wait_until(lambda: dialog.context is not None and dialog.context.fresh, 20, "the figures")
    assert not unnamed_controls(dialog)
    _press(Qt.Key.Key_Escape)
    _closed(window)
    assert sent == []

    # Again: an amount for the whole order, a reason, a message, then Refund.
    _press(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = _modal(RefundDialog)
    dialog.refunded.connect(sent.append)
    wait_until(lambda: dialog.context is not None and dialog.context.fresh, 20, "the figures")
    _tab_to(dialog.whole_amount)
    _press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type("1.00")
    _tab_to(dialog.reason)
    _press(Qt.Key.Key_Down)
    assert dialog.reason_code() is not None
    _tab_to(dialog.message)
    _type("We refund the delivery delay.")
    _tab_to(dialog.confirm)
    assert dialog.confirm.isEnabled(), dialog.messages()
    assert dialog.confirm.text() == "Refund €1.00"
    _press(Qt.Key.Key_Space)
    wait_until(lambda: bool(sent), 30, "the refund")
    assert sent[0].state.value in ("sent", "queued") and str(sent[0].total.amount) == "1.00"
    assert _focused().text() == "&Close" or _focused().text() == "Close"  # Return closes
    _press(Qt.Key.Key_Return)
    _closed(window)
    wait_until(lambda: _refunds_on_server(desk, market, order_id) == before + Decimal("1.00"), 30,
               "the refund on the marketplace")


def test_a_reply_with_the_keyboard_alone(desk: Desk) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = desk.window
    _focus(desk.page.table)
    _press(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    conversations = desk.conversations_page
    assert window.pages.currentWidget() is conversations
    wait_until(lambda: conversations.model.rowCount() > 0, 20, "the conversations")
    composer = conversations.composer
    assert not unnamed_controls(composer)
    _focus(conversations.table)
    _press(Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)  # the first conversation
    wait_until(lambda: conversations.case is not None and composer.isEnabled(), 20,
               "the conversation")
    _press(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _focused() is composer.body
    _type("Thank you, we are looking into it.")
    if not composer.recipients():  # choose the first recipient offered, with Space
        box = composer.to_customer if composer.to_customer.isVisible() else composer.to_seller
        _tab_to(box, backwards=True)
        _press(Qt.Key.Key_Space)
        _tab_to(composer.body)
    assert composer.recipients()
    sent: list[Any] = []
    composer.sent.connect(sent.append)

    # Ctrl+Return asks who receives it; Escape sends nothing and keeps the text.
    _press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    confirm = _modal(QMessageBox)
    assert "This message will be sent to:" in confirm.text()
    _press(Qt.Key.Key_Escape)
    _closed(window)
    assert sent == [] and composer.body.toPlainText() == "Thank you, we are looking into it."

    # Ctrl+Return again, Tab to Send, Space.
    _focus(composer.body)
    _press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    confirm = _modal(QMessageBox)
    send = next(b for b in confirm.buttons() if b.text() == "Send")
    _tab_to(send)
    _press(Qt.Key.Key_Space)
    wait_until(lambda: bool(sent), 30, "the message to go")
    assert sent[0].state.value in ("sent", "queued")
    assert composer.body.toPlainText() == ""


def test_the_team_settings_dialog_names_its_controls(desk: Desk) -> None:
    from operator_desk.ui.team_settings_dialog import TeamSettingsDialog

    desk.team.edit_settings(desk.window)
    dialog = desk.team.settings_dialog
    assert isinstance(dialog, TeamSettingsDialog)
    try:
        wait_until(dialog.isVisible, 5, "the team settings")
        assert not unnamed_controls(dialog)
        dialog.server.setChecked(True)  # the server's fields, enabled
        assert not unnamed_controls(dialog)
    finally:
        dialog.reject()
