"""Child processes of the stress test: they write to one journal until they are killed.

python -m tests.helpers.stress PATH log      # services, one entry per transaction; prints "entry ID"
python -m tests.helpers.stress PATH import   # imports of 1,500 new contacts each (two slices);
                                             # prints "imported LABEL" once an import returned
python -m tests.helpers.stress PATH window   # the real window (offscreen) saving entries from its
                                             # UI thread every 30 ms; prints "entry ID"

Each opens the journal the way the app does (``command_line.open_journal`` /
``app.open_for_gui``), so an import killed earlier is undone first.
"""

from __future__ import annotations

import itertools
import os
import sys
import uuid
from pathlib import Path


def _log(path: Path) -> None:
    from journal.safety.command_line import open_journal
    from journal.services import contacts, interactions

    open_journal(path)
    person = contacts.create_contact(name=f"Logger {os.getpid()}")
    while True:
        entry = interactions.log_interaction(
            contact_id=person.id, kind="networking", summary="stress", notes="n" * 300
        )
        print(f"entry {entry.id}", flush=True)  # printed only after the commit returned


def _import(path: Path) -> None:
    from journal.interop import engine
    from journal.safety.command_line import open_journal

    open_journal(path)
    folder = path.parent / f"import-{os.getpid()}"
    folder.mkdir(exist_ok=True)
    for n in itertools.count():
        label = f"S{uuid.uuid4().hex[:8]}"
        source = folder / f"{n}.vcf"
        source.write_text(
            "".join(
                f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{label} {i}\r\nEMAIL:{label}.{i}@x.org\r\nEND:VCARD\r\n"
                for i in range(1500)
            )
        )
        plan = engine.apply_import(engine.read_file(source, "vcard"))
        print(f"imported {label} {plan.added}", flush=True)


def _window(path: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer

    from journal import app
    from journal.services import contacts, interactions
    from journal.ui import safety as safety_ui
    from journal.ui.safety import controller

    qt = app.create_application([sys.argv[0]])
    if not app.open_for_gui(path):
        print("refused", flush=True)
        sys.exit(1)
    window = app.build_main_window(path)
    window.resize(1366, 768)
    window.show()
    controller.STARTUP_WORK_DELAY_MS = 500  # the start-up backup joins in
    safety_ui.start_automatic(window)
    person = contacts.create_contact(name=f"Window {os.getpid()}")

    def save() -> None:  # what a dialog's Save does: a service call on the UI thread
        entry = interactions.log_interaction(contact_id=person.id, kind="sales", summary="from the window")
        print(f"entry {entry.id}", flush=True)

    timer = QTimer()
    timer.timeout.connect(save)
    timer.start(30)
    qt.exec()


def main() -> None:
    path, mode = Path(sys.argv[1]), sys.argv[2]
    {"log": _log, "import": _import, "window": _window}[mode](path)


if __name__ == "__main__":
    main()
