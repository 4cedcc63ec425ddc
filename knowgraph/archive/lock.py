"""One build at a time per output: a lock file beside the output, held while the build runs.

Two builds writing one output share its partial-build folder and would delete each other's
spooled runs; the second is refused at once instead:

>>> with output_lock("kg.nq"):                       # doctest: +SKIP
...     build_archive(["articles/"], "kg.nq")

The lock is an ``flock`` on ``.OUTPUT.knowgraph-lock`` in the output's folder: the system drops it
when the process ends, however it ends (``kill -9`` included), so a crashed build never blocks
the next one. Where ``fcntl`` does not exist (Windows) there is no lock.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from knowgraph.errors import KnowgraphError, OutputError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


class OutputBusy(KnowgraphError):
    """Another build is writing the same output."""


def lock_path(output: str | os.PathLike) -> Path:
    """The lock file of ``output``: hidden, beside it."""
    path = Path(output).resolve()
    return path.with_name(f".{path.name}.knowgraph-lock")


@contextlib.contextmanager
def output_lock(output: str | os.PathLike) -> Iterator[None]:
    """Hold the output's lock for the ``with`` block, or raise :class:`OutputBusy` at once."""
    if fcntl is None:  # pragma: no cover
        yield
        return
    path = lock_path(output)
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:  # the folder takes no new file: the output could not be written either
            raise OutputError(f"cannot write {output}: {exc.strerror or exc}") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise OutputBusy(f"another build is writing {output}; wait for it to finish") from None
        # the holder before us may have removed the file after we opened it: lock the file that is there
        try:
            same = os.path.samestat(os.fstat(fd), os.stat(path))
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)
        os.close(fd)
