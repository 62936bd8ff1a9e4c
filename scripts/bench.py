#!/usr/bin/env python3
"""Heritage Hub's benchmarks, as BENCHMARKS.md reports them. Run by `make bench`, which first
builds the release site; this script then, on SQLite and on PostgreSQL in turn:

1. seeds `seed-demo --scale N` (1,000 practices by default) into a throw-away database and
   starts the release server (rate limits off: the load comes from one address);
2. reads the server's idle RSS;
3. measures with wrk, 64 connections, 10 s, three times (medians quoted): /practices
   unfiltered and filtered, a practice, and beside them a static HTML file of the size of
   /practices served by the same server, each as a visitor without cookies gets it (from the
   page cache), /practices in brotli, and the three again rendered for the request (with a
   cookie, as on every cache miss); a wizard step save; a workshop sign-up;
4. fires 1,000 sign-ups at once at a workshop with 100 seats and counts who got one;
5. reads the RSS again;

then measures the bundle (scripts/bundle_size.py) and runs Lighthouse three times on four pages
(against the SQLite server). The report goes to target/bench/report.md and report.json.
"""

import argparse
import json
import os
import platform
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bundle_size import FIRST_LOAD_BUDGET, ROOT, SITE, DemoServer, fetch, first_practice  # noqa: E402
from bundle_size import measure as measure_bundle  # noqa: E402
from bundle_size import report as bundle_report  # noqa: E402

RUNS = 3
CONNECTIONS = 64
SECONDS = 10
RUSH_SIGN_UPS = 1000
RUSH_WORKSHOP = "scale-rush"
SIGN_UP_WORKSHOP = "scale-workshop-5"
LIGHTHOUSE = Path.home() / ".cache/heritage-hub/lighthouse/node_modules/.bin/lighthouse"
OUT = ROOT / "target" / "bench"

BUDGETS = {
    "gallery_ratio": 0.40,
    "p99_ms": 25.0,
    "first_load_brotli": FIRST_LOAD_BUDGET,
    "lighthouse_performance": 95,
    "lighthouse_accessibility": 100,
    "idle_rss_mb": 60.0,
}


def log(message):
    print(f"[bench] {message}", flush=True)


# --- wrk -----------------------------------------------------------------------------------

