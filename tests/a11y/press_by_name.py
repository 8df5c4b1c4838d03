#!/usr/bin/python3
"""Presses buttons of a running Sosta window, in order, found on the accessibility bus by
their names: with --touch each is tapped where the screen shows it (a real pointer press
and release through the X server, xdotool), as a finger on the touch screen does;
otherwise its default action is called, as a screen reader does.

Run by tests/help_window.rs inside the test's own D-Bus session with the AT-SPI bus
launched. The names come from the test (the English messages). Writes a JSON report to
--report whatever happens; exit status 0 when every button was pressed.
"""

import argparse
import sys

from atspi_walk import Application, StepFailed, write_report


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--app", default="sosta")
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--report", required=True)
    parser.add_argument("--touch", action="store_true")
    parser.add_argument("--press", nargs="+", required=True, help="button names, in order")
    args = parser.parse_args()

    report = {"pressed": [], "error": None, "tree": ""}
    app = Application(args.app, args.timeout, report, touch=args.touch)
    status = 1
    try:
        app.find_app()
        for name in args.press:
            app.press(app.button(name), f"press {name!r}", name)
        status = 0
    except StepFailed as e:
        report["error"] = str(e)
    except Exception as e:  # Whatever happened, the test reads why.
        report["error"] = f"{type(e).__name__}: {e}"
    finally:
        write_report(app, report, args.report)
    sys.exit(status)


if __name__ == "__main__":
    main()
