"""The cyclic garbage collector is paused within collector_paused() and left as it was after it."""

from __future__ import annotations

import gc

from knowgraph.nlp.collector import collector_paused


def test_the_collector_is_paused_then_enabled_again():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # nested: still paused, and not enabled by the inner block
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_disabled_collector_stays_disabled():
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_an_error_in_the_block_enables_it_again():
    try:
        with collector_paused():
            raise ValueError("in the block")
    except ValueError:
        pass
    assert gc.isenabled()
