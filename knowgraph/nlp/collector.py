"""Python's cyclic garbage collector paused while knowgraph reads one article.

Reading an article makes hundreds of thousands of short-lived objects (Tokens, spans, strings,
lists, rdflib terms), which reference counting frees; the cyclic collector still runs every 700
new container objects and, every hundred of its runs, goes through every object of the process
(the spaCy models, the gazetteer, the lexicons). Paused for the length of one article's work, it
runs after it: the same objects are freed (an article's cycles a little later), in a fraction of
the time. Nothing knowgraph computes depends on when the collector runs.

    with collector_paused():
        doc = extractor(doc)
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Within the block, the cyclic garbage collector does not run (as it was after the block)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
