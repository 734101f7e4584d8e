"""Entry script of the PyInstaller bundle (the same as ``networking-journal``)."""

import sys

from journal.cli import main

if __name__ == "__main__":
    sys.exit(main())
