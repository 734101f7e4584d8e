"""Loaded by Python at start-up when ``benchmarks/hooks`` is on ``PYTHONPATH``: with
``NJ_BENCH_QUERY_LOG`` set, every SQL statement of every ``sqlite3`` connection the
process opens is written to that file, one line each (``<unix time> <statement>``).

The benchmarks use it to count the queries of a real ``networking-journal`` process
(start-up, import, idle) without changing the app. Timed runs do not load it.
"""

import os

_LOG = os.environ.get("NJ_BENCH_QUERY_LOG")
if _LOG:
    import sqlite3
    import threading
    import time

    _out = open(_LOG, "a", buffering=1, encoding="utf-8")  # noqa: SIM115 - open for the process
    _lock = threading.Lock()
    _connect = sqlite3.connect

    def _trace(statement: str) -> None:
        if statement.startswith("--"):  # a trigger's body
            return
        line = " ".join(statement.split())[:120]
        with _lock:
            _out.write(f"{time.time():.6f} {line}\n")

    def _counted_connect(*args, **kwargs):  # type: ignore[no-untyped-def]
        conn = _connect(*args, **kwargs)
        conn.set_trace_callback(_trace)
        return conn

    sqlite3.connect = _counted_connect
