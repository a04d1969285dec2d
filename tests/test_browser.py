"""The HTML report in a real headless browser: it renders, the claims are highlighted, a screenshot is kept.

Needs Debian's chromium (`.ci/run` installs it); run with `pytest -m browser`.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from factcheck import compare_paths
from factcheck.report import render_html

from .conftest import CORPUS

pytestmark = pytest.mark.browser
SCREENSHOT = Path(__file__).parent / "artifacts" / "report.png"
HIGHLIGHT = (0xFF, 0xE0, 0x8A)  # mark.in-disc background in the report's CSS


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.fail("no chromium on PATH: install Debian's chromium (apt-get install chromium) to run the browser test")


def _run(chromium: str, *args: str, profile: Path) -> subprocess.CompletedProcess[str]:
    flags = [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={profile}", "--hide-scrollbars",
    ]  # fmt: skip
    return subprocess.run([chromium, *flags, *args], capture_output=True, text=True, timeout=120, check=False)


def test_report_renders_with_highlighted_claims(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    chromium = _chromium()
    page = tmp_path / "report.html"
    page.write_text(render_html(compare_paths([CORPUS / "merger"], nlp=nlp)), encoding="utf-8")
    dom = _run(chromium, "--dump-dom", page.as_uri(), profile=tmp_path / "p1")
    assert dom.returncode == 0, dom.stderr[-500:]
    assert dom.stdout.count('<mark class="in-disc"') >= 6
    SCREENSHOT.parent.mkdir(exist_ok=True)
    shot = _run(
        chromium, f"--screenshot={SCREENSHOT}", "--window-size=1400,1400", page.as_uri(), profile=tmp_path / "p2"
    )
    assert shot.returncode == 0 and SCREENSHOT.exists(), shot.stderr[-500:]
    image = Image.open(SCREENSHOT).convert("RGB")
    raw = image.tobytes()
    pixels = (raw[i : i + 3] for i in range(0, len(raw), 3))
    highlighted = sum(1 for pixel in pixels if all(abs(a - b) <= 6 for a, b in zip(pixel, HIGHLIGHT, strict=True)))
    assert highlighted > 500, f"only {highlighted} highlighted pixels in {SCREENSHOT}"
