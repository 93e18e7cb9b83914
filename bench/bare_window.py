"""The floor for bench/startup_bench.py: a bare PySide6 main window (menu bar, status bar, a
label), started as its own process; prints ``first-paint <time.monotonic()>`` at its first
paint and quits. The desk's own start-up is measured the same way (``--startup-probe``)."""

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint {time.monotonic():.6f}", flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.menuBar().addMenu("&File")
window.statusBar().showMessage("ready")
window.setCentralWidget(QLabel("A bare PySide6 window"))
window.resize(1360, 820)
probe = FirstPaint()
window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
