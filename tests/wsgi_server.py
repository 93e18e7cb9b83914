"""A small WSGI app served on loopback for a test (a marketplace with a call missing, a
hostile one), stopped the way the sandbox stops its own server: waitress's loop in short
slices, its sockets closed in the loop's own thread. Closing them from the test's thread
under a running select() handed the loop a dead file descriptor (EBADF in the thread)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from waitress import wasyncore
from waitress.server import create_server


@contextmanager
def serving(app: Any) -> Iterator[int]:
    """Serve ``app`` on 127.0.0.1; yields the port."""
    server = create_server(app, host="127.0.0.1", port=0)
    stopping = threading.Event()

    def loop() -> None:
        try:
            while not stopping.is_set() and server._map:
                server.asyncore.loop(timeout=0.05, map=server._map,
                                     use_poll=server.adj.asyncore_use_poll, count=1)
        finally:
            wasyncore.close_all(server._map, ignore_all=True)
            server.task_dispatcher.shutdown()

    thread = threading.Thread(target=loop, name="test-wsgi", daemon=True)
    thread.start()
    try:
        yield int(server.effective_port)
    finally:
        stopping.set()
        thread.join(timeout=5)
