#!/usr/bin/python3
"""Books a slot at the running kiosk the way a screen-reader user does: through the
accessibility bus (AT-SPI, what Orca reads), finding every control by its role and its
name, and pressing it with its default action. Never by coordinates.

With --touch it is a sighted visitor's finger instead: each control, found the same way,
is tapped where the screen shows it (its extents on the accessibility bus), as a real
pointer press and release through the X server (xdotool), not by its action.

Run by tests/accessibility.rs inside the test's own D-Bus session, with the AT-SPI bus
launched and `org.a11y.Status IsEnabled` set. The names come from the test (read from the
English messages and from `sosta services --json`), so this script knows no wording.

It writes a JSON report to --report whatever happens: what it found at each step (role,
name, description, states, actions), the last tree it saw, and the error if it stopped.
The Rust test makes its assertions on that report. Exit status 0 when every step was
done, 1 when one could not be.
"""

import argparse
import sys

import pyatspi

from atspi_walk import Application as Kiosk
from atspi_walk import StepFailed, info, write_report


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--app", default="sosta")
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--report", required=True)
    parser.add_argument("--touch", action="store_true",
                        help="tap each control with the pointer instead of its action")
    parser.add_argument("--language", required=True, help="the language button's name")
    parser.add_argument("--languages", nargs="*", default=[],
                        help="every language name the first screen must offer")
    parser.add_argument("--service", required=True, help="the service tile's name")
    parser.add_argument("--slot", required=True, help="the free slot to book, e.g. 10:40")
    parser.add_argument("--unavailable", nargs="*", default=[],
                        help="slots that are past or full and must say so")
    parser.add_argument("--add-another", required=True)
    parser.add_argument("--print", dest="print_", required=True)
    parser.add_argument("--code-heading", required=True,
                        help="the text shown above the visitor's code on the last screen")
    parser.add_argument("--announced", required=True,
                        help="what the kiosk must say by itself once the slip is printed")
    args = parser.parse_args()

    report = {"pressed": [], "error": None, "tree": "", "announcements": []}
    kiosk = Kiosk(args.app, args.timeout, report, touch=args.touch)
    status = 0

    def on_announcement(event):
        report["announcements"].append(str(event.any_data))

    try:
        # What a screen reader is told without asking (live regions), as Orca hears it.
        pyatspi.Registry.registerEventListener(on_announcement, "object:announcement")
        kiosk.find_app()

        # 1. The language screen: every language by its own name.
        kiosk.wait_for("the language buttons",
                       lambda: all(any(b.name == n for b in kiosk.buttons()) for n in args.languages)
                       or None)
        report["languages"] = [info(b) for b in kiosk.buttons()]
        english = kiosk.button(args.language)
        kiosk.press(english, "language", args.language)
        kiosk.gone(args.language, "language")

        # 2. Today: the tile says its status in its description.
        tile = kiosk.button(args.service)
        report["tiles"] = [info(b) for b in kiosk.buttons()]
        report["tile"] = info(tile)
        kiosk.press(tile, "service", args.service)

        # 3. The service's slots: free ones say how many places are left, the others why not.
        slot = kiosk.button(args.slot)
        report["slots"] = [info(b) for b in kiosk.buttons()]
        report["slot"] = info(slot)
        unavailable = [kiosk.button(name) for name in args.unavailable]
        report["unavailable"] = [info(b) for b in unavailable]
        # Pressing a slot that is over or full does nothing: the next press, on the free
        # slot, still finds the slots' screen (the Rust test checks which slot was booked).
        for button, name in zip(unavailable, args.unavailable):
            kiosk.press(button, "unavailable slot", name)
        kiosk.press(slot, "slot", args.slot)

        # 4. Confirm, go back to Today and see the chosen service and slot reported as
        #    selected, as a visitor checking their choice would.
        another = kiosk.button(args.add_another)
        kiosk.press(another, "add another", args.add_another)
        chosen_tile = kiosk.wait_for(
            "the chosen tile reported as selected",
            lambda: next((b for b in kiosk.buttons()
                          if b.name == args.service
                          and b.getState().contains(pyatspi.STATE_SELECTED)), None))
        report["chosen_tile"] = info(chosen_tile)
        kiosk.press(chosen_tile, "service again", args.service)
        chosen_slot = kiosk.wait_for(
            "the chosen slot reported as selected",
            lambda: next((b for b in kiosk.buttons()
                          if b.name == args.slot
                          and b.getState().contains(pyatspi.STATE_SELECTED)), None))
        report["chosen_slot"] = info(chosen_slot)
        kiosk.press(chosen_slot, "slot again", args.slot)

        # 5. Print: the booking is made and the last screen reads out the code.
        print_button = kiosk.button(args.print_)
        report["confirm"] = [info(acc) for acc in kiosk.nodes()]
        kiosk.press(print_button, "print", args.print_)

        def done():
            nodes = [info(acc) for acc in kiosk.nodes()]
            names = [n["name"] for n in nodes]
            if args.code_heading not in names:
                return None
            at = names.index(args.code_heading)
            # The code is the text after "Your code".
            rest = [n for n in nodes[at + 1:] if n["name"]]
            return rest[0] if rest else None

        code = kiosk.wait_for("the visitor's code after printing", done)
        report["code"] = code["name"]
        print(f"code {code['name']!r}", flush=True)
        try:
            kiosk.wait_for(f"the announcement {args.announced!r}",
                           lambda: any(args.announced in a for a in report["announcements"]))
        except StepFailed as e:
            raise StepFailed(f"{e}; the screen reader heard {report['announcements']!r}")
        print(f"announced {report['announcements']!r}", flush=True)
    except StepFailed as e:
        report["error"] = str(e)
        status = 1
    except Exception as e:  # An AT-SPI error: say what and where.
        report["error"] = f"{type(e).__name__}: {e}"
        status = 1
    finally:
        write_report(kiosk, report, args.report)
    if report["error"]:
        print(report["error"], file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())
