"""The refund dialog's personal message, end to end on the sandbox: the agent works in German,
the customer reads English; the dialog offers the team's refund templates in the customer's
language, fills the chosen one for this order and amount, and after the refund the message is
in the order's conversation with the customer."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from babel.numbers import format_currency
from sqlalchemy import Engine, exists, select

from operator_desk.domain.models import Role
from operator_desk.domain.refunds import RefundOption
from operator_desk.sandbox import db as sandbox_db
from operator_desk.services.actions import SubmissionState
from operator_desk.services.conversations import TEMPLATES_DIR
from operator_desk.services.refunds import customer_money_locale
from operator_desk.ui.refund_dialog import RefundDialog, open_refund_dialog
from operator_desk.ui.tasks import TaskRunner
from tests.conftest import RunningSandbox
from tests.refund_support import MARKET, RefundDesk, open_refund_desk, synced_cache_file

LOCALE = "de_DE"  # the agent's


@pytest.fixture(scope="session")
def synced_cache(pristine_dataset: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return synced_cache_file(pristine_dataset, tmp_path_factory)


@pytest.fixture
def agent(sandbox: RunningSandbox, tmp_path: Path, synced_cache: Path) -> Iterator[RefundDesk]:
    desk = open_refund_desk(tmp_path / "ann", sandbox.data_dir / "keys.json", synced_cache,
                            f"sqlite:///{tmp_path / 'team.sqlite3'}", "ann", Role.AGENT)
    desk.team.seed_templates(TEMPLATES_DIR)
    yield desk
    desk.close()


def english_customers_order(engine: Engine) -> str:
    """A shipped DE order of a customer who reads English, nothing refunded yet, every line
    shipped or received."""
    o, lines = sandbox_db.orders, sandbox_db.order_lines
    not_shipped = exists().where(lines.c.order_id == o.c.order_id,
                                 lines.c.state.not_in(("SHIPPED", "RECEIVED")))
    refunded = exists().where(sandbox_db.refunds.c.order_id == o.c.order_id)
    with engine.connect() as connection:
        found = connection.execute(
            select(o.c.order_id).where(o.c.market == MARKET, o.c.state == "SHIPPED",
                                       o.c.customer_locale == "en_GB", ~not_shipped,
                                       ~refunded)
            .order_by(o.c.order_id).limit(1)).scalar()
    assert found, "the dataset has no such order"
    return str(found)


def test_the_message_in_the_customers_language_reaches_the_order_thread(
        qtbot: Any, agent: RefundDesk, runner: TaskRunner, sandbox: RunningSandbox) -> None:
    order_id = english_customers_order(sandbox.engine)
    dialog: RefundDialog = open_refund_dialog(None, agent.refunds, runner, LOCALE, MARKET,
                                              order_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.context is not None and dialog.context.fresh,
                    timeout=15_000)
    context = dialog.context
    assert context is not None and context.customer_language == "en"
    assert dialog.message_label.text() == "Message to the customer (in Englisch)"
    # The team's refund templates in English (not in the agent's German), and only those.
    english = {t.current.title for t in agent.team.templates(
        language="en", audience="customer", topic="refund")}
    offered = [dialog.template.itemText(i) for i in range(1, dialog.template.count())]
    assert len(english) == 4 and set(offered) == english
    assert dialog.template.itemText(0) == "No template" and dialog.template.isEnabled()

    assert dialog.choose_reason(context.reasons[0].code)
    dialog.choose_option(RefundOption.PARTIAL)
    dialog.set_partial(context.balances[0].order_line_id, "3,20")
    partial = next(t for t in agent.team.templates(language="en", audience="customer",
                                                   topic="refund")
                   if t.key == "refund_partial_issued")
    dialog.choose_template(offered.index(partial.current.title) + 1)
    body = dialog.message.toPlainText()
    order = context.order
    money_locale = customer_money_locale(order, "en")

    def written(value: str) -> str:  # an edit field gives no-break spaces back as spaces
        return format_currency(Decimal(value), "EUR", locale=money_locale).replace("\xa0", " ")

    amount = written("3.20")
    assert order.customer.display_name in body
    assert (order.commercial_id or order.order_id) in body and amount in body
    assert "{" not in body  # every placeholder filled for this order
    # The amount in the message follows the total until the agent edits the text.
    dialog.set_partial(context.balances[0].order_line_id, "3,50")
    assert written("3.50") in dialog.message.toPlainText()
    dialog.set_partial(context.balances[0].order_line_id, "3,20")
    dialog.message.setPlainText(dialog.message.toPlainText() + "\n\nAnn")
    body = dialog.message.toPlainText()

    with qtbot.waitSignal(dialog.refunded, timeout=15_000) as done:
        dialog.confirm.click()
    outcome = done.args[0]
    assert outcome.state == SubmissionState.SENT
    assert outcome.message_state == SubmissionState.SENT and outcome.message_error is None
    # On the marketplace: in the order's conversation, to the customer, word for word.
    connector = agent.connections.connectors[MARKET]
    threads = [t for page in connector.threads(entity_ids=[order_id]) for t in page.items]
    mine = [(t, m) for t in threads for m in t.messages if m.body == body]
    assert len(mine) == 1
    thread, message = mine[0]
    assert (thread.entity_type, thread.entity_id) == ("MMP_ORDER", order_id)
    assert "CUSTOMER" in {r.type.removesuffix("_USER") for r in message.recipients}
