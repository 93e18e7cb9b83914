"""Messaging over HTTP: M12 replies with attachments, M13 downloads, M14 and OR43 new threads,
Mirakl's limits, seller keys, and the hostile file names in the generated data."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
import requests
from sqlalchemy import func, insert, select, update

from operator_desk.sandbox import db
from operator_desk.sandbox.attachments import HOSTILE_NAMES, pdf, png
from tests.integration.sandbox_live import TIMEOUT, Live, running


@pytest.fixture
def live(pristine_dataset: Path, tmp_path: Path) -> Iterator[Live]:
    with running(pristine_dataset, tmp_path / "sandbox") as sandbox:
        yield sandbox


def _post(live: Live, market: str, path: str, part: str, payload: Any,
          files: Sequence[tuple[str, bytes, str]] = (),
          headers: dict[str, str] | None = None) -> requests.Response:
    parts: list[tuple[str, Any]] = [(part, (None, json.dumps(payload), "application/json"))]
    parts += [("files", (name, content, kind)) for name, content, kind in files]
    return requests.post(live.url(market, path), files=parts,
                         headers=headers or live.headers(market), timeout=TIMEOUT)


def _thread(live: Live, market: str, thread_id: str) -> dict[str, Any]:
    response = live.get(market, f"/api/inbox/threads/{thread_id}")
    assert response.status_code == 200, response.text
    thread: dict[str, Any] = response.json()
    return thread


def _order_thread(live: Live, market: str) -> dict[str, Any]:
    for thread in live.get(market, "/api/inbox/threads", entity_type="MMP_ORDER",
                           limit=50).json()["data"]:
        parties = {p["type"] for p in thread["authorized_participants"]}
        if parties == {"CUSTOMER", "SHOP", "OPERATOR"}:
            return dict(thread)
    pytest.fail("no three-party order thread")


def test_reply_with_attachments_and_download_them(live: Live) -> None:
    thread = _order_thread(live, "DE")
    picture, document = png(3), pdf(["Retourenetikett DE123"])
    answer = _post(live, "DE", f"/api/inbox/threads/{thread['id']}/message", "message_input",
                   {"body": "Bitte senden Sie den Artikel mit diesem Etikett zurück.",
                    "to": [{"type": "SHOP"}, {"type": "CUSTOMER"}],
                    "topic": {"type": "FREE_TEXT", "value": "Rücksendung"}},
                   [("Etikett.pdf", document, "application/pdf"),
                    ("Foto 1.png", picture, "image/png")])
    assert answer.status_code == 201, answer.text
    assert answer.json()["thread_id"] == thread["id"]
    full = _thread(live, "DE", thread["id"])
    mine = full["messages"][-1]
    assert mine["id"] == answer.json()["message_id"]
    assert mine["from"]["type"] == "OPERATOR_USER"
    assert mine["from"]["display_name"] == "Alex Agent"
    assert {r["type"] for r in mine["to"]} == {"SHOP", "CUSTOMER"}
    assert full["topic"] == {"type": "FREE_TEXT", "value": "Rücksendung"}
    assert full["metadata"]["shop_reply_needed_since"] is not None
    by_name = {a["name"]: a for a in mine["attachments"]}
    assert by_name["Etikett.pdf"]["size"] == len(document)
    download = live.get("DE", f"/api/inbox/threads/{by_name['Foto 1.png']['id']}/download")
    assert download.status_code == 200
    assert download.content == picture
    assert download.headers["Content-Type"] == "image/png"
    assert download.headers["Content-Disposition"] == (
        'attachment; filename="Foto 1.png"; filename*=UTF-8\'\'Foto%201.png')
    assert live.get("DE", "/api/inbox/threads/nope/download").status_code == 404


@pytest.mark.parametrize(("payload", "message"), [
    ({"to": [{"type": "SHOP"}]}, "body is required"),
    ({"body": "x"}, "to is required"),
    ({"body": "x", "to": [{"type": "ROBOT"}]}, "unknown recipient type"),
    ({"body": "x", "to": [{"type": "OPERATOR"}]}, "cannot write to itself"),
    ({"body": "x", "to": [{"type": "SHOP", "id": "1"}]}, "does not take part"),
])
def test_replies_mirakl_would_refuse(live: Live, payload: dict[str, Any], message: str) -> None:
    thread = _order_thread(live, "ES")
    answer = _post(live, "ES", f"/api/inbox/threads/{thread['id']}/message", "message_input",
                   payload)
    assert answer.status_code == 400, answer.text
    assert message in answer.json()["message"]


def test_a_reply_needs_multipart_with_its_json_part(live: Live) -> None:
    thread = _order_thread(live, "ES")
    url = live.url("ES", f"/api/inbox/threads/{thread['id']}/message")
    as_json = requests.post(url, json={"body": "x", "to": [{"type": "SHOP"}]},
                            headers=live.headers("ES"), timeout=TIMEOUT)
    assert as_json.status_code == 400 and "multipart" in as_json.json()["message"]
    wrong_part = _post(live, "ES", f"/api/inbox/threads/{thread['id']}/message", "nope", {})
    assert "message_input" in wrong_part.json()["message"]
    broken = requests.post(url, files={"message_input": (None, "{not json")},
                           headers=live.headers("ES"), timeout=TIMEOUT)
    assert broken.status_code == 400 and "not valid JSON" in broken.json()["message"]


def test_a_thread_holds_at_most_1000_messages(live: Live) -> None:
    thread = _order_thread(live, "NL")
    with live.engine.begin() as connection:
        count = connection.execute(select(db.threads.c.message_count).where(
            db.threads.c.thread_id == thread["id"])).scalar_one()
        first = connection.execute(select(db.messages).where(
            db.messages.c.thread_id == thread["id"])).mappings().first()
        assert first is not None
        filler = [{**first, "message_id": f"filler-{n}", "seq": n,
                   "created": first["created"] + timedelta(seconds=n)}
                  for n in range(count + 1, 1000)]
        connection.execute(insert(db.messages), filler)
        connection.execute(update(db.threads).where(db.threads.c.thread_id == thread["id"])
                           .values(message_count=999))
    path = f"/api/inbox/threads/{thread['id']}/message"
    body = {"body": "Nog één bericht.", "to": [{"type": "SHOP"}]}
    assert _post(live, "NL", path, "message_input", body).status_code == 201
    refused = _post(live, "NL", path, "message_input", body)
    assert refused.status_code == 400
    assert "1000 messages" in refused.json()["message"]
    assert _thread(live, "NL", thread["id"])["metadata"]["total_count"] == 1000


def test_an_order_has_at_most_50_attachments(live: Live) -> None:
    thread = _order_thread(live, "CH")
    with live.engine.connect() as connection:
        existing = connection.execute(select(func.count()).select_from(db.attachments).where(
            db.attachments.c.entity_id == thread["entities"][0]["id"])).scalar_one()
    path = f"/api/inbox/threads/{thread['id']}/message"
    body = {"body": "Belege anbei.", "to": [{"type": "SHOP"}]}
    files = [(f"beleg-{n}.pdf", pdf([f"Beleg {n}"]), "application/pdf")
             for n in range(50 - existing)]
    assert _post(live, "CH", path, "message_input", body, files).status_code == 201
    before = _thread(live, "CH", thread["id"])["metadata"]["total_count"]
    refused = _post(live, "CH", path, "message_input", body,
                    [("one-more.png", png(1), "image/png")])
    assert refused.status_code == 400 and "at most 50" in refused.json()["message"]
    assert _thread(live, "CH", thread["id"])["metadata"]["total_count"] == before


def test_operator_and_seller_talk_in_a_seller_thread(live: Live) -> None:
    shop = live.get("DE", "/api/shops", max=1).json()["shops"][0]
    created = _post(live, "DE", "/api/inbox/threads", "thread_input", {
        "body": "Ihre Antwortzeiten sind zu lang.", "entity": {"type": "SHOP",
                                                               "id": shop["shop_id"]},
        "topic": {"type": "REASON_CODE", "value": "51"}},
        [("Regeln.pdf", pdf(["Marktplatzregeln"]), "application/pdf")])
    assert created.status_code == 201, created.text
    thread_id = created.json()["thread_id"]
    listed = live.get("DE", "/api/inbox/threads", entity_type="SELLER_OPERATOR",
                      entity_id=shop["shop_id"]).json()["data"]
    assert [t["id"] for t in listed] == [thread_id]
    seller = live.seller_headers("DE", shop["shop_id"])
    seller_view = requests.get(live.url("DE", "/api/inbox/threads"), headers=seller,
                               params={"entity_type": "SELLER_OPERATOR"}, timeout=TIMEOUT)
    assert thread_id in [t["id"] for t in seller_view.json()["data"]]
    answer = _post(live, "DE", f"/api/inbox/threads/{thread_id}/message", "message_input",
                   {"body": "Wir arbeiten daran.", "to": [{"type": "OPERATOR"}]},
                   headers=seller)
    assert answer.status_code == 201, answer.text
    thread = _thread(live, "DE", thread_id)
    assert thread["messages"][-1]["from"]["type"] == "SHOP_USER"
    assert thread["metadata"]["shop_reply_needed_since"] is None
    no_customer = _post(live, "DE", f"/api/inbox/threads/{thread_id}/message", "message_input",
                        {"body": "x", "to": [{"type": "CUSTOMER"}]})
    assert no_customer.status_code == 400


def test_sellers_see_only_their_own_threads(live: Live) -> None:
    thread = _order_thread(live, "DE")
    participants = {p.get("id") for p in thread["authorized_participants"]}
    other_shop = next(shop_id for shop_id in live.keys["DE"]["seller_keys"]
                      if shop_id not in participants)
    seller = live.seller_headers("DE", other_shop)
    hidden = requests.get(live.url("DE", f"/api/inbox/threads/{thread['id']}"), headers=seller,
                          timeout=TIMEOUT)
    assert hidden.status_code == 404
    refused = _post(live, "DE", f"/api/inbox/threads/{thread['id']}/message", "message_input",
                    {"body": "x", "to": [{"type": "CUSTOMER"}]}, headers=seller)
    assert refused.status_code == 404
    for_operators_only = _post(live, "DE", "/api/inbox/threads", "thread_input", {},
                               headers=seller)
    assert for_operators_only.status_code == 403


def test_or43_opens_a_thread_with_the_seller_on_an_order(live: Live) -> None:
    order = live.get("ES", "/api/orders", has_incident="true").json()["orders"][0]
    created = _post(live, "ES", f"/api/orders/{order['order_id']}/threads", "thread_input", {
        "body": "¿Puede confirmar la fecha de entrega?", "to": [{"type": "SHOP"}],
        "topic": {"type": "FREE_TEXT", "value": "Entrega"}})
    assert created.status_code == 201, created.text
    thread = _thread(live, "ES", created.json()["thread_id"])
    assert {p["type"] for p in thread["authorized_participants"]} == {"OPERATOR", "SHOP"}
    assert thread["entities"][0] == {"id": order["order_id"], "label": order["commercial_id"],
                                     "type": "MMP_ORDER"}
    missing = _post(live, "ES", "/api/orders/nope/threads", "thread_input", {
        "body": "x", "to": [{"type": "SHOP"}], "topic": {"type": "FREE_TEXT", "value": "x"}})
    assert missing.status_code == 404


def test_a_seller_answer_puts_a_new_incident_in_progress(live: Live) -> None:
    incident = live.get("NL", "/api/incidents", status="NEW", limit=1).json()["data"][0]
    order = live.get("NL", "/api/orders", order_ids=incident["order_id"]).json()["orders"][0]
    thread = live.get("NL", "/api/inbox/threads", entity_type="MMP_ORDER",
                      entity_id=incident["order_id"]).json()["data"][0]
    answer = _post(live, "NL", f"/api/inbox/threads/{thread['id']}/message", "message_input",
                   {"body": "We zoeken het uit.", "to": [{"type": "CUSTOMER"}]},
                   headers=live.seller_headers("NL", order["shop_id"]))
    assert answer.status_code == 201, answer.text
    after = live.get("NL", "/api/incidents", incident_ids=incident["incident_id"]).json()
    assert after["data"][0]["status"] == "IN_PROGRESS"
    assert after["data"][0]["last_action"]["user_type"] == "SHOP"


def test_generated_hostile_file_names_arrive_intact_and_headers_stay_safe(live: Live) -> None:
    with live.engine.connect() as connection:
        rows = connection.execute(select(
            db.attachments.c.attachment_id, db.attachments.c.market, db.attachments.c.name,
            db.attachments.c.content_type).where(
            db.attachments.c.name.in_(HOSTILE_NAMES))).all()
    assert {row.name for row in rows} == set(HOSTILE_NAMES)
    for row in rows:
        response = live.get(row.market, f"/api/inbox/threads/{row.attachment_id}/download")
        assert response.status_code == 200
        disposition = response.headers["Content-Disposition"]
        assert "\r" not in disposition and "\n" not in disposition
        assert all(32 <= ord(c) < 127 for c in disposition)
        exact = disposition.split("filename*=UTF-8''", 1)[1]
        assert unquote(exact) == row.name
        assert response.headers["Content-Type"] == row.content_type
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert "X-Injected" not in response.headers
