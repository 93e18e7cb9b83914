"""Faults on demand over real HTTP: dropped connections before and after the commit,
statuses, broken bodies; changed while the server runs; and `sandbox serve --faults`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from operator_desk.sandbox.server import DATABASE_FILE
from tests.conftest import RunningSandbox
from tests.integration.sandbox_live import TIMEOUT, Live, running


@pytest.fixture
def live(pristine_dataset: Path, tmp_path: Path) -> Iterator[Live]:
    with running(pristine_dataset, tmp_path / "sandbox",
                 faults="drop-after-commit:PUT /api/orders/refund:times=1") as sandbox:
        yield sandbox


def _refundable_line(live: Live) -> tuple[str, str]:
    for order in live.get("DE", "/api/orders", order_state_codes="RECEIVED",
                          max=50).json()["orders"]:
        line = order["order_lines"][0]
        if line["can_refund"] and not line["refunds"]:
            return order["order_id"], line["order_line_id"]
    pytest.fail("no refundable line")


def test_a_refund_dropped_after_commit_was_made(live: Live) -> None:
    order_id, line_id = _refundable_line(live)
    body = {"refunds": [{"order_line_id": line_id, "amount": 2, "shipping_amount": 0,
                         "reason_code": "42"}]}
    with pytest.raises(requests.ConnectionError):
        live.put("DE", "/api/orders/refund", body)
    order = live.get("DE", "/api/orders", order_ids=order_id).json()["orders"][0]
    assert [r["amount"] for r in order["order_lines"][0]["refunds"]] == [2.0]
    assert live.control("faults", method="GET")["injected"] == {"drop-after-commit": 1}


def test_a_close_dropped_before_handling_changed_nothing(live: Live) -> None:
    live.control("faults", {"spec": "drop:or63"}, method="PUT")
    incident = live.get("ES", "/api/incidents", status="RESOLVED", limit=1).json()["data"][0]
    url = live.url("ES", f"/api/orders/{incident['order_id']}/lines/"
                         f"{incident['order_line_id']}/close_incident")
    with pytest.raises(requests.ConnectionError):
        requests.put(url, json={}, headers=live.headers("ES"), timeout=TIMEOUT)
    after = live.get("ES", "/api/incidents", incident_ids=incident["incident_id"]).json()
    assert after["data"][0]["status"] == "RESOLVED"
    live.control("faults", method="DELETE")
    assert requests.put(url, json={}, headers=live.headers("ES"),
                        timeout=TIMEOUT).status_code == 204


def test_faults_change_while_the_server_runs(live: Live) -> None:
    live.control("faults", {"spec": "503:GET /api/orders:retry=7:times=2,truncate:M11"},
                 method="PUT")
    for _ in range(2):
        refused = live.get("NL", "/api/orders")
        assert refused.status_code == 503 and refused.headers["Retry-After"] == "7"
        assert refused.json()["status"] == 503
    assert live.get("NL", "/api/orders").status_code == 200
    cut = live.get("NL", "/api/inbox/threads")
    assert cut.status_code == 200
    with pytest.raises(requests.JSONDecodeError):
        cut.json()
    bad = requests.put(f"{live.root}/api/x-desk/test/faults", json={"spec": "500:0.5:1.5"},
                       timeout=TIMEOUT)
    assert bad.status_code == 400 and "bad fault spec" in bad.json()["message"]
    assert live.control("faults", {"spec": ""}, method="PUT")["rules"] == []


def test_controls_are_off_unless_asked_for(sandbox: RunningSandbox) -> None:
    root = sandbox.server.info.root_url
    for path in ("/api/x-desk/test/faults", "/de/api/x-desk/test/clock"):
        response = requests.get(f"{root}{path}", timeout=TIMEOUT)
        assert response.status_code == 404
        assert "--test-controls" in response.json()["message"]


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "operator_desk", "sandbox", *args]


def test_serve_with_faults_and_test_controls(pristine_dataset: Path, tmp_path: Path) -> None:
    bad = subprocess.run(_command("serve", "--data", str(tmp_path), "--faults", "teapot"),
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "unknown fault" in bad.stderr
    data = tmp_path / "served"
    data.mkdir()
    shutil.copy(pristine_dataset / DATABASE_FILE, data / DATABASE_FILE)
    process = subprocess.Popen(
        _command("serve", "--data", str(data), "--port", "0", "--test-controls",
                 "--faults", "500:OR11"),
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.startswith("listening on http://127.0.0.1:"), line
        root = line.split()[-1]
        keys = json.loads((data / "keys.json").read_text())["markets"]["DE"]
        headers = {"Authorization": keys["keys"]["agent"]}
        orders = f"{keys['base_url']}/api/orders"
        assert requests.get(orders, headers=headers, timeout=TIMEOUT).status_code == 500
        cleared = requests.delete(f"{root}/api/x-desk/test/faults", timeout=TIMEOUT)
        assert cleared.json()["spec"] == ""
        assert requests.get(orders, headers=headers, timeout=TIMEOUT).status_code == 200
        clock = requests.post(f"{root}/de/api/x-desk/test/clock", json={"minutes": 90},
                              timeout=TIMEOUT).json()
        assert clock["rate"] == 1.0
    finally:
        process.terminate()
        process.wait(timeout=30)
