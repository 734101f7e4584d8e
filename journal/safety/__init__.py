"""Keeping the journal safe: backups, restore, integrity checks. Imports no Qt.

- ``backups``: verified online backups, listing, retention, ``backup_before(reason)``.
- ``restore``: put a backup back in place (after backing up the current state).
- ``integrity``: read-only checks of a file and moving a damaged file aside.
- ``errors``: plain-words messages for a full disk or a read-only folder.
- ``commands``: the ``backup``, ``restore`` and ``check`` command-line commands.
"""
