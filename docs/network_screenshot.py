"""Regenerate docs/network.png: the sample's stakeholder-theme explorer after the layout froze.

    .venv/bin/python docs/network_screenshot.py            # writes docs/network.png

Needs Debian's ``chromium`` and the ``playwright`` package (as the browser tests).
The details panel shows UNDP, as after a search for "UNDP".
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from consultkg.build import make_dataset
from consultkg.extract import extract
from consultkg.network import network_graph, network_html
from consultkg.read import read_source

REPO = Path(__file__).resolve().parents[1]
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]


def main(out: Path = REPO / "docs" / "network.png") -> None:
    record = extract(read_source(REPO / "data" / "lima-peru-government.md"))
    g = network_graph(make_dataset([("lima-peru-government", record)]))
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        page_file = Path(tmp) / "network.html"
        page_file.write_bytes(network_html(g, title="Lima, Peru: government consultation"))
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1500, "height": 900}, device_scale_factor=1)
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
        page.goto(page_file.as_uri())
        page.wait_for_selector("body[data-ready='1']", state="attached")
        undp = page.evaluate("ckg.search('UNDP')[0]")
        page.evaluate(f"ckg.showDetails({undp}); ckg.network.selectNodes([{undp}])")
        page.wait_for_timeout(300)
        page.evaluate("ckg.network.fit()")
        page.wait_for_timeout(500)
        page.screenshot(path=str(out))
        browser.close()
    print(f"wrote {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
