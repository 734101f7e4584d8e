"""Entry script of the PyInstaller bundle (the same as ``networking-journal``)."""

import multiprocessing
import sys

from journal.cli import main

if __name__ == "__main__":
    # The bundle's copy of a child process (journal.services.apart) runs its task, not the window.
    multiprocessing.freeze_support()
    sys.exit(main())
