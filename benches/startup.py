#!/usr/bin/env python3
"""Startup probe: time from process start until the Today screen is drawn and written as a
1920x1080 PNG, and the peak memory (RSS summed over the process tree, sampled every 5 ms),
for `sosta screenshot today` and for headless Chromium drawing a static HTML page of the
same tiles (the usual alternative for a kiosk). Prints the median of each over N runs;
time and memory come from separate runs, since sampling the memory takes CPU too.

Needs a release build (`cargo build --release`; CARGO_TARGET_DIR is honoured), Debian's
`chromium` and `pip install psutil`. Run: python3 benches/startup.py [RUNS]
"""

import html
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
SOSTA = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target")) / "release" / "sosta"
NOW = "2026-11-25T10:10:00+01:00"


def wall(cmd):
    """Wall seconds from spawn until the process exits, nothing else running alongside."""
    start = time.perf_counter()
    code = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
    if code != 0:
        sys.exit(f"{cmd[0]} failed with {code}")
    return time.perf_counter() - start


def peak_mib(cmd):
    """Peak RSS in MiB summed over the process tree, sampled every 5 ms. A separate run:
    the sampling itself takes CPU, so it would slow the timed runs down."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    root = psutil.Process(proc.pid)
    while proc.poll() is None:
        try:
            tree = [root] + root.children(recursive=True)
            rss = sum(p.memory_info().rss for p in tree if p.is_running())
            peak = max(peak, rss)
        except psutil.Error:
            pass
        time.sleep(0.005)
    if proc.returncode != 0:
        sys.exit(f"{cmd[0]} failed with {proc.returncode}")
    return peak / 2**20


def tiles_page(folder):
    """The Today screen as a static page: the same services, names, icons and statuses."""
    data = subprocess.run(
        [str(SOSTA), "--data-dir", str(folder / "data"), "--lang", "en", "--now", NOW,
         "services", "--json"],
        check=True, capture_output=True, text=True).stdout
    tiles = []
    for s in json.loads(data):
        icon = (ROOT / "assets" / "icons" / f"{s['icon']}.svg").read_text()
        free = next((x for x in s["slots"] if x["state"] == "free"), None)
        status = f"Free at {free['start']} · {free['free']} places" if free else "No waiting"
        tiles.append(f'<div class="tile">{icon}<h2>{html.escape(s["name"])}</h2>'
                     f'<p>{html.escape(status)}</p></div>')
    page = folder / "today.html"
    page.write_text(f"""<!doctype html><html><head><meta charset="utf-8"><style>
body{{margin:0;font-family:'Noto Sans',sans-serif;background:#eef1f5}}
header{{background:#0b3d91;color:#fff;height:120px;font-size:40px;padding:24px}}
main{{display:grid;grid-template-columns:repeat(4,1fr);gap:24px;padding:24px}}
.tile{{background:#fff;border:2px solid #8a929e;border-radius:18px;padding:18px;height:210px}}
.tile svg{{width:77px;height:77px;color:#0b3d91}} h2{{font-size:35px;margin:8px 0}}
p{{background:#e2f3e6;color:#0a5a1c;font-size:26px;border-radius:9px;padding:6px}}
</style></head><body><header>Sosta</header><h1>What do you need today?</h1>
<main>{''.join(tiles)}</main></body></html>""")
    return page


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        page = tiles_page(folder)
        sosta_cmd = [str(SOSTA), "--now", NOW, "--lang", "en", "screenshot", "today",
                     "--size", "1920x1080", "--out", str(folder / "sosta.png")]
        chromium_cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync",
                        f"--user-data-dir={folder / 'profile'}", "--hide-scrollbars",
                        "--window-size=1920,1080", f"--screenshot={folder / 'chromium.png'}",
                        page.as_uri()]
        results = {}
        for name, cmd in (("sosta", sosta_cmd), ("chromium", chromium_cmd)):
            wall(cmd)  # warm the page cache
            results[name] = (statistics.median(wall(cmd) for _ in range(runs)),
                             statistics.median(peak_mib(cmd) for _ in range(runs)))
        for name, (seconds, mib) in results.items():
            print(f"{name:9} median {seconds * 1000:7.1f} ms to a drawn 1920x1080 frame, "
                  f"peak {mib:6.1f} MiB (n={runs})")
        s, c = results["sosta"], results["chromium"]
        print(f"ratio    chromium/sosta: {c[0] / s[0]:.1f}x time, {c[1] / s[1]:.1f}x memory")


if __name__ == "__main__":
    main()
