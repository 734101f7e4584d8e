"""One running app per user: a second start brings the first window to the front.

The first instance holds a ``QLockFile`` in the data folder and listens on a
``QLocalServer``. A second start finds the lock taken, connects, sends
``raise`` (or ``capture``: ``networking-journal --capture`` opens the first one's quick
capture window, so a desktop-wide shortcut can be bound to it) and exits. A lock left by a
crashed process is stale (its process is gone) and is taken over, so a crash never blocks the
next start.

Signals:
    raiseRequested(): another start asked this instance to show its window.
    captureRequested(): another start asked for the quick capture window.
"""

from __future__ import annotations

import hashlib
import logging

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from journal import paths

log = logging.getLogger(__name__)

RAISE_MESSAGE = b"raise\n"
CAPTURE_MESSAGE = b"capture\n"
ACK = b"ok\n"
LOCK_NAME = "instance.lock"
CONNECT_TIMEOUT_MS = 1000
# Never take over a lock by age alone: only when its process is gone.
STALE_LOCK_TIME_MS = 0


def server_name() -> str:
    """A per-user, per-data-folder name, short enough for a Unix socket path."""
    digest = hashlib.sha256(str(paths.data_dir().resolve()).encode()).hexdigest()[:16]
    return f"networking-journal-{digest}"


class SingleInstance(QObject):
    """The lock and local server that keep one running app per user and data folder.

    Signals:
        raiseRequested(): another start asked this instance to show its window.
        captureRequested(): another start asked for the quick capture window.
    """

    raiseRequested = Signal()
    captureRequested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        folder = paths.ensure_private_dir(paths.data_dir())
        self.lock = QLockFile(str(folder / LOCK_NAME))
        self.lock.setStaleLockTime(STALE_LOCK_TIME_MS)
        self.server: QLocalServer | None = None
        self._sockets: list[QLocalSocket] = []
        self.name = server_name()

    def acquire(self, message: bytes = RAISE_MESSAGE) -> bool:
        """True: we are the only instance (now serving). False: another one runs (and was sent
        ``message``: raise its window, or open quick capture)."""
        if self.lock.tryLock(100):
            self._listen()
            return True
        if self.notify_running(message):
            return False
        # Nobody answers. If the lock's process is gone (a crash), the lock is stale: take it over.
        if self.lock.removeStaleLockFile() and self.lock.tryLock(100):
            log.warning("took over a stale instance lock")
            self._listen()
            return True
        pid, host, app = self.lock.getLockInfo()
        log.warning("instance lock held by pid %s on %s (%s), which does not answer", pid, host, app)
        return False

    def notify_running(self, message: bytes = RAISE_MESSAGE) -> bool:
        """Send the running instance ``message`` (raise its window, or open quick capture); True
        if it could be reached."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        socket.write(message)
        socket.flush()
        socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        # The first instance may be busy starting up; it reads the message once its loop runs.
        if socket.waitForReadyRead(CONNECT_TIMEOUT_MS):
            socket.readAll()
        socket.disconnectFromServer()
        return True

    def _listen(self) -> None:
        QLocalServer.removeServer(self.name)  # a socket file left by a crash
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_connection)
        if not server.listen(self.name):
            log.warning("single-instance server could not listen: %s", server.errorString())
        self.server = server

    def _on_connection(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._sockets.append(socket)
            socket.readyRead.connect(self._read_messages)
        self._read_messages()

    def _read_messages(self) -> None:
        for socket in list(self._sockets):
            if socket.bytesAvailable():
                data = bytes(socket.readAll().data())
                if data.startswith(RAISE_MESSAGE.strip()):
                    socket.write(ACK)
                    socket.flush()
                    self.raiseRequested.emit()
                elif data.startswith(CAPTURE_MESSAGE.strip()):
                    socket.write(ACK)
                    socket.flush()
                    self.captureRequested.emit()
            if socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
                self._sockets.remove(socket)
                socket.deleteLater()

    def release(self) -> None:
        for socket in self._sockets:
            socket.readyRead.disconnect(self._read_messages)
            socket.abort()
        self._sockets.clear()
        if self.server is not None:
            self.server.newConnection.disconnect(self._on_connection)
            self.server.close()
            self.server.deleteLater()
            self.server = None
        if self.lock.isLocked():
            self.lock.unlock()


def bring_to_front(window: object) -> None:
    """Show, un-minimize and raise a window (as far as the window manager allows)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    if not isinstance(window, QWidget):
        return
    window.setWindowState(
        (window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
    )
    window.show()
    window.raise_()
    window.activateWindow()
