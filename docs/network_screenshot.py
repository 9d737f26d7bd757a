"""Regenerate the explorer's pictures in docs/: the page at 1 record (the sample, with UNDP's panel: what
was said, with document and line), at 400 records (care services, a focus), at 1,000 records (the overview,
coloured by named community) and at phone width.

    .venv/bin/python docs/network_screenshot.py                    # generates and builds 1,000 and 400 records (~1 min)
    .venv/bin/python docs/network_screenshot.py --build out1000/   # an existing build folder of 1,000 records

Needs Debian's ``chromium`` and the ``playwright`` package (as the browser tests).
At 1500 x 900 (the phone: 390 x 844), after the layout froze.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from consultkg.build.run import make_dataset
from consultkg.extract import extract
from consultkg.network import network_graph, network_html, open_store
from consultkg.read import read_source

REPO = Path(__file__).resolve().parents[1]
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
WIDE, PHONE = {"width": 1500, "height": 900}, {"width": 390, "height": 844}


def shoot(browser, html: bytes, out: Path, tmp: Path, then: str = "", viewport: dict = WIDE) -> None:
    page_file = tmp / (out.stem + ".html")
    page_file.write_bytes(html)
    page = browser.new_page(viewport=viewport, device_scale_factor=1)
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
    page.goto(page_file.as_uri())
    page.wait_for_selector("body[data-ready='1']", state="attached", timeout=60_000)
    if then:
        page.evaluate(then)
    page.wait_for_timeout(400)
    page.screenshot(path=str(out))
    page.close()
    print(f"wrote {out}", file=sys.stderr)


def built(tmp: Path, records: int) -> Path:
    out = tmp / f"build{records}"
    subprocess.run([sys.executable, str(REPO / "bench" / "make_corpus.py"), str(records), "--out", str(tmp / f"in{records}")],
                   check=True, capture_output=True)
    subprocess.run([sys.executable, "-m", "consultkg.cli", "build", str(tmp / f"in{records}"), "--out", str(out),
                    "--no-network"], check=True, capture_output=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--build", type=Path, help="a build folder of 1,000 generated records (else one is made)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name, sync_playwright() as pw:
        tmp = Path(tmp_name)
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        overview = network_graph(open_store(args.build or built(tmp, 1000)))
        page = network_html(overview, title="1,000 generated consultation records")
        shoot(browser, page, REPO / "docs" / "network.png", tmp,
              "location.hash = '#colour=community'; ckg.restore()")
        shoot(browser, page, REPO / "docs" / "network-phone.png", tmp,
              "location.hash = '#theme=care&country=peru'; ckg.restore()", PHONE)
        four = network_graph(open_store(built(tmp, 400)))
        shoot(browser, network_html(four, title="400 generated consultation records"), REPO / "docs" / "network-400.png",
              tmp, "location.hash = '#orgtype=civil-society&theme=gender-based-violence'; ckg.restore();"
                   "var i = ckg.data.details.findIndex(d => d.key === 'gender-based-violence'); ckg.focusNode(i);"
                   "ckg.core.state.depth = 1; ckg.enterFocus(i)")
        record = extract(read_source(REPO / "data" / "lima-peru-government.md"))
        sample = network_graph(make_dataset([("lima-peru-government", record)]))
        shoot(browser, network_html(sample, title="Lima, Peru: government consultation"),
              REPO / "docs" / "network-panel.png", tmp, "ckg.focusNode(ckg.search('UNDP')[0])")
        browser.close()


if __name__ == "__main__":
    main()