def wrk(url, script=None, headers=()):
    """One wrk run: requests per second, p99 in ms, and answers that were not 2xx/3xx."""
    command = ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{SECONDS}s", "--latency", "--timeout", "10s"]
    for header in headers:
        command += ["-H", header]
    if script:
        command += ["-s", script]
    output = subprocess.run(command + [url], capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    value, unit = re.search(r"\s99%\s+([\d.]+)(us|ms|s)\b", output).groups()
    p99 = float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
    failed = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    return {
        "rps": rps,
        "p99_ms": p99,
        "failed": int(failed.group(1)) if failed else 0,
        "socket_errors": sum(map(int, errors.groups())) if errors else 0,
    }


def median_of_runs(url, script=None, headers=()):
    runs = [wrk(url, script, headers) for _ in range(RUNS)]
    return {
        "rps": statistics.median(r["rps"] for r in runs),
        "p99_ms": statistics.median(r["p99_ms"] for r in runs),
        "failed": sum(r["failed"] + r["socket_errors"] for r in runs),
        "runs": runs,
    }


def lua_post(path, body, headers):
    """A wrk script that posts `body` (a Lua expression) to `path` with `headers`."""
    lines = [f'wrk.headers["{name}"] = "{value}"' for name, value in headers.items()]
    return "\n".join(
        [
            'wrk.method = "POST"',
            'wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"',
            *lines,
            "math.randomseed(os.time())",
            "local counter = 0",
            "local id = 0",
            "function setup(thread) thread:set(\"id\", math.random(1, 1e9)) end",
            "function init(args) id = wrk.thread:get(\"id\") end",
            "function request()",
            "  counter = counter + 1",
            f'  return wrk.format(nil, "{path}", nil, {body})',
            "end",
        ]
    )


def write_script(folder, name, text):
    path = Path(folder) / name
    path.write_text(text)
    return str(path)


# --- the site's forms ------------------------------------------------------------------------

def post(address, path, fields, headers=None):
    data = urllib.parse.urlencode(fields).encode()
    request = urllib.request.Request(
        address + path,
        data=data,
        headers={"Origin": address, "Content-Type": "application/x-www-form-urlencoded", **(headers or {})},
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers
    except urllib.error.HTTPError as error:
        return error.code, error.headers


def sign_up_fields(slug, email):
    return {
        "slug": slug,
        "answers[name]": "Ani Hakobyan",
        "answers[email]": email,
        "answers[organisation]": "Gyumri Municipality",
        "answers[organisation_type]": "city-administration",
        "answers[country]": "AM",
        "answers[role]": "technical",
        "answers[consent]": "on",
    }


def lua_form(fields, email_field=None):
    """`fields` url-encoded as a Lua string expression; `email_field` unique per request."""
    parts = []
    for name, value in fields.items():
        key = urllib.parse.quote_plus(name)
        if name == email_field:
            parts.append(f'"{key}=bench-" .. id .. "-" .. counter .. "%40example.org"')
        else:
            parts.append(f'"{key}={urllib.parse.quote_plus(value)}"')
    return ' .. "&" .. '.join(parts)


def draft_cookie(address):
    status, headers = post(address, "/api/save_step", {"step": "organisation", "answers[organisation][first_name]": "Nino"})
    cookie = next((c for c in headers.get_all("Set-Cookie") or [] if c.startswith("hh_draft=")), None)
    if status >= 400 or not cookie:
        sys.exit(f"the first wizard save failed: {status}")
    return cookie.split(";")[0]


def wizard_save_fields():
    return {
        "step": "practice",
        "answers[practice][title]": "Restoring the market halls of Tbilisi",
        "answers[practice][summary]": "Residents and the municipality reopen the covered markets " * 4,
        "answers[practice][description]": "The programme pairs traders with craftspeople. " * 40,
        "answers[practice][city_region]": "Tbilisi",
        "answers[practice][country]": "GE",
        "answers[practice][status]": "ongoing",
        "answers[practice][start_year]": "2019",
    }


def rush(address, count=RUSH_SIGN_UPS):
    """`count` sign-ups released at once; the time until the last is answered, and the answers."""
    barrier = threading.Barrier(count + 1)
    statuses = []
    lock = threading.Lock()

    def one(n):
        barrier.wait()
        status, _ = post(address, "/api/register_for_workshop", sign_up_fields(RUSH_WORKSHOP, f"rush{n}@example.org"))
        with lock:
            statuses.append(status)

    threads = [threading.Thread(target=one, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    barrier.wait()
    started = time.monotonic()
    for thread in threads:
        thread.join()
    return time.monotonic() - started, statuses


# --- the server --------------------------------------------------------------------------------

def rss_mb(pid):
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1)) / 1024


def seats_taken(database_url, folder):
    query = (
        "SELECT r.status, COUNT(*) FROM workshop_registration r JOIN workshop w ON w.id = r.workshop_id "
        f"WHERE w.slug = '{RUSH_WORKSHOP}' GROUP BY r.status"
    )
    if database_url.startswith("sqlite"):
        with sqlite3.connect(Path(folder) / "site.db") as db:
            return dict(db.execute(query).fetchall())
    rows = subprocess.run(
        ["psql", database_url, "-tAF,", "-c", query], capture_output=True, text=True, check=True
    ).stdout
    return {status: int(n) for status, n in (line.split(",") for line in rows.split())}


class PostgresDatabase:
    def __init__(self):
        self.name = f"heritage_hub_bench_{os.getpid()}"
        self.url = f"postgres://postgres@127.0.0.1:5432/{self.name}"

    def __enter__(self):
        subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", self.name], check=True)
        return self

    def __exit__(self, *_):
        subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--force", self.name], check=False)


def bench_database(label, scale, database_url=None, lighthouse=False):
    results = {}
    with DemoServer(database_url=database_url) as server:
        log(f"{label}: seeding --scale {scale}")
        started = time.monotonic()
        seeded = server.run("seed-demo", "--scale", str(scale)).strip()
        results["seed"] = {"seconds": round(time.monotonic() - started, 1), "said": seeded}
        log(f"{label}: {seeded}")
        server.start()
        time.sleep(5)
        results["rss_idle_mb"] = rss_mb(server.process.pid)
        address = server.address

        practice = first_practice(address)
        practices_html = fetch(address + "/practices")
        static = SITE / "bench-static.html"
        static.write_bytes(practices_html)
        try:
            # Visitors without cookies get the page cache's copy; a cookie makes the server
            # render the page for the request, which is what every cache miss costs.
            rendered = ("Cookie: bench=rendered",)
            brotli = ("Accept-Encoding: br",)
            targets = {
                "static": ("/bench-static.html", ()),
                "practices": ("/practices", ()),
                "practices_filtered": ("/practices?theme=social&country=GE", ()),
                "practice": (practice, ()),
                "practices_brotli": ("/practices", brotli),
                "practices_rendered": ("/practices", rendered),
                "practices_filtered_rendered": ("/practices?theme=social&country=GE", rendered),
                "practice_rendered": (practice, rendered),
            }
            results["pages"] = {}
            for name, (path, headers) in targets.items():
                log(f"{label}: wrk {path} {' '.join(headers)}")
                results["pages"][name] = {"path": path, "headers": list(headers), **median_of_runs(address + path, headers=headers)}
        finally:
            static.unlink()
        results["page_bytes"] = {
            "practices": len(practices_html),
            "practices_filtered": len(fetch(address + targets["practices_filtered"][0])),
            "practice": len(fetch(address + practice)),
        }

        with tempfile.TemporaryDirectory() as folder:
            cookie = draft_cookie(address)
            save = lua_post(
                "/api/save_step",
                lua_form(wizard_save_fields()),
                {"Cookie": cookie, "Origin": address},
            )
            log(f"{label}: wrk wizard step save")
            results["wizard_save"] = median_of_runs(address + "/api/save_step", write_script(folder, "save.lua", save))
            sign_up = lua_post(
                "/api/register_for_workshop",
                lua_form(sign_up_fields(SIGN_UP_WORKSHOP, ""), email_field="answers[email]"),
                {"Origin": address},
            )
            log(f"{label}: wrk workshop sign-up")
            results["sign_up"] = median_of_runs(
                address + "/api/register_for_workshop", write_script(folder, "sign_up.lua", sign_up)
            )

        log(f"{label}: {RUSH_SIGN_UPS} sign-ups at once for 100 seats")
        seconds, statuses = rush(address)
        results["rush"] = {
            "seconds": round(seconds, 2),
            "answered": {str(s): statuses.count(s) for s in sorted(set(statuses))},
            "places": seats_taken(server.env["DATABASE_URL"], server.folder.name),
        }
        results["rss_after_load_mb"] = rss_mb(server.process.pid)

        if lighthouse:
            results["lighthouse"] = run_lighthouse(address, practice)
            results["bundle"] = measure_bundle(address)
    return results


# --- Lighthouse ------------------------------------------------------------------------------

def run_lighthouse(address, practice):
    pages = ["/", "/practices", practice, "/submit"]
    figures = {}
    with tempfile.TemporaryDirectory() as folder:
        for page in pages:
            runs = []
            for run in range(RUNS):
                log(f"lighthouse {page} ({run + 1}/{RUNS})")
                output = Path(folder) / "report.json"
                command = [
                    str(LIGHTHOUSE),
                    address + page,
                    "--only-categories=performance,accessibility",
                    "--output=json",
                    f"--output-path={output}",
                    "--quiet",
                    "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
                ]
                # Lighthouse now and then fails to record a trace (NO_NAVSTART); try again.
                for attempt in range(3):
                    done = subprocess.run(command, env={**os.environ, "CHROME_PATH": "/usr/bin/chromium"})
                    if done.returncode == 0:
                        break
                    log(f"lighthouse {page} failed, attempt {attempt + 1} of 3")
                else:
                    raise RuntimeError(f"lighthouse failed three times on {page}")
                report = json.loads(output.read_text())
                audits = report["audits"]
                runs.append(
                    {
                        "performance": round(report["categories"]["performance"]["score"] * 100),
                        "accessibility": round(report["categories"]["accessibility"]["score"] * 100),
                        "lcp_ms": audits["largest-contentful-paint"]["numericValue"],
                        "tbt_ms": audits["total-blocking-time"]["numericValue"],
                        "cls": audits["cumulative-layout-shift"]["numericValue"],
                    }
                )
            figures[page] = {key: statistics.median(r[key] for r in runs) for key in runs[0]} | {"runs": runs}
    return figures


# --- the report ------------------------------------------------------------------------------

def machine():
    cpu = next(
        (line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")),
        platform.processor(),
    )
    memory = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1)) / 1024 / 1024
    rustc = subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip()
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": round(memory, 1),
        "os": platform.platform(),
        "rustc": rustc,
        "date": time.strftime("%Y-%m-%d"),
    }


