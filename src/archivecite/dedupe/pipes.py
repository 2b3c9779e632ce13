"""A child interpreter of ours that answers length-prefixed messages on its stdin and stdout.

A new interpreter, not a fork: it copies none of the caller's memory, and, unlike a
``multiprocessing`` spawn, it never re-runs the caller's main script. The scorer and keyer
processes are such children.
"""

from __future__ import annotations

import contextlib
import os
import struct
import subprocess
import sys
from typing import IO, Self

__all__ = ["ChildProcess", "read_message", "send_message"]

_SIZE = struct.Struct("<q")


def _read(stream: IO[bytes], size: int) -> bytes:
    data = stream.read(size)
    if len(data) != size:
        raise EOFError(f"{len(data)} of {size} bytes")
    return data


def read_message(stream: IO[bytes]) -> bytes | None:
    """One length-prefixed message, or None at the end of the stream."""
    header = stream.read(_SIZE.size)
    if not header:
        return None
    if len(header) != _SIZE.size:
        raise EOFError("a message cut short")
    (size,) = _SIZE.unpack(header)
    return _read(stream, size)


def send_message(stream: IO[bytes], data: bytes) -> None:
    stream.write(_SIZE.pack(len(data)))
    stream.write(data)
    stream.flush()


class ChildProcess:
    """This interpreter running ``code`` (``-c``, not ``-m``: the package imports the module
    before ``-m`` would run it again) with ``arguments``; :meth:`ask` sends one message and
    returns the answer. Close it (or use it as a context manager) to end it."""

    def __init__(self, role: str, code: str, *arguments: str) -> None:
        self.role = role
        # the caller's import path, which may have been changed at run time
        environment = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, sys.path))}
        self._process = subprocess.Popen(
            [sys.executable, "-c", code, *arguments],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=environment,
        )

    def ask(self, message: bytes) -> bytes:
        process = self._process
        assert process.stdin is not None
        assert process.stdout is not None
        try:
            send_message(process.stdin, message)
            answer = read_message(process.stdout)
        except (BrokenPipeError, EOFError) as error:
            raise RuntimeError(f"the {self.role} process ended ({process.poll()})") from error
        if answer is None:
            raise RuntimeError(f"the {self.role} process ended ({process.wait()})")
        return answer

    def close(self) -> None:
        """End the process: it stops at the end of its input."""
        self._end(kill=False)

    def _end(self, *, kill: bool) -> None:
        process = self._process
        if kill:
            process.kill()
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):  # a pipe to a process that is gone
                    stream.close()
        if process.wait() != 0 and not kill:
            raise RuntimeError(f"the {self.role} process failed ({process.returncode})")

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        # the caller failed or gave up: no need to finish the message in hand
        self._end(kill=kind is not None)
