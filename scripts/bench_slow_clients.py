#!/usr/bin/env python3
"""Measures how the server holds up against a huge upload field and slow clients.

Starts the given heritage-hub binary on a fresh SQLite database and a free port, then prints:
  1. its resident memory (VmRSS) before, at peak (VmHWM) and after a multipart POST to
     /submit/upload whose one text field is 150 MB, streamed, and the answer's status and time;
  2. how long a socket that sends a request header a byte at a time stays open;
  3. /healthz's latency while 500 sockets hold half-sent headers.

Usage: scripts/bench_slow_clients.py [path/to/heritage-hub]
(default: $CARGO_TARGET_DIR/release/heritage-hub). Python 3 standard library only.
"""

import os
import socket
import subprocess
import sys
import tempfile
import threading
import time

MB = 1024 * 1024
BOUNDARY = "bench-boundary"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def memory_kb(pid, field):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"no {field} for {pid}")


def wait_for_health(port, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            status, _ = health(port)
            if status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError("the server did not answer /healthz")


def read_head(sock):
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(4096)
        if not chunk:
            break
        data += chunk
    return data


def health(port):
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        head = read_head(sock)
    status = int(head.split()[1]) if head else 0
    return status, time.monotonic() - started


def huge_text_field(port, length):
    """Streams a multipart body with one text field of `length` bytes; returns the status,
    the seconds to the answer and the bytes the server took before it stopped reading."""
    origin = f"http://127.0.0.1:{port}"
    opening = (
        f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"answers[media][note]\"\r\n\r\n"
    ).encode()
    closing = f"\r\n--{BOUNDARY}--\r\n".encode()
    head = (
        f"POST /submit/upload HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nOrigin: {origin}\r\n"
        f"Accept: application/json\r\n"
        f"Content-Type: multipart/form-data; boundary={BOUNDARY}\r\n"
        f"Content-Length: {len(opening) + length + len(closing)}\r\n\r\n"
    ).encode()
    sock = socket.create_connection(("127.0.0.1", port), timeout=60)
    sent = [0]

    def send():
        chunk = b"a" * (64 * 1024)
        try:
            sock.sendall(head + opening)
            while sent[0] < length:
                sock.sendall(chunk)
                sent[0] += len(chunk)
            sock.sendall(closing)
        except OSError:
            pass

    started = time.monotonic()
    sender = threading.Thread(target=send)
    sender.start()
    try:
        answer = read_head(sock)
    except OSError:
        answer = b""
    took = time.monotonic() - started
    sender.join(timeout=60)
    sock.close()
    status = int(answer.split()[1]) if answer else 0
    return status, took, sent[0]


def trickled_header_lasts(port, limit=60):
    sock = socket.create_connection(("127.0.0.1", port))
    sock.settimeout(1)
    header = b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: slow"
    started = time.monotonic()
    index = 0
    while time.monotonic() - started < limit:
        try:
            sock.send(header[index % len(header) : index % len(header) + 1])
            index += 1
            if sock.recv(1024) == b"":
                break
        except socket.timeout:
            continue
        except OSError:
            break
    sock.close()
    return time.monotonic() - started


def main():
    target = os.environ.get("CARGO_TARGET_DIR", "target")
    binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(target, "release", "heritage-hub")
    folder = tempfile.mkdtemp(prefix="hh-bench-slow-")
    port = free_port()
    env = dict(
        os.environ,
        DATABASE_URL=f"sqlite://{folder}/hub.db?mode=rwc",
        SITE_ADDR=f"127.0.0.1:{port}",
        RATE_LIMITS="off",
        UPLOAD_DIR=f"{folder}/uploads",
        LEPTOS_SITE_ROOT=f"{folder}/site",
        LOG="warn",
    )
    server = subprocess.Popen([binary, "serve"], env=env, stderr=subprocess.DEVNULL)
    try:
        wait_for_health(port)
        print(f"binary: {binary}")
        # Warm: one small upload starts a draft and opens the pools.
        huge_text_field(port, 4)
        before = memory_kb(server.pid, "VmRSS")
        status, took, taken = huge_text_field(port, 150 * MB)
        time.sleep(1)
        peak = memory_kb(server.pid, "VmHWM")
        after = memory_kb(server.pid, "VmRSS")
        print(
            f"150 MB text field: status {status} in {took:.2f} s; the server took "
            f"{taken / MB:.1f} MB of it before it stopped reading"
        )
        print(
            f"RSS: before {before / 1024:.1f} MB, peak {peak / 1024:.1f} MB "
            f"(+{(peak - before) / 1024:.1f} MB), after {after / 1024:.1f} MB"
        )

        lasted = trickled_header_lasts(port)
        print(f"a header sent byte by byte: closed after {lasted:.1f} s")

        idle = [health(port)[1] for _ in range(5)]
        slow = []
        for _ in range(500):
            sock = socket.create_connection(("127.0.0.1", port))
            sock.sendall(b"GET / HTTP/1.1\r\nHo")
            slow.append(sock)
        with_slow = [health(port) for _ in range(5)]
        print(
            f"/healthz: {min(idle) * 1000:.1f}-{max(idle) * 1000:.1f} ms alone; "
            f"{min(t for _, t in with_slow) * 1000:.1f}-{max(t for _, t in with_slow) * 1000:.1f} ms "
            f"(statuses {sorted({s for s, _ in with_slow})}) with 500 half-sent headers open"
        )
        for sock in slow:
            sock.close()
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
