"""The sandbox on a real PostgreSQL server (a throw-away cluster in a temporary folder).

Needs PostgreSQL's server programs (``initdb``, ``pg_ctl``; Debian: ``apt-get install -y
postgresql``, which puts them in ``/usr/lib/postgresql/<version>/bin``) and the ``psycopg``
driver (dev extras). PostgreSQL refuses to run as root: as root the cluster runs as the
``postgres`` user (``runuser``). Without these the test is skipped and says why. To try by hand:
``initdb -D /tmp/pg -A trust -U postgres && pg_ctl -D /tmp/pg -o "-p 55432 -k /tmp" start``,
then ``operator-desk sandbox serve --db-url postgresql+psycopg://postgres@127.0.0.1:55432/postgres``.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests

from operator_desk.sandbox import db
from operator_desk.sandbox.attachments import png
from operator_desk.sandbox.clock import Clock
from operator_desk.sandbox.generator import GenerationSpec
from operator_desk.sandbox.server import SandboxServer, open_dataset

TIMEOUT = 30


def _pg_bin() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return Path(candidates[-1]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    pytest.importorskip("psycopg", reason="psycopg (dev extras) is not installed")
    bin_dir = _pg_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL server programs (initdb, pg_ctl) not found; "
                    "apt-get install -y postgresql")
    prefix: list[str] = []
    # Not under pytest's temporary folder: the postgres user could not enter it.
    folder = Path(tempfile.mkdtemp(prefix="sandbox-pg-"))
    if getattr(os, "geteuid", lambda: 1)() == 0:
        import pwd  # POSIX only, like running as root

        try:
            user = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no postgres user to run PostgreSQL as")
        if shutil.which("runuser") is None:
            pytest.skip("running as root and runuser is missing")
        prefix = ["runuser", "-u", "postgres", "--"]
        os.chown(folder, user.pw_uid, user.pw_gid)
    data, port = folder / "data", _free_port()
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
    for command in ([str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
                     "-E", "UTF8", "--no-sync"],
                    [str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options,
                     "-l", str(folder / "log"), "-w", "start"]):
        done = subprocess.run([*prefix, *command], capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            shutil.rmtree(folder, ignore_errors=True)
            pytest.fail(f"{Path(command[0]).name} failed: {done.stderr or done.stdout}")
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*prefix, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate",
                        "stop"], capture_output=True, timeout=120)
        shutil.rmtree(folder, ignore_errors=True)


def test_the_sandbox_runs_on_postgresql(postgres_url: str, tmp_path: Path) -> None:
    anchor = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=5)
    engine = open_dataset(tmp_path, url=postgres_url,
                          spec=GenerationSpec(seed=9, shops=12, orders=400, anchor=anchor))
    assert engine.dialect.name == "postgresql"
    server = SandboxServer(engine, tmp_path, clock=Clock(rate=0), test_controls=True)
    server.start()
    try:
        keys = json.loads((tmp_path / "keys.json").read_text())["markets"]["DE"]
        base, headers = keys["base_url"], {"Authorization": keys["keys"]["agent"]}

        def get(path: str, **params: object) -> requests.Response:
            response = requests.get(f"{base}{path}", params=params, headers=headers,
                                    timeout=TIMEOUT)
            assert response.status_code == 200, response.text
            return response

        orders, url = [], f"{base}/api/orders?max=50"
        while url:
            page = requests.get(url, headers=headers, timeout=TIMEOUT)
            orders += page.json()["orders"]
            url = page.links.get("next", {}).get("url")
        assert len(orders) == get("/api/orders").json()["total_count"] > 100
        incidents = get("/api/incidents", limit=100, sort="date_updated,ASC").json()["data"]
        assert incidents
        thread = get("/api/inbox/threads", with_messages="true").json()["data"][0]

        line = next(o["order_lines"][0] for o in orders
                    if o["order_lines"][0]["can_refund"] and not o["order_lines"][0]["refunds"])
        refund = requests.put(f"{base}/api/orders/refund", headers=headers, timeout=TIMEOUT,
                              json={"refunds": [{"order_line_id": line["order_line_id"],
                                                 "amount": 1.0, "shipping_amount": 0,
                                                 "reason_code": "42"}]})
        assert refund.status_code == 200, refund.text
        reply = requests.post(
            f"{base}/api/inbox/threads/{thread['id']}/message", headers=headers,
            timeout=TIMEOUT, files=[
                ("message_input", (None, json.dumps({"body": "Foto anbei.",
                                                     "to": [{"type": "SHOP"}]}))),
                ("files", ("../../foto.png", png(5), "image/png"))])
        assert reply.status_code == 201, reply.text
        attachment = get(f"/api/inbox/threads/{thread['id']}").json()["messages"][-1][
            "attachments"][0]
        download = get(f"/api/inbox/threads/{attachment['id']}/download")
        assert download.content == png(5)
        suspended = requests.put(
            f"{base}/api/shops", timeout=TIMEOUT,
            headers={"Authorization": keys["keys"]["supervisor"]},
            json={"shops": [{"shop_id": orders[0]["shop_id"], "suspend": True}]})
        assert suspended.json()["shop_returns"][0]["shop_updated"]["shop_state"] == "SUSPENDED"
        assert get("/api/shops/statistics", max=3).json()["shops"]
        root = server.info.root_url
        requests.post(f"{root}/api/x-desk/test/clock", json={"minutes": 600}, timeout=TIMEOUT)
        simulated = requests.post(f"{root}/api/x-desk/test/simulate", json={"steps": 5},
                                  timeout=TIMEOUT)
        assert simulated.status_code == 200, simulated.text
        refunded = get("/api/orders", order_ids=line["order_line_id"].rsplit("-", 1)[0])
        assert refunded.json()["orders"][0]["order_lines"][0]["refunds"][0][
            "refund_state"] == "REFUNDED"
    finally:
        server.stop()
    # An outdated dataset on a server database is replaced, not half-used.
    with engine.begin() as connection:
        connection.execute(db.meta.update().where(db.meta.c.key == "schema_version")
                           .values(value="1"))
    engine.dispose()
    again = open_dataset(tmp_path, url=postgres_url,
                         spec=GenerationSpec(seed=9, shops=3, orders=20, anchor=anchor))
    with again.connect() as connection:
        version = connection.execute(db.meta.select().where(
            db.meta.c.key == "schema_version")).mappings().one()["value"]
        orders_left = connection.execute(db.orders.select()).all()
    again.dispose()
    assert version == str(db.SCHEMA_VERSION) and len(orders_left) <= 40
