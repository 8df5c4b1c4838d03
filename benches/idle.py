#!/usr/bin/env python3
"""Idle probe: how much of a core the kiosk and the staff station use when nobody touches
them, in a real X11 window (Xvfb, software renderer, as on a kiosk PC without a GPU).

Each window is started on a fresh data folder at a busy demo hour, left 10 s to settle,
then its CPU time (user + system, from /proc/PID/stat) is read over SECONDS. An idle screen
should draw nothing between the minutes: only the clock's minute changes it.

Needs Xvfb (`bash .ci/x11-setup`) and a build of the binary.
Run: python3 benches/idle.py [SECONDS] [path/to/sosta]   (default 60 s, target/release/sosta)
"""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOW = "2026-11-25T10:10:05+01:00"
TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid):
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    # utime and stime are fields 14 and 15 of the whole line (11 and 12 after the name).
    return (int(fields[11]) + int(fields[12])) / TICKS


def free_display():
    for n in range(120, 250):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return n
    raise SystemExit("no free X display")


def idle_share(sosta, verb, seconds):
    n = free_display()
    xvfb = subprocess.Popen(
        ["Xvfb", f":{n}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while not Path(f"/tmp/.X11-unix/X{n}").exists():
            time.sleep(0.05)
        with tempfile.TemporaryDirectory() as data:
            env = dict(os.environ, DISPLAY=f":{n}", SLINT_BACKEND="winit-software")
            cmd = [str(sosta), "--data-dir", data, "--now", NOW, "--lang", "en", *verb]
            proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                time.sleep(10)
                before, start = cpu_seconds(proc.pid), time.monotonic()
                time.sleep(seconds)
                after, end = cpu_seconds(proc.pid), time.monotonic()
                return 100.0 * (after - before) / (end - start)
            finally:
                proc.kill()
                proc.wait()
    finally:
        xvfb.kill()
        xvfb.wait()


def main():
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 60.0
    sosta = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "target" / "release" / "sosta"
    for name, verb in [
        ("kiosk, language screen", ["kiosk"]),
        ("station, login screen", ["staff", "--desk", "shower"]),
    ]:
        share = idle_share(sosta, verb, seconds)
        print(f"{name}: {share:.2f}% of a core over {seconds:.0f} s idle")


if __name__ == "__main__":
    main()
