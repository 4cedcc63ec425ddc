"""Headless Chromium for the page tests (tests/test_report.py, tests/test_show.py).

Debian's ``chromium`` (``apt-get install chromium``), started with ``--headless --no-sandbox`` and
a fresh profile, either directly (``--dump-dom``, ``--screenshot``) or driven by Playwright
(``executable_path`` set: Playwright downloads no browser). Without Chromium or Playwright the
tests are skipped with the reason, except on CI (``CI`` set), where they fail.
Screenshots go to ``tests/artifacts/``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("KNOWGRAPH_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    # a container's /dev/shm is often 64 MB: the renderer crashes ("Target crashed") when it fills
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


def _missing(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set: the browser tests must run)")
    pytest.skip(reason)


def need_chromium() -> str:
    """The Chromium executable, or skip (fail on CI) with the reason."""
    if not Path(CHROMIUM).is_file():
        _missing(f"no Chromium at {CHROMIUM}: apt-get install chromium")
    return CHROMIUM


def need_playwright():
    need_chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("Playwright is not installed: pip install -e '.[dev]'")
    return sync_playwright


def artifact(name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS / name


def run_chromium(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """Chromium with the test flags and a throw-away profile; stdout as text."""
    need_chromium()
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args], capture_output=True, text=True, timeout=timeout
        )


def dump_dom(page: Path, *, javascript: bool = True, budget_ms: int = 5000) -> str:
    """The DOM of a page after it loaded (``--dump-dom``), scripts on or off."""
    extra = [] if javascript else ["--blink-settings=scriptEnabled=false"]
    result = run_chromium(*extra, f"--virtual-time-budget={budget_ms}", "--dump-dom", page.resolve().as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def screenshot(
    page: Path, out: Path, *, width: int = 1400, height: int = 1000, javascript: bool = True, budget_ms: int = 5000
) -> Path:
    """A PNG of a page (``--screenshot``)."""
    extra = [] if javascript else ["--blink-settings=scriptEnabled=false"]
    result = run_chromium(
        *extra,
        f"--window-size={width},{height}",
        "--hide-scrollbars",
        f"--virtual-time-budget={budget_ms}",
        f"--screenshot={out}",
        page.resolve().as_uri(),
    )
    assert result.returncode == 0 and out.is_file() and out.stat().st_size > 1000, result.stderr[-2000:]
    return out


@contextlib.contextmanager
def browser(*, javascript: bool = True, width: int = 1400, height: int = 1000) -> Iterator:
    """A Playwright browser context on Debian's Chromium (a fresh profile)."""
    sync_playwright = need_playwright()
    with tempfile.TemporaryDirectory() as profile, sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            profile,
            executable_path=CHROMIUM,
            headless=True,
            args=FLAGS[1:],
            java_script_enabled=javascript,
            viewport={"width": width, "height": height},
        )
        try:
            yield context
        finally:
            context.close()


def png_size(path: Path) -> tuple[int, int]:
    """(width, height) of a PNG file, from its header."""
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
