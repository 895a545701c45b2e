"""The exit statuses of the command line (README, "Exit codes and streams")."""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    OK = 0
    ERROR = 1
    USAGE = 2
    SOME_INPUTS_FAILED = 3
    INTERRUPTED = 130
