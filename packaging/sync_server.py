"""``make sync-server``: a local Radicale (CardDAV/CalDAV) for trying sync.

Listens on 127.0.0.1 only; storage in the app's data folder (``sync-server/``) or the
folder given as the first argument. Prints the address, user and password to use in
Preferences ▸ Sync or ``networking-journal sync setup``. Ctrl+C stops it.
"""

from __future__ import annotations

import secrets
import sys
from pathlib import Path


def main() -> int:
    try:
        import radicale  # noqa: F401 - in the test extra
    except ImportError:
        print(
            "Radicale is not installed: run 'make test' once (it installs the test extra).", file=sys.stderr
        )
        return 1
    from journal import paths

    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else paths.data_dir() / "sync-server"
    paths.ensure_private_dir(folder)
    users = folder / "users"
    if not users.exists():
        users.write_text(f"me:{secrets.token_urlsafe(12)}\n", encoding="utf-8")
        users.chmod(0o600)
    user, password = users.read_text(encoding="utf-8").strip().split(":", 1)
    config = folder / "config"
    config.write_text(
        "[server]\nhosts = 127.0.0.1:5232\n"
        f"[auth]\ntype = htpasswd\nhtpasswd_filename = {users}\nhtpasswd_encryption = plain\n"
        f"[storage]\nfilesystem_folder = {folder / 'collections'}\n"
        "[rights]\ntype = owner_only\n[logging]\nlevel = warning\n",
        encoding="utf-8",
    )
    print("Radicale for Networking Journal on http://127.0.0.1:5232/")
    print(f"  user: {user}\n  password: {password}\n  storage: {folder}")
    print(f"Try: networking-journal sync setup http://127.0.0.1:5232/ --user {user}")
    print("Ctrl+C stops it.", flush=True)
    from radicale.__main__ import run

    sys.argv = ["radicale", "--config", str(config)]
    try:
        run()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
