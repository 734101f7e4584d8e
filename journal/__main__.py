"""`python -m journal` runs the same entry point as `networking-journal`."""

import sys

from journal.cli import main

sys.exit(main())
