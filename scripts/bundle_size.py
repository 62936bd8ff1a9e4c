#!/usr/bin/env python3
"""The browser bundle's weight: what a first visit to each page fetches before the page is
interactive (the main bundle, the page's lazily loaded parts and the modules they import, as
Chromium fetches them until the page marks itself hydrated), and everything under pkg/, raw,
gzip -9 and brotli -q 11.

    scripts/bundle_size.py --check   starts the release server on a throw-away SQLite database
                                     with the demo content, measures, and fails when the first
                                     load of the home page, of /practices or of a practice,
                                     where visitors arrive, passes the budget (what `make test` runs)

The benchmark script imports `measure` to report the same figures.
"""

import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = Path(os.environ.get("CARGO_TARGET_DIR", Path.home() / ".cache/heritage-hub/target"))
SERVER = TARGET / "release" / "heritage-hub"
SITE = ROOT / "target" / "site"
# wasm + JS of a page's first load, brotli-compressed, in bytes.
FIRST_LOAD_BUDGET = 250_000
# The pages held to the budget: the public ones, where visitors arrive from the call's links and
# from search. The wizard, a long form with instant validation and autosave, is measured only.
CHECKED_PAGES = ["/", "/practices", "{practice}"]
# The site's other languages, one folder of messages each; their pages are held to the budget
# too (a page carries its own language's messages, not the others').
LANGUAGES = sorted(p.name for p in (ROOT / "app" / "locales").iterdir() if p.name != "en")
PAGES = [
    *CHECKED_PAGES,
    "/submit",
    *(f"/{lang}{'' if page == '/' else page}" for lang in LANGUAGES for page in CHECKED_PAGES),
]


def fetch(url):
    request = urllib.request.Request(url, headers={"Accept": "text/html"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read()


def sizes(data):
    brotli = subprocess.run(
        ["brotli", "-c", "-q", "11"], input=data, capture_output=True, check=True
    ).stdout
    return {"raw": len(data), "gzip": len(gzip.compress(data, 9)), "brotli": len(brotli)}


def total(figures):
    return {key: sum(f[key] for f in figures) for key in ("raw", "gzip", "brotli")}


def first_practice(address):
    page = fetch(address + "/practices").decode()
    found = re.search(r"href=\"(/practices/[a-z0-9-]+)\"", page)
    if not found:
        sys.exit("no practice is linked from /practices")
    return found.group(1)


def first_loads(address, paths):
    """What Chromium fetches from /pkg/ on a first visit to each page until it has hydrated."""
    output = subprocess.run(
        ["node", str(ROOT / "scripts" / "first_load.mjs"), address, *paths],
        capture_output=True, text=True, check=True,
    ).stdout
    return json.loads(output)


def measure(address):
    """{"pages": {path: {"files": [...], raw/gzip/brotli}}, "all": {...}, "files": {...}}"""
    cache = {}

    def file_sizes(path):
        if path not in cache:
            cache[path] = sizes(fetch(address + path))
        return cache[path]

    practice = first_practice(address)
    paths = [page.replace("{practice}", practice) for page in PAGES]
    pages = {}
    for path, files in first_loads(address, paths).items():
        pages[path] = {"files": files, **total([file_sizes(f) for f in files])}
    everything = sorted(
        p for p in (SITE / "pkg").iterdir() if p.suffix in (".js", ".wasm")
    )
    all_files = {p.name: sizes(p.read_bytes()) for p in everything}
    return {
        "pages": pages,
        "paths": dict(zip(PAGES, paths)),
        "all": {"count": len(all_files), **total(all_files.values())},
        "files": {path: cache[path] for path in sorted(cache)},
    }


class DemoServer:
    """The release server on a free port, with a throw-away SQLite database and demo content."""

    def __init__(self, extra_env=None, database_url=None):
        self.folder = tempfile.TemporaryDirectory(prefix="heritage-hub-bench-")
        port = free_port()
        self.address = f"http://127.0.0.1:{port}"
        self.env = {
            **os.environ,
            "DATABASE_URL": database_url
            or f"sqlite://{self.folder.name}/site.db?mode=rwc",
            "UPLOAD_DIR": f"{self.folder.name}/uploads",
            "SITE_ADDR": f"127.0.0.1:{port}",
            "LEPTOS_SITE_ROOT": str(SITE),
            "RATE_LIMITS": "off",
            "LOG": "warn",
            **(extra_env or {}),
        }
        self.process = None

    def run(self, *args):
        return subprocess.run(
            [str(SERVER), *args], env=self.env, cwd=ROOT, check=True, capture_output=True, text=True
        ).stdout

    def start(self):
        self.log = open(Path(self.folder.name) / "server.log", "w")
        self.process = subprocess.Popen(
            [str(SERVER), "serve"], env=self.env, cwd=ROOT, stdout=self.log, stderr=self.log
        )
        wait_for(self.address + "/healthz")
        return self

    def stop(self):
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=30)
            self.process = None

    def __enter__(self):
        return self

    def __exit__(self, *_):
        self.stop()
        self.folder.cleanup()


def free_port():
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(url, seconds=60):
    import time

    deadline = time.monotonic() + seconds
    while True:
        try:
            fetch(url)
            return
        except OSError:
            if time.monotonic() > deadline:
                sys.exit(f"{url} did not answer within {seconds} s")
            time.sleep(0.2)


def report(figures):
    lines = ["| Page | Files | Raw | gzip | brotli |", "| --- | ---: | ---: | ---: | ---: |"]
    for path, page in figures["pages"].items():
        lines.append(
            f"| `{path}` | {len(page['files'])} | {page['raw']:,} B | {page['gzip']:,} B "
            f"| **{page['brotli']:,} B** |"
        )
    every = figures["all"]
    lines.append(
        f"| everything under `pkg/` | {every['count']} | {every['raw']:,} B | {every['gzip']:,} B "
        f"| {every['brotli']:,} B |"
    )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when over the budget")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    arguments = parser.parse_args()
    with DemoServer() as server:
        server.run("seed-demo")
        server.start()
        figures = measure(server.address)
    print(json.dumps(figures, indent=2) if arguments.json else report(figures))
    if arguments.check:
        checked_loads = {
            path: figures["pages"][path]["brotli"]
            for page, path in figures["paths"].items()
            if page != "/submit"
        }
        over = {path: size for path, size in checked_loads.items() if size > FIRST_LOAD_BUDGET}
        if over:
            sys.exit("over budget: " + ", ".join(f"the first load of {path} is {size:,} B brotli" for path, size in over.items())
                     + f"; the budget is {FIRST_LOAD_BUDGET:,} B")
        print("within budget: " + ", ".join(f"{path} {size:,} B" for path, size in checked_loads.items())
              + f" of {FIRST_LOAD_BUDGET:,} B brotli")


if __name__ == "__main__":
    main()
