"""The Qt side of reminders: wakes up when something falls due, and notices sleep and clock jumps.

Two timers, nothing else:

- ``timer``: one single-shot timer to the next due instant (capped at 2**31-1 ms, Qt's
  limit), recomputed after every check and every data change.
- ``watchdog``: a coarse timer about once a minute. Timers run on a monotonic clock, so
  after the laptop slept or the wall clock was changed the single shot is wrong; the
  watchdog compares the two clocks and then checks, firing what was missed. It also checks
  when the local time zone changed, and when the engine's candidates are older than
  ``engine.CACHE_SECONDS`` (another program may have added a follow-up); otherwise it reads
  nothing: the single shot rings on time by itself.

An idle app therefore wakes at most about once a minute, and queries the journal about
once in ten.

Signals:
    remindersFired(object): a ``ReminderBatch`` with reminders never shown before.
    dueChanged(): the list of due follow-ups may have changed.
"""

from __future__ import annotations

import logging
import math
import time as _time
from datetime import datetime, timedelta
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal, SignalInstance

from journal import clock
from journal.reminders.engine import ReminderEngine
from journal.services.events import Action, Change, Entity

log = logging.getLogger(__name__)

MAX_TIMER_MS = 2**31 - 1
CHECK_INTERVAL_MS = 60_000
JUMP_TOLERANCE = timedelta(seconds=30)
# Our own bookkeeping; and what can make something due or not due (the whole journal too: ``touches``).
_IGNORED = {(Entity.FOLLOWUP, Action.REMINDED)}
_RELEVANT = {Entity.FOLLOWUP, Entity.CONTACT, Entity.INTERACTION, Entity.DEAL}


class ChangeSource(Protocol):
    """What the scheduler listens to: a ``changed(Change)`` signal (the UI's ``ChangeSignals``)."""

    @property
    def changed(self) -> SignalInstance:
        """The signal that carries each committed ``Change``."""
        ...


class ReminderScheduler(QObject):
    remindersFired = Signal(object)
    dueChanged = Signal()

    def __init__(
        self,
        engine: ReminderEngine,
        signals: ChangeSource | None = None,
        *,
        check_interval_ms: int = CHECK_INTERVAL_MS,
        speed: float = 1.0,
        parent: QObject | None = None,
    ) -> None:
        """``speed`` > 1 shortens every wait by that factor (tests and demos with a fast clock)."""
        super().__init__(parent)
        self.setObjectName("reminderScheduler")
        self.engine = engine
        self.speed = speed
        self.next_wakeup: datetime | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("reminderTimer")
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # one wake-up, on time
        self.timer.timeout.connect(self.check)
        self.watchdog = QTimer(self)
        self.watchdog.setObjectName("reminderWatchdog")
        self.watchdog.setInterval(check_interval_ms)
        self.watchdog.setTimerType(Qt.TimerType.CoarseTimer)
        self.watchdog.timeout.connect(self._tick)
        self._changed = QTimer(self)  # coalesces a burst of data changes into one check
        self._changed.setObjectName("reminderChangeDebounce")
        self._changed.setSingleShot(True)
        self._changed.setInterval(0)
        self._changed.timeout.connect(self.check)
        self._last_wall = clock.now()
        self._last_mono = _time.monotonic()
        self._zone = clock.local_zone()
        if signals is not None:
            signals.changed.connect(self.on_changed)

    def start(self) -> None:
        """Show what was missed while the app was closed, then keep watching."""
        self._mark_tick()
        self.watchdog.start()
        self.check()

    def stop(self) -> None:
        """Stop every timer (nothing rings until ``start``)."""
        for timer in (self.timer, self.watchdog, self._changed):
            timer.stop()

    def check(self) -> None:
        """Fire every reminder whose time has come (once), then aim the timer at the next one."""
        try:
            batch = self.engine.check()
        except Exception:  # a broken check must not kill the timers; try again at the next tick
            log.exception("reminder check failed")
            batch = None
        if batch:
            self.remindersFired.emit(batch)
            self.dueChanged.emit()
        self.reschedule()

    def reschedule(self) -> None:
        """Aim the single-shot timer at the next moment something falls due."""
        now = clock.now()
        self._zone = clock.local_zone()  # the timer's aim holds while the zone does
        try:
            self.next_wakeup = self.engine.next_wakeup(now)
        except Exception:
            log.exception("could not compute the next reminder")
            self.next_wakeup = None
        if self.next_wakeup is None:
            self.timer.stop()
            return
        wait_ms = (self.next_wakeup - now).total_seconds() * 1000 / self.speed
        self.timer.start(min(max(math.ceil(wait_ms), 0), MAX_TIMER_MS))

    def on_changed(self, change: Change) -> None:
        """A data change that can move reminders: check again soon (coalesced)."""
        if (change.entity, change.action) in _IGNORED or not change.touches(_RELEVANT):
            return
        self._changed.start()

    def _tick(self) -> None:
        wall, mono = clock.now(), _time.monotonic()
        drift = (wall - self._last_wall) - timedelta(seconds=(mono - self._last_mono) * self.speed)
        self._last_wall, self._last_mono = wall, mono
        if abs(drift) > JUMP_TOLERANCE:
            log.info("wall clock moved %s against the monotonic clock (sleep or clock change)", drift)
            self.dueChanged.emit()
            self.check()
        elif clock.local_zone() != self._zone or self.engine.is_stale(wall):
            self.check()

    def _mark_tick(self) -> None:
        self._last_wall, self._last_mono = clock.now(), _time.monotonic()
