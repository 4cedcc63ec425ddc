"""Records bigger than memory: sorted runs of pickled tuples on disk, merged on reading.

:class:`SortedRuns` keeps the cross-article view's per-statement and per-event records of an
archive build (:class:`knowgraph.rdf.graph.MergedView`) the way :class:`knowgraph.archive.stream.Spool` keeps
its quads: a buffer in memory, written as a sorted run to a folder when full, and one sorted
stream over all runs when read. Records with the same key come out side by side, so a reader can
combine them in one pass with constant memory.

>>> runs = SortedRuns(key_length=1)
>>> for record in [("b", 2), ("a", 1), ("b", 3)]:
...     runs.add(record)
>>> [(key, [r[1] for r in group]) for key, group in runs.groups()]
[(('a',), [1]), (('b',), [2, 3])]
"""

from __future__ import annotations

import heapq
import itertools
import os
import pickle
from collections.abc import Callable, Iterator
from pathlib import Path

__all__ = ["SortedRuns"]

_BLOCK = 2_000  # records per pickle frame: one pickle.load per block, not per record
_MAX_RUNS = 32  # more runs than this are merged into one (open files, merge fan-in)


def _plain(value):
    """``value`` with every str subclass in it (an rdflib URIRef) as a plain str: the same order,
    but compared by ``str`` itself instead of the subclass's Python ``__eq__`` and ``__lt__``
    (sorting and merging records of rdflib terms spent a fifth of their time there)."""
    if isinstance(value, str):
        return str(value)
    if isinstance(value, tuple):
        return tuple(_plain(item) for item in value)
    return value


def _key_function(key_length: int) -> Callable[[tuple], tuple]:
    if key_length == 1:
        return lambda record: (_plain(record[0]),)
    return lambda record: tuple(_plain(item) for item in record[:key_length])


class SortedRuns:
    """Tuples sorted by their first ``key_length`` items (a str subclass, such as an rdflib URIRef,
    compared as the plain string), in memory up to ``limit``, then on disk.

    Without ``folder`` everything stays in memory. With one, the buffer is written as a run named
    ``{name}-NNNNNN.pkl`` whenever it holds ``limit`` records (and on :meth:`flush`), and the
    object pickles as the list of its runs: give it to another process on the same file system,
    or to a later run of the same build (``--resume``).

    ``combine``, when given, turns a group of records with one key into one record; it is applied
    when runs are compacted, so that repeated keys cost disk once.
    """

    def __init__(
        self,
        key_length: int,
        folder: str | os.PathLike | None = None,
        name: str = "records",
        limit: int = 20_000,
        combine: Callable[[list[tuple]], tuple] | None = None,
    ) -> None:
        self.key_length = key_length
        self.folder = Path(folder) if folder is not None else None
        self.name = name
        self.limit = limit
        self.combine = combine
        self.runs: list[Path] = []
        self._buffer: list[tuple] = []
        self._obsolete: list[Path] = []
        self._key = _key_function(key_length)

    def __getstate__(self) -> dict:
        self.flush()
        state = dict(vars(self))
        del state["_key"]
        state["_obsolete"] = []
        state["combine"] = None
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self.runs = [Path(p) for p in self.runs]
        self._key = _key_function(self.key_length)

    def add(self, record: tuple) -> None:
        self._buffer.append(record)
        if self.folder is not None and len(self._buffer) >= self.limit:
            self.flush()

    def extend(self, records) -> None:
        for record in records:
            self.add(record)

    def flush(self) -> None:
        """Write the buffer as a sorted run (nothing without a folder)."""
        if self.folder is None or not self._buffer:
            return
        self._buffer.sort(key=self._key)
        self.runs.append(self._write(self._buffer))
        self._buffer = []
        if len(self.runs) > _MAX_RUNS:
            self.compact()

    def compact(self) -> None:
        """Merge every run into one (combining the records of each key when ``combine`` is set); the
        old runs stay on disk until :meth:`discard_obsolete`."""
        if self.folder is None or len(self.runs) < 2:
            return
        merged = (
            (self.combine(group) for _, group in self._groups(self._run_records()))
            if self.combine
            else self._run_records()
        )
        self._obsolete.extend(self.runs)
        self.runs = [self._write(merged)]

    def discard_obsolete(self) -> None:
        """Delete the runs :meth:`compact` replaced. They are kept until then because a checkpoint
        written before the compaction still names them: call this once the new state is saved."""
        for path in self._obsolete:
            path.unlink(missing_ok=True)
        self._obsolete = []

    def sorted(self) -> Iterator[tuple]:
        """Every record, sorted by key (records of one key in no set order)."""
        return heapq.merge(self._run_records(), iter(sorted(self._buffer, key=self._key)), key=self._key)

    def groups(self) -> Iterator[tuple[tuple, list[tuple]]]:
        """(key, records with that key), in key order."""
        return self._groups(self.sorted())

    def _groups(self, records: Iterator[tuple]) -> Iterator[tuple[tuple, list[tuple]]]:
        for key, group in itertools.groupby(records, key=self._key):
            yield key, list(group)

    def _run_records(self) -> Iterator[tuple]:
        return heapq.merge(*(self._read(path) for path in self.runs), key=self._key)

    def _write(self, records) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        number = max((int(p.stem.rsplit("-", 1)[1]) for p in self.folder.glob(f"{self.name}-*.pkl")), default=-1) + 1
        path = self.folder / f"{self.name}-{number:06d}.pkl"
        tmp = path.with_suffix(".tmp")
        with open(tmp, "wb") as f:
            block: list[tuple] = []
            for record in records:
                block.append(record)
                if len(block) >= _BLOCK:
                    pickle.dump(block, f, protocol=pickle.HIGHEST_PROTOCOL)
                    block = []
            if block:
                pickle.dump(block, f, protocol=pickle.HIGHEST_PROTOCOL)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        return path

    @staticmethod
    def _read(path: Path) -> Iterator[tuple]:
        with open(path, "rb") as f:
            while True:
                try:
                    block = pickle.load(f)
                except EOFError:
                    return
                yield from block
