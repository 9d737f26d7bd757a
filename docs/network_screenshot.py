"""Regenerate docs/network.png (the overview of a 1,000-record build) and docs/network-panel.png (the sample,
with UNDP's panel: what was said, with document and line).

    .venv/bin/python docs/network_screenshot.py                    # generates and builds 1,000 records (~30 s)
    .venv/bin/python docs/network_screenshot.py --build out1000/   # an existing build folder

Needs Debian's ``chromium`` and the ``playwright`` package (as the browser tests).
Both at 1500 x 900, after the layout froze.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from consultkg.build import make_dataset
from consultkg.extract import extract
from consultkg.network import network_graph, network_html, open_store
from consultkg.read import read_source

REPO = Path(__file__).resolve().parents[1]
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]


def shoot(browser, html: bytes, out: Path, tmp: Path, then: str = "") -> None:
    page_file = tmp / (out.stem + ".html")
    page_file.write_bytes(html)
    page = browser.new_page(viewport={"width": 1500, "height": 900}, device_scale_factor=1)
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
    page.goto(page_file.as_uri())
    page.wait_for_selector("body[data-ready='1']", state="attached", timeout=60_000)
    if then:
        page.evaluate(then)
    page.wait_for_timeout(400)
    page.screenshot(path=str(out))
    page.close()
    print(f"wrote {out}", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--build", type=Path, help="a build folder of 1,000 generated records (else one is made)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name, sync_playwright() as pw:
        tmp = Path(tmp_name)
        build = args.build
        if build is None:
            build = tmp / "build"
            subprocess.run([sys.executable, str(REPO / "bench" / "make_corpus.py"), "1000", "--out", str(tmp / "in")],
                           check=True, capture_output=True)
            subprocess.run([sys.executable, "-m", "consultkg.cli", "build", str(tmp / "in"), "--out", str(build),
                            "--no-network"], check=True, capture_output=True)
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        overview = network_graph(open_store(build))
        shoot(browser, network_html(overview, title="1,000 generated consultation records"),
              REPO / "docs" / "network.png", tmp)
        record = extract(read_source(REPO / "data" / "lima-peru-government.md"))
        sample = network_graph(make_dataset([("lima-peru-government", record)]))
        shoot(browser, network_html(sample, title="Lima, Peru: government consultation"),
              REPO / "docs" / "network-panel.png", tmp, "ckg.focusNode(ckg.search('UNDP')[0]); ckg.network.fit()")
        browser.close()


if __name__ == "__main__":
    main()
