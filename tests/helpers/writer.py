"""Child process for the crash tests: writes to a journal until it is killed.

python -m tests.helpers.writer PATH loop     # one interaction per transaction, prints each id
python -m tests.helpers.writer PATH import N # one transaction with N contacts, prints "begin"/"done"
"""

from __future__ import annotations

import sys
from pathlib import Path

from journal import db
from journal.services import contacts, interactions
from journal.services.events import write


def main() -> None:
    path, mode = Path(sys.argv[1]), sys.argv[2]
    db.open_database(path)
    if mode == "loop":
        person = contacts.create_contact(name="Crash Test")
        while True:
            entry = interactions.log_interaction(
                contact_id=person.id, kind="networking", summary="still here", notes="n" * 500
            )
            print(entry.id, flush=True)  # printed only after the commit returned
    elif mode == "import":
        count = int(sys.argv[3])
        print("begin", flush=True)
        with write():  # a large import is one transaction: all or nothing
            for i in range(count):
                c = contacts.create_contact(name=f"Imported {i}", notes="imported " * 30)
                interactions.log_interaction(contact_id=c.id, kind="sales", summary=f"import {i}")
                if i == 50:
                    print("halfway", flush=True)
        print("done", flush=True)


if __name__ == "__main__":
    main()
