"""Fault injection through the transport: the real server, with answers lost, cut or refused."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from journal.sync.errors import OfflineError
from journal.sync.transport import Reply, Transport

Match = Callable[[str, str, bytes | None], bool]


def is_put(method: str, url: str, body: bytes | None) -> bool:
    return method == "PUT"


def is_multiget(method: str, url: str, body: bytes | None) -> bool:
    return method == "REPORT" and b"multiget" in (body or b"")


def is_sync_report(method: str, url: str, body: bytes | None) -> bool:
    return method == "REPORT" and b"sync-collection" in (body or b"")


def is_sync_with_token(method: str, url: str, body: bytes | None) -> bool:
    return is_sync_report(method, url, body) and b"<D:sync-token></D:sync-token>" not in (body or b"")


@dataclass
class Fault:
    kind: str  # saved_then_500 | timeout | cut | duplicate | refuse_412 | bad_token | drop_connection
    match: Match
    times: int = 1
    skip: int = 0  # let this many matching requests through first


class FaultyTransport(Transport):
    """``Transport`` that applies ``faults`` in order to the requests they match."""

    def __init__(self, username: str, password: str, faults: list[Fault] | None = None) -> None:
        super().__init__(username, password, timeout=10)
        self.faults = list(faults or [])
        self.log = []

    def _pick(self, method: str, url: str, body: bytes | None) -> Fault | None:
        for fault in self.faults:
            if fault.times > 0 and fault.match(method, url, body):
                if fault.skip > 0:
                    fault.skip -= 1
                    return None
                fault.times -= 1
                return fault
        return None

    def request(
        self, method: str, url: str, *, body: bytes | None = None, headers: Mapping[str, str] | None = None
    ) -> Reply:
        fault = self._pick(method, url, body)
        if fault is None:
            return super().request(method, url, body=body, headers=headers)
        self.log.append(f"{fault.kind} {method}")
        if fault.kind == "timeout":
            raise OfflineError("The server did not answer in time.")
        if fault.kind == "refuse_412":
            return Reply(412, {}, b"", url)
        if fault.kind == "no_sync_report":  # a server without RFC 6578
            return Reply(501, {}, b"Not Implemented", url)
        if fault.kind == "bad_token":
            return Reply(
                403, {}, b'<?xml version="1.0"?><error xmlns="DAV:"><valid-sync-token/></error>', url
            )
        reply = super().request(method, url, body=body, headers=headers)
        if fault.kind == "saved_then_500":
            return Reply(500, {}, b"Internal Server Error", url)
        if fault.kind == "drop_connection":
            raise OfflineError("The server cannot be reached.")
        if fault.kind == "cut":
            return Reply(reply.status, reply.headers, reply.body[: len(reply.body) // 2], url)
        if fault.kind == "duplicate":
            doubled = re.sub(
                rb"(<(?:\w+:)?response\b.*?</(?:\w+:)?response>)", rb"\1\1", reply.body, flags=re.S
            )
            return Reply(reply.status, reply.headers, doubled, url)
        raise AssertionError(fault.kind)
