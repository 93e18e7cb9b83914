"""One desk window per data folder: a second start brings the first one forward and leaves.

Two desks on one data folder would sync the same cache and race for its files; the agent
almost always just lost the window behind others. So the first desk holds a lock file in the
data folder (``desk.lock``: a ``QLockFile``, which recognises the lock of a crashed desk by
its process id and takes it over) and listens on a local socket named after the folder. A
second start finds the lock taken, connects, writes ``focus`` and exits with 0 once the first
desk answered ``ok``.

Another ``--data-dir`` is another folder, another lock and another socket name: tests and
command-line runs with their own folder are never affected. Sub-commands (``operator-desk
sync`` ...) do not take the lock; the cache has its own lock for writers.

The lock is taken before the window is shown (a file operation of a few microseconds); the
socket is opened after the first paint, which is why a second start retries for a while.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal

log = logging.getLogger(__name__)

LOCK_FILE = "desk.lock"
FOCUS = b"focus\n"
ANSWER = b"ok\n"


class InstanceBusy(Exception):
    """Another desk holds this data folder but does not answer."""


def server_name(data_dir: Path) -> str:
    """The local socket's name for ``data_dir``: per user and per folder, short enough for
    Unix socket paths and valid as a Windows pipe name."""
    import getpass  # hashlib loads OpenSSL: not before the first paint
    import hashlib

    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (containers)
        user = "?"
    digest = hashlib.sha256(f"{user}\0{data_dir.resolve()}".encode()).hexdigest()[:24]
    return f"operator-desk-{digest}"


class SingleInstance(QObject):
    """Claims a data folder for this process; tells the owner to come forward otherwise."""

    activated = Signal()  # a second start asked this desk to come to the front

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._name = ""
        self._lock: QLockFile | None = None
        self._server: object | None = None

    @property
    def name(self) -> str:
        if not self._name:
            self._name = server_name(self.data_dir)
        return self._name

    def try_claim(self) -> bool:
        """Take the folder's lock (True), or find it held by a living desk (False)."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        lock = QLockFile(str(self.data_dir / LOCK_FILE))
        lock.setStaleLockTime(0)  # never by age: only a dead owner makes a lock stale
        if lock.tryLock(0):
            self._lock = lock
            return True
        if lock.error() == QLockFile.LockError.LockFailedError:
            return False
        # No permission or an unknown error: a lock we cannot take protects nothing; say so.
        log.warning("the data folder's lock %s could not be taken (%s); going on without it",
                    self.data_dir / LOCK_FILE, lock.error())
        return True

    def owner_pid(self) -> int | None:
        lock = QLockFile(str(self.data_dir / LOCK_FILE))
        info = lock.getLockInfo()
        if isinstance(info, tuple) and info and info[0]:
            return int(info[1])
        return None

    def listen(self) -> None:
        """Open the socket a second start talks to (after the first paint: QtNetwork)."""
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        # Only this user may connect (Unix: the socket file's mode).
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # A socket file left by a desk that crashed: the lock says it is ours now.
        QLocalServer.removeServer(self.name)
        if not server.listen(self.name):
            log.warning("a second start cannot reach this desk: %s", server.errorString())
            return
        server.newConnection.connect(lambda: self._accept(server))
        self._server = server

    def _accept(self, server: object) -> None:
        from PySide6.QtNetwork import QLocalServer, QLocalSocket

        assert isinstance(server, QLocalServer)
        while server.hasPendingConnections():
            socket = server.nextPendingConnection()
            if socket is None:
                break
            socket.setParent(self)

            def read(sock: QLocalSocket = socket) -> None:
                if not sock.canReadLine():
                    return
                if bytes(sock.readLine().data()) == FOCUS:
                    log.info("a second start asked this desk to come to the front")
                    sock.write(ANSWER)
                    sock.flush()
                    self.activated.emit()
                sock.disconnectFromServer()

            socket.readyRead.connect(read)
            socket.disconnected.connect(socket.deleteLater)
            read()

    def ask_owner_to_focus(self, timeout_ms: int = 8000) -> None:
        """Tell the desk holding the folder to come forward; ``InstanceBusy`` if it does not
        answer within ``timeout_ms`` (it may still be starting: retried until then)."""
        from PySide6.QtCore import QDeadlineTimer, QThread
        from PySide6.QtNetwork import QLocalSocket

        deadline = QDeadlineTimer(timeout_ms)
        last_error = ""
        while not deadline.hasExpired():
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(500):
                socket.write(FOCUS)
                socket.flush()
                while socket.bytesToWrite() and socket.waitForBytesWritten(500):
                    pass
                if socket.canReadLine() or socket.waitForReadyRead(2000):
                    answer = bytes(socket.readLine().data())
                    socket.abort()
                    if answer == ANSWER:
                        return
                last_error = "no answer"
            else:
                last_error = socket.errorString()
            socket.abort()
            if self.try_claim():  # the owner went away meanwhile: this start owns it now
                raise _Claimed
            QThread.msleep(150)
        pid = self.owner_pid()
        raise InstanceBusy(
            f"Another Operator Desk{f' (process {pid})' if pid else ''} uses the data folder "
            f"{self.data_dir} but does not answer ({last_error}). Close it, or start with "
            f"another --data-dir.")

    def release(self) -> None:
        if self._server is not None:
            self._server.close()  # type: ignore[attr-defined]
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


class _Claimed(Exception):
    """The owner disappeared while a second start waited: it may open its own window."""


def claim_or_focus(instance: SingleInstance, timeout_ms: int = 8000) -> bool:
    """True when this process owns the data folder and should open its window; False when
    the owner was brought forward (exit 0). Raises ``InstanceBusy`` when it does not answer."""
    if instance.try_claim():
        return True
    try:
        instance.ask_owner_to_focus(timeout_ms)
    except _Claimed:
        return True
    return False
