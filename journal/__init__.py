"""Networking Journal: an offline desktop journal for networking and sales."""

__version__ = "0.1.0"
APP_NAME = "Networking Journal"
APP_ID = "io.github.networkingjournal.NetworkingJournal"
ORG_NAME = "NetworkingJournal"
