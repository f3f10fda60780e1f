"""Time for the services: injectable so tests can move the clock, and local-day boundaries."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

Clock = Callable[[], float]


def system_clock() -> float:
    return time.time()


def local_day_start(now: float) -> int:
    """Epoch seconds of the local midnight that starts the day containing `now`."""
    local = dt.datetime.fromtimestamp(now).astimezone()
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    return int(midnight.timestamp())


def local_day_end(now: float) -> int:
    return int((dt.datetime.fromtimestamp(local_day_start(now)).astimezone() + dt.timedelta(days=1)).timestamp())


def utc_offset_seconds(now: float) -> int:
    offset = dt.datetime.fromtimestamp(now).astimezone().utcoffset()
    return int(offset.total_seconds()) if offset is not None else 0


def to_datetime(epoch: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(epoch, tz=dt.UTC)


class ManualClock:
    """A clock moved by hand (epoch seconds): for tests, benchmarks and replaying scripted sessions."""

    def __init__(self, start: float = 1_795_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
