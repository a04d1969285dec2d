"""The HTML report in a real headless browser: it renders, the claims are highlighted, and with 3, 6 or 12
sources every source column and discrepancy card fits the viewport at 1400 and 420 px; screenshots are kept
under tests/artifacts/ for a person to look at.

Needs Debian's chromium (`.ci/run` installs it); run with `pytest -m browser`.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from factcheck import compare_sources
from factcheck.cache import ClaimCache
from factcheck.ingest import read_sources
from factcheck.models import Report
from factcheck.report import render_html
from factcheck.store import load_claims

from .conftest import CORPUS

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).parent / "artifacts"
SCREENSHOT = ARTIFACTS / "report.png"
HIGHLIGHT = (0xFF, 0xE0, 0x8A)  # mark.in-disc background in the report's CSS
CLAIMS_YAML = """claims:
  - source: Vescara Civil Protection bulletin
    slot: count
    subject: people injured
    value: 41
    quote: 41 people were treated for injuries
"""
# Runs inside the report once it has loaded: the box of every source column and discrepancy card (and the
# rightmost edge of anything inside it), written into the parent page so that --dump-dom shows it.
MEASURE = """<script>
addEventListener("load", () => {
  const root = document.documentElement;
  const box = (e) => {
    const r = e.getBoundingClientRect();
    const inner = [...e.querySelectorAll("*")].map((c) => c.getBoundingClientRect()).filter((c) => c.width > 0);
    return {id: e.id, left: r.left, right: r.right, inner: Math.max(r.right, ...inner.map((c) => c.right))};
  };
  const geometry = {
    innerWidth: innerWidth, clientWidth: root.clientWidth, scrollWidth: root.scrollWidth,
    sources: [...document.querySelectorAll(".source")].map(box), cards: [...document.querySelectorAll(".disc")].map(box),
  };
  parent.document.getElementById("geometry").textContent = JSON.stringify(geometry);
});
</script>"""


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


@pytest.fixture(scope="module")
def reports(nlp, tmp_path_factory: pytest.TempPathFactory) -> dict[int, Report]:  # type: ignore[no-untyped-def]
    """Reports over 3, 6 and 12 sources (a claims.yaml source among the last two); each article is parsed once."""
    folder = tmp_path_factory.mktemp("reports")
    (folder / "claims.yaml").write_text(CLAIMS_YAML, encoding="utf-8")
    manual = load_claims(folder / "claims.yaml").claims
    cache = ClaimCache(directory=folder / "cache", model="browser-test")
    volcano = read_sources([CORPUS / "volcano_eruption"])
    others = read_sources([CORPUS / "transit_strike"]) + read_sources([CORPUS / "merger"])[:1]
    return {
        3: compare_sources(volcano[:3], nlp, cache=cache),
        6: compare_sources(volcano, nlp, extra_claims=manual, cache=cache),
        12: compare_sources(volcano + others, nlp, extra_claims=manual, cache=cache),
    }


def _framed(page: str, width: int, height: int) -> str:
    """The report in an iframe `width` px wide: headless chromium's window is never narrower than 500 px."""
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><style>html,body{margin:0}iframe{border:0;display:block}'
        f'</style></head><body><iframe width="{width}" height="{height}" srcdoc="{html.escape(page, quote=True)}">'
        '</iframe><pre id="geometry"></pre></body></html>'
    )


def test_report_renders_with_highlighted_claims(reports: dict[int, Report], tmp_path: Path) -> None:
    from PIL import Image

    chromium = _chromium()
    page = tmp_path / "report.html"
    page.write_text(render_html(reports[3]), encoding="utf-8")
    dom = _run(chromium, "--dump-dom", page.as_uri(), profile=tmp_path / "p1")
    assert dom.returncode == 0, dom.stderr[-500:]
    assert dom.stdout.count('<mark class="in-disc"') >= 6
    ARTIFACTS.mkdir(exist_ok=True)
    shot = _run(
        chromium, f"--screenshot={SCREENSHOT}", "--window-size=1400,1400", page.as_uri(), profile=tmp_path / "p2"
    )
    assert shot.returncode == 0 and SCREENSHOT.exists(), shot.stderr[-500:]
    image = Image.open(SCREENSHOT).convert("RGB")
    raw = image.tobytes()
    pixels = (raw[i : i + 3] for i in range(0, len(raw), 3))
    highlighted = sum(1 for pixel in pixels if all(abs(a - b) <= 6 for a, b in zip(pixel, HIGHLIGHT, strict=True)))
    assert highlighted > 500, f"only {highlighted} highlighted pixels in {SCREENSHOT}"


@pytest.mark.parametrize("width", [1400, 420])
@pytest.mark.parametrize("count", [3, 6, 12])
def test_every_source_and_card_fits_the_viewport(
    reports: dict[int, Report], count: int, width: int, tmp_path: Path
) -> None:
    from PIL import Image

    chromium = _chromium()
    report = reports[count]
    page = render_html(report)
    measured = tmp_path / "measured.html"
    measured.write_text(_framed(page.replace("</body>", MEASURE + "</body>"), width, 900), encoding="utf-8")
    dom = _run(chromium, "--dump-dom", "--window-size=1400,900", measured.as_uri(), profile=tmp_path / "p1")
    assert dom.returncode == 0, dom.stderr[-500:]
    found = re.search(r'<pre id="geometry">(.+?)</pre>', dom.stdout, flags=re.S)
    assert found, "the measuring script did not run"
    geometry = json.loads(html.unescape(found.group(1)))
    viewport = geometry["clientWidth"]
    assert geometry["innerWidth"] == width and viewport > width - 20
    assert geometry["scrollWidth"] <= viewport, "the page scrolls sideways"
    sources, cards = geometry["sources"], geometry["cards"]
    assert len(sources) == count and len(cards) == len(report.discrepancies) > 0
    for item in sources + cards:
        assert item["left"] >= 0 and item["right"] <= viewport, f"{item['id']} leaves the viewport: {item}"
        assert item["inner"] <= viewport, f"something in {item['id']} leaves the viewport: {item}"
    lefts = {round(s["left"]) for s in sources}
    if width == 420:
        assert len(lefts) == 1, "sources should stack in one column on a phone"
    else:
        assert len(lefts) == min(count, 3), "sources should sit side by side, wrapping into rows"
    framed = tmp_path / "framed.html"
    framed.write_text(_framed(page, width, 2400), encoding="utf-8")
    shot = ARTIFACTS / f"report-{count}-sources-{width}px.png"
    ARTIFACTS.mkdir(exist_ok=True)
    window = f"--window-size={max(width, 500)},2400"
    done = _run(chromium, f"--screenshot={shot}", window, framed.as_uri(), profile=tmp_path / "p2")
    assert done.returncode == 0 and shot.exists(), done.stderr[-500:]
    Image.open(shot).crop((0, 0, width, 2400)).save(shot)
