#!/usr/bin/python3
"""Watches the waiting room's display (`sosta display`) on the accessibility bus, as a
screen reader would read it: waits until a desk reads `--before` (its title and "—"),
says so by writing the file `--ready`, then waits until the desk reads `--after` (its
title and the number called) and notes the wall-clock time it saw it.

Run by tests/display_window.rs, which calls the number from another program once the
ready file is there. Writes a JSON report to --report whatever happens: the names seen,
the time the new number was read, the last tree, and the error if it stopped. Exit status
0 when both were seen, 1 otherwise.
"""

import argparse
import sys
import time

from atspi_walk import Application, StepFailed, write_report


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--report", required=True)
    parser.add_argument("--ready", required=True)
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("--before", required=True)
    parser.add_argument("--after", required=True)
    args = parser.parse_args()

    report = {"pressed": [], "seen": [], "error": None, "tree": ""}
    display = Application("sosta", args.timeout, report)
    status = 1
    try:
        display.find_app()

        def named(name):
            def pick():
                names = [acc.name for acc in display.nodes() if acc.name]
                report["seen"] = names
                return name in names or None

            return pick

        display.wait_for(f"a desk reading {args.before!r}", named(args.before))
        with open(args.ready, "w") as ready:
            ready.write("ready\n")
        display.wait_for(f"a desk reading {args.after!r}", named(args.after))
        report["after_seen_at"] = time.time()
        status = 0
    except StepFailed as e:
        report["error"] = str(e)
    except Exception as e:  # Whatever happened, the test reads why.
        report["error"] = f"{type(e).__name__}: {e}"
    finally:
        write_report(display, report, args.report)
    sys.exit(status)


if __name__ == "__main__":
    main()
