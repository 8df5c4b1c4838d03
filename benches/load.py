#!/usr/bin/env python3
"""A drop-in's week on one PostgreSQL database, as processes: 4 kiosks booking and 6 desk
stations scanning and serving, the site clock running fast (seven 09:00-16:00 days in
SECONDS of wall time), every booking and scan through the real `sosta` binary. At the end
it checks what must hold whatever ran at once:

- no slot holds more bookings than its capacity, no queue number is given twice;
- every booking a kiosk reported is in the database;
- every slip was served at most once, though two desks scanned each one, and the database
  says served exactly for the slips a desk heard "served" for.

Prints bookings per second, the median and p99 latency of a booking and of a scan, and the
errors (anything but a booking, a refusal or a verdict), which must be 0.

    export SOSTA_TEST_PG_URL=...   # an administrator URL, e.g. from `bash .ci/pg-setup`
    python3 benches/load.py [SECONDS] [BINARY]

SECONDS defaults to 600; BINARY to target/release/sosta under CARGO_TARGET_DIR or ./target.
"""

import datetime
import json
import os
import queue
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time

SECONDS = float(sys.argv[1]) if len(sys.argv) > 1 else 600.0
TARGET = os.environ.get("CARGO_TARGET_DIR", "target")
BINARY = sys.argv[2] if len(sys.argv) > 2 else os.path.join(TARGET, "release", "sosta")
ADMIN = os.environ["SOSTA_TEST_PG_URL"]
KIOSKS, STATIONS = 4, 6
DAY = datetime.datetime(2026, 11, 25, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
DAY_SECONDS = 7 * 3600
DAYS = 7
SERVICES = ["shower", "laundry", "meal", "harm-reduction-kit", "phone-charging", "nurse"]


def psql(url, sql):
    out = subprocess.run(
        ["psql", url, "-Atc", sql], check=True, capture_output=True, text=True
    )
    return out.stdout.strip()


def site_clock(start):
    """The site's time now: the week's opening hours pass in SECONDS of wall time."""
    elapsed = (time.monotonic() - start) * DAYS * DAY_SECONDS / SECONDS
    elapsed = min(elapsed, DAYS * DAY_SECONDS - 1)
    day, into = divmod(elapsed, DAY_SECONDS)
    return (DAY + datetime.timedelta(days=day, seconds=into)).isoformat()


def main():
    name = f"sosta_load_{os.getpid()}"
    base = ADMIN.rsplit("/", 1)[0]
    url = f"{base}/{name}"
    psql(ADMIN, f"DROP DATABASE IF EXISTS {name}")
    psql(ADMIN, f"CREATE DATABASE {name}")
    folders = []
    for i in range(KIOSKS + STATIONS):
        folder = tempfile.mkdtemp(prefix="sosta-load-")
        with open(os.path.join(folder, "sosta.toml"), "w") as f:
            f.write(
                f'[site]\nkiosk = "kiosk-{i}"\n[kiosk]\nrebook_minutes = 0\n'
                f'[database]\nurl = "{url}"\n'
            )
        folders.append(folder)

    def run(folder, now, *args):
        began = time.monotonic()
        out = subprocess.run(
            [BINARY, "--data-dir", folder, "--lang", "en", "--now", now, *args],
            capture_output=True,
            text=True,
        )
        return out, time.monotonic() - began

    # The first run makes the schema and the site's keys.
    out, _ = run(folders[0], DAY.isoformat(), "services", "--json")
    assert out.returncode == 0, out.stderr

    slips = queue.Queue()
    lock = threading.Lock()
    booked, book_times, scan_times, errors = [], [], [], []
    served_heard = {}
    refused = [0]
    start = time.monotonic()
    deadline = start + SECONDS

    def kiosk(i):
        rng = random.Random(i)
        while time.monotonic() < deadline:
            service = rng.choice(SERVICES)
            out, took = run(folders[i], site_clock(start), "book", service, "--json")
            with lock:
                book_times.append(took)
                if out.returncode == 0:
                    slip = json.loads(out.stdout)
                    # The database keeps the code without the dash printed for reading.
                    code = slip["code"].replace("-", "")
                    booked.append(code)
                    # Two desks scan every slip.
                    slips.put((service, slip["payload"], code))
                    slips.put((service, slip["payload"], code))
                elif out.returncode == 1 and "The database" not in out.stderr:
                    refused[0] += 1
                else:
                    errors.append(out.stderr.strip())

    def station(i):
        while time.monotonic() < deadline or not slips.empty():
            try:
                service, payload, code = slips.get(timeout=0.5)
            except queue.Empty:
                continue
            out, took = run(
                folders[KIOSKS + i],
                site_clock(start),
                "scan", payload, "--desk", service, "--serve", "--json",
            )
            with lock:
                scan_times.append(took)
                if out.returncode != 0:
                    errors.append(out.stderr.strip())
                    continue
                verdict = json.loads(out.stdout)["verdict"]
                if verdict == "served":
                    served_heard[code] = served_heard.get(code, 0) + 1

    threads = [threading.Thread(target=kiosk, args=(i,)) for i in range(KIOSKS)]
    threads += [threading.Thread(target=station, args=(i,)) for i in range(STATIONS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - start

    # The invariants, read from the database itself.
    over = psql(
        url,
        """SELECT count(*) FROM (
             SELECT b.service_id, b.day, b.slot_start, count(*) AS n, max(s.capacity) AS cap
             FROM booking b JOIN service s ON s.id = b.service_id
             WHERE b.status != 'cancelled' AND s.mode = 'slots'
             GROUP BY b.service_id, b.day, b.slot_start) t WHERE n > cap""",
    )
    over_queue = psql(
        url,
        """SELECT count(*) FROM (
             SELECT b.service_id, b.day, count(*) AS n, max(s.capacity) AS cap
             FROM booking b JOIN service s ON s.id = b.service_id
             WHERE b.status != 'cancelled' AND s.mode = 'queue'
             GROUP BY b.service_id, b.day) t WHERE n > cap""",
    )
    twice = psql(
        url,
        "SELECT count(*) FROM (SELECT service_id, day, number FROM booking "
        "WHERE number IS NOT NULL GROUP BY 1, 2, 3 HAVING count(*) > 1) t",
    )
    stored = set(psql(url, "SELECT short_code FROM visit").split())
    missing = [c for c in booked if c not in stored]
    served_db = set(
        psql(
            url,
            "SELECT v.short_code FROM booking b JOIN visit v ON v.id = b.visit_id "
            "WHERE b.status = 'served'",
        ).split()
    )
    served_twice = [c for c, n in served_heard.items() if n > 1]
    served_mismatch = served_db ^ set(served_heard)
    psql(ADMIN, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def ms(values, q):
        if not values:
            return float("nan")
        values = sorted(values)
        return 1000 * values[min(len(values) - 1, int(q * len(values)))]

    print(f"{KIOSKS} kiosks, {STATIONS} stations, {wall:.0f} s of wall time for {DAYS} days")
    print(f"bookings: {len(booked)} made, {refused[0]} refused (full or closed), "
          f"{len(booked) / wall:.1f} bookings/s")
    print(f"booking latency (a whole `sosta book` process): median {ms(book_times, 0.5):.0f} ms, "
          f"p99 {ms(book_times, 0.99):.0f} ms")
    print(f"scans: {len(scan_times)}, latency median {ms(scan_times, 0.5):.0f} ms, "
          f"p99 {ms(scan_times, 0.99):.0f} ms; served {len(served_heard)}")
    print(f"errors: {len(errors)}")
    for e in errors[:5]:
        print("  ", e.splitlines()[0] if e else "(no message)")
    problems = {
        "slots over capacity": int(over),
        "queues over capacity": int(over_queue),
        "queue numbers given twice": int(twice),
        "reported bookings missing": len(missing),
        "slips served twice": len(served_twice),
        "served in the database but not heard, or heard but not stored": len(served_mismatch),
        "errors": len(errors),
    }
    for what, n in problems.items():
        print(f"{what}: {n}")
    sys.exit(0 if not any(problems.values()) and booked else 1)


if __name__ == "__main__":
    main()
