"""Sandbox throughput on loopback: OR11 and M11 pages, against a floor measured in the same run.

The sandbox (``operator-desk sandbox serve``) and the floor (a bare waitress app answering a
static JSON body of the same size as the sandbox's page) each run in a process of their own,
with the same number of waitress threads; the client walks pages with ``requests`` over
keep-alive connections, first alone, then with several clients at once. The ratio
sandbox / floor is the figure to watch: it says what the sandbox's own work costs on top of
HTTP on this machine, whatever the machine.

    .venv/bin/python bench/sandbox_throughput.py [--data DIR] [--orders 20000]
                                                 [--messages 200000] [--pages 40]

Without ``--data`` a dataset of ``--orders``/``--messages`` is generated in a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]

FLOOR_SERVER = """
import sys
from waitress import serve
sizes = {"/orders": int(sys.argv[2]), "/threads": int(sys.argv[3])}
bodies = {path: (b'{"data": "' + b"x" * max(0, size - 12) + b'"}') for path, size in sizes.items()}
def app(environ, start_response):
    body = bodies.get(environ["PATH_INFO"], b"{}")
    start_response("200 OK", [("Content-Type", "application/json"),
                              ("Content-Length", str(len(body)))])
    return [body]
serve(app, host="127.0.0.1", port=int(sys.argv[1]), threads=8, _quiet=True)
"""


@dataclass
class Result:
    name: str
    requests: int
    records: int
    seconds: float

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds

    @property
    def records_per_second(self) -> float:
        return self.records / self.seconds


def _serve(data: Path) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "operator_desk", "sandbox", "serve", "--data", str(data),
         "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        cwd=ROOT, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    assert process.stdout is not None
    line = process.stdout.readline()
    if not line.startswith("listening on"):
        process.kill()
        raise SystemExit(f"the sandbox did not start: {line!r}")
    return process, line.split()[-1]


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _floor(order_page: int, thread_page: int) -> tuple[subprocess.Popen[str], str]:
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-c", FLOOR_SERVER, str(port), str(order_page),
                                str(thread_page)], text=True)
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            requests.get(url + "/orders", timeout=1)
            return process, url
        except requests.ConnectionError:
            time.sleep(0.05)
    process.kill()
    raise SystemExit("the floor server did not start")


def _walk_or11(session: requests.Session, base: str, key: str, pages: int) -> tuple[int, int]:
    url: str | None = f"{base}/api/orders?max=100"
    done = records = 0
    while url and done < pages:
        response = session.get(url, headers={"Authorization": key}, timeout=60)
        response.raise_for_status()
        records += len(response.json()["orders"])
        url = response.links.get("next", {}).get("url")
        done += 1
    return done, records


def _walk_m11(session: requests.Session, base: str, key: str, pages: int) -> tuple[int, int]:
    params: dict[str, str] = {"limit": "100", "with_messages": "true"}
    done = records = 0
    while done < pages:
        response = session.get(f"{base}/api/inbox/threads", params=params,
                               headers={"Authorization": key}, timeout=60)
        response.raise_for_status()
        payload = response.json()
        records += sum(len(thread["messages"]) for thread in payload["data"])
        done += 1
        if "next_page_token" not in payload:
            params = {"limit": "100", "with_messages": "true"}
        else:
            params = {"page_token": payload["next_page_token"]}
    return done, records


def _floor_walk(path: str) -> Callable[[requests.Session, str, str, int], tuple[int, int]]:
    def walk(session: requests.Session, base: str, key: str, pages: int) -> tuple[int, int]:
        for _ in range(pages):
            session.get(f"{base}{path}", timeout=60).raise_for_status()
        return pages, 0
    return walk


def _measure(name: str, walk: Callable[[requests.Session, str, str, int], tuple[int, int]],
             base: str, key: str, pages: int, clients: int) -> Result:
    totals = [(0, 0)] * clients

    def run(index: int) -> None:
        with requests.Session() as session:
            totals[index] = walk(session, base, key, pages)

    walk(requests.Session(), base, key, 2)  # warm-up: connections, caches
    threads = [threading.Thread(target=run, args=(i,)) for i in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - started
    return Result(name, sum(t[0] for t in totals), sum(t[1] for t in totals), seconds)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path)
    parser.add_argument("--orders", type=int, default=20_000)
    parser.add_argument("--messages", type=int, default=200_000)
    parser.add_argument("--pages", type=int, default=40, help="pages per client")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="sandbox-bench-") as scratch:
        return _bench(args, args.data or Path(scratch))


def _bench(args: argparse.Namespace, data: Path) -> int:
    if not (data / "sandbox.sqlite3").exists():
        print(f"generating {args.orders} orders / {args.messages} messages in {data} ...")
        subprocess.run([sys.executable, "-m", "operator_desk", "sandbox", "generate", "--data",
                        str(data), "--orders", str(args.orders), "--messages",
                        str(args.messages), "--shops", str(max(20, args.orders // 100))],
                       check=True, cwd=ROOT, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
    sandbox, _root = _serve(data)
    try:
        keys = json.loads((data / "keys.json").read_text())["markets"]["DE"]
        base, key = keys["base_url"], keys["keys"]["agent"]
        order_page = len(requests.get(f"{base}/api/orders?max=100", timeout=60,
                                      headers={"Authorization": key}).content)
        thread_page = len(requests.get(f"{base}/api/inbox/threads?limit=100&with_messages=true",
                                       timeout=60, headers={"Authorization": key}).content)
        floor, floor_url = _floor(order_page, thread_page)
        try:
            rows = []
            for clients in (1, 4):
                for label, walk, floor_path in (("OR11 max=100", _walk_or11, "/orders"),
                                                ("M11 limit=100 with_messages", _walk_m11,
                                                 "/threads")):
                    mine = _measure(label, walk, base, key, args.pages, clients)
                    bare = _measure(label, _floor_walk(floor_path), floor_url, key, args.pages,
                                    clients)
                    rows.append((clients, mine, bare))
        finally:
            floor.terminate()
            floor.wait()
    finally:
        sandbox.terminate()
        sandbox.wait()
    print(f"\npage sizes: OR11 {order_page / 1024:.0f} KiB, M11 {thread_page / 1024:.0f} KiB; "
          f"dataset {data}")
    print("| call | clients | sandbox req/s | records/s | floor req/s | ratio |")
    print("|---|---|---|---|---|---|")
    for clients, mine, bare in rows:
        unit = "orders" if mine.name.startswith("OR11") else "messages"
        print(f"| {mine.name} | {clients} | {mine.per_second:.1f} | "
              f"{mine.records_per_second:,.0f} {unit} | {bare.per_second:.1f} | "
              f"{mine.per_second / bare.per_second:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
