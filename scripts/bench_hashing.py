#!/usr/bin/env python3
"""Password hashing under attack: starts a Heritage Hub server on a throw-away SQLite database,
fires a burst of concurrent invitation acceptances with random links and sign-ins with random
addresses (each of which the server may hash or verify a password for, at 19 MiB apiece), and
reports the server's resident memory (VmRSS) and /healthz latency before, during and after.

    scripts/bench_hashing.py [BINARY] [--requests 200] [--settle 5]

BINARY defaults to $CARGO_TARGET_DIR/release/heritage-hub. Python 3 standard library only.
"""

import argparse
import os
import random
import socket
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


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def rss_mb(pid):
    """The process's resident memory in MB, from /proc/<pid>/status."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def post(base, endpoint, fields):
    """POSTs `fields` as a form to /api/<endpoint>, as the site's own page does; the status."""
    request = urllib.request.Request(
        f"{base}/api/{endpoint}",
        data=urllib.parse.urlencode(fields).encode(),
        headers={"Origin": base, "Content-Type": "application/x-www-form-urlencoded"},
        method="POST",
    )
    try:
        with OPENER.open(request, timeout=120) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return 0


def healthz_ms(base):
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(f"{base}/healthz", timeout=10) as response:
            response.read()
    except OSError:
        return float("inf")
    return (time.perf_counter() - started) * 1000


def attack(base, n):
    """One request of the burst: an invitation link or a sign-in, each with random secrets."""
    if n % 2 == 0:
        token = "%064x" % random.getrandbits(256)
        password = "a long new passphrase"
        fields = {"token": token, "password": password, "confirmation": password}
        return post(base, "invitation/accept", fields)
    fields = {"email": f"guess{n}-{random.getrandbits(32)}@example.org", "password": "wrong one"}
    return post(base, "staff/sign_in", fields)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    target = os.environ.get("CARGO_TARGET_DIR", "target")
    parser.add_argument("binary", nargs="?", default=f"{target}/release/heritage-hub")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--settle", type=float, default=5.0, help="seconds to wait after")
    args = parser.parse_args()
    if not Path(args.binary).is_file():
        sys.exit(f"no server binary at {args.binary}")

    with tempfile.TemporaryDirectory() as folder:
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        env = dict(
            os.environ,
            DATABASE_URL=f"sqlite://{folder}/hub.db?mode=rwc",
            SITE_ADDR=f"127.0.0.1:{port}",
            RATE_LIMITS="off",
            UPLOAD_DIR=f"{folder}/uploads",
            LOG="warn",
        )
        server = subprocess.Popen(
            [args.binary, "serve"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            deadline = time.time() + 60
            while healthz_ms(base) == float("inf"):
                if time.time() > deadline or server.poll() is not None:
                    sys.exit("the server did not start")
                time.sleep(0.2)
            time.sleep(1)
            idle = rss_mb(server.pid)

            statuses = []
            samples = []  # (seconds since the start, RSS MB, /healthz ms)
            done = threading.Event()

            def sample():
                while not done.is_set():
                    samples.append(
                        (time.perf_counter() - started, rss_mb(server.pid), healthz_ms(base))
                    )
                    time.sleep(0.05)

            def fire(n):
                statuses.append(attack(base, n))

            started = time.perf_counter()
            sampler = threading.Thread(target=sample)
            sampler.start()
            burst = [threading.Thread(target=fire, args=(n,)) for n in range(args.requests)]
            for thread in burst:
                thread.start()
            for thread in burst:
                thread.join()
            took = time.perf_counter() - started
            done.set()
            sampler.join()

            after = []
            for _ in range(int(args.settle)):
                time.sleep(1)
                after.append((rss_mb(server.pid), healthz_ms(base)))

            latencies = [ms for _, _, ms in samples]
            counts = {status: statuses.count(status) for status in sorted(set(statuses))}
            print(f"binary: {args.binary}")
            print(f"cores: {os.cpu_count()}")
            print(f"burst: {args.requests} requests at once, answered in {took:.2f} s: {counts}")
            print(f"RSS idle: {idle:.1f} MB")
            print(f"RSS during the burst: peak {max(rss for _, rss, _ in samples):.1f} MB")
            print(f"RSS after the burst: {', '.join(f'{rss:.1f}' for rss, _ in after)} MB "
                  f"(each second for {len(after)} s)")
            print(f"/healthz during the burst: {len(latencies)} checks, "
                  f"median {statistics.median(latencies):.1f} ms, max {max(latencies):.1f} ms")
            print(f"/healthz after the burst: max {max(ms for _, ms in after):.1f} ms")
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