def verdict(ok):
    return "met" if ok else "**missed**"


def markdown(results):
    m = results["machine"]
    lines = [
        f"Measured on {m['date']}: {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB, {m['os']}, {m['rustc']}.",
        f"Scale: `seed-demo --scale {results['scale']}`. wrk: {CONNECTIONS} connections, 2 threads, "
        f"{SECONDS} s, median of {RUNS} runs.",
        "",
    ]
    for label in ("sqlite", "postgres"):
        r = results[label]
        pages = r["pages"]
        static = pages["static"]["rps"]
        lines += [
            f"### {'SQLite' if label == 'sqlite' else 'PostgreSQL'}",
            "",
            f"Seeding took {r['seed']['seconds']} s: {r['seed']['said']}",
            "",
            "| Request | Requests/s | p99 | vs static | Failed |",
            "| --- | ---: | ---: | ---: | ---: |",
        ]
        for name, page in pages.items():
            ratio = page["rps"] / static if static else 0
            headers = "".join(f" ({h})" for h in page.get("headers", []))
            lines.append(
                f"| `GET {page['path']}`{headers} | {page['rps']:,.0f} | {page['p99_ms']:.1f} ms | {ratio:.0%} | {page['failed']} |"
            )
        for name, title in (("wizard_save", "`POST /api/save_step` (one draft)"), ("sign_up", "`POST /api/register_for_workshop`")):
            lines.append(f"| {title} | {r[name]['rps']:,.0f} | {r[name]['p99_ms']:.1f} ms | | {r[name]['failed']} |")
        rush = r["rush"]
        lines += [
            "",
            f"{RUSH_SIGN_UPS} sign-ups at once for 100 seats: all answered in {rush['seconds']} s "
            f"(statuses {rush['answered']}); places: {rush['places']}.",
            f"RSS: {r['rss_idle_mb']:.1f} MB idle, {r['rss_after_load_mb']:.1f} MB after the load.",
            "",
        ]
    lighthouse = results["sqlite"].get("lighthouse", {})
    if lighthouse:
        lines += [
            "### Lighthouse (mobile, simulated throttling)",
            "",
            "| Page | Performance | Accessibility | LCP | TBT | CLS |",
            "| --- | ---: | ---: | ---: | ---: | ---: |",
        ]
        for page, f in lighthouse.items():
            lines.append(
                f"| `{page}` | {f['performance']:.0f} | {f['accessibility']:.0f} | {f['lcp_ms'] / 1000:.2f} s "
                f"| {f['tbt_ms']:.0f} ms | {f['cls']:.3f} |"
            )
        lines.append("")
    bundle = results["sqlite"].get("bundle")
    if bundle:
        lines += ["### Bundle", "", bundle_report(bundle), ""]
    lines += ["### Budgets", "", "| Budget | Figure | |", "| --- | --- | --- |"]
    for label in ("sqlite", "postgres"):
        pages = results[label]["pages"]
        static = pages["static"]["rps"]
        worst_ratio = min(pages[n]["rps"] / static for n in ("practices", "practices_filtered", "practice"))
        worst_p99 = max(pages[n]["p99_ms"] for n in ("practices", "practices_filtered", "practice"))
        lines.append(f"| gallery ≥ 40% of static ({label}) | lowest {worst_ratio:.0%} | {verdict(worst_ratio >= BUDGETS['gallery_ratio'])} |")
        lines.append(f"| gallery p99 ≤ 25 ms ({label}) | highest {worst_p99:.1f} ms | {verdict(worst_p99 <= BUDGETS['p99_ms'])} |")
        rendered = min(pages[n]["rps"] / static for n in ("practices_rendered", "practices_filtered_rendered", "practice_rendered"))
        lines.append(f"| (rendered for the request, as on a cache miss: lowest {rendered:.0%} of static) | | |")
        idle = results[label]["rss_idle_mb"]
        lines.append(f"| idle RSS ≤ 60 MB ({label}) | {idle:.1f} MB | {verdict(idle <= BUDGETS['idle_rss_mb'])} |")
    if bundle:
        heaviest = max(p["brotli"] for p in bundle["pages"].values())
        lines.append(f"| first-load wasm + JS ≤ 250 KB brotli | heaviest {heaviest:,} B | {verdict(heaviest <= FIRST_LOAD_BUDGET)} |")
    if lighthouse:
        performance = min(f["performance"] for f in lighthouse.values())
        accessibility = min(f["accessibility"] for f in lighthouse.values())
        lines.append(f"| Lighthouse performance ≥ 95 | lowest {performance:.0f} | {verdict(performance >= 95)} |")
        lines.append(f"| Lighthouse accessibility 100 | lowest {accessibility:.0f} | {verdict(accessibility >= 100)} |")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description="Heritage Hub's benchmarks")
    parser.add_argument("--scale", type=int, default=1000, help="published practices to seed (default 1000)")
    parser.add_argument("--only", choices=["sqlite", "postgres"], help="one database only")
    arguments = parser.parse_args()
    results = {"machine": machine(), "scale": arguments.scale}
    if arguments.only != "postgres":
        results["sqlite"] = bench_database("sqlite", arguments.scale, lighthouse=True)
    if arguments.only != "sqlite":
        with PostgresDatabase() as database:
            results["postgres"] = bench_database("postgres", arguments.scale, database.url)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "report.json").write_text(json.dumps(results, indent=2))
    if arguments.only is None:
        (OUT / "report.md").write_text(markdown(results))
        print(markdown(results))
    log(f"written to {OUT}")


if __name__ == "__main__":
    main()
