#!/usr/bin/python3
"""Edits a service in the staff station's coordinator console the way a coordinator at the
desk does, through the real input path: every control is found on the accessibility bus
(AT-SPI) by its role and name and pressed with its default action, and every character is
typed as real X11 key events by xdotool (XTEST, to the window that has the keyboard
focus): a capital is Shift pressed, the letter, Shift released, each a key of its own.

Run by tests/console_window.rs inside the test's own D-Bus session, with the AT-SPI bus
launched and `org.a11y.Status IsEnabled` set, once the test has logged in with real keys
and given the station's window the keyboard focus. The names come from the test (read
from the English messages), so this script knows no wording.

Steps: the console, "Edit <service>", the name field, type the new name; the capacity
field, erase what it holds with BackSpace, type the new number; Save; then the list of
services is back.

A field shows a caret ("|") after its text while it has the focus: the station owns that
focus (Rust, not Slint), so the caret on the bus is how this script knows the keys will go
into the field before it types, and that they went in after.

It writes a JSON report to --report whatever happens: what it pressed, what it found at
each step, the last tree it saw, and the error if it stopped. Exit status 0 when every
step was done, 1 when one could not be.
"""

import argparse
import subprocess
import sys
import time

import pyatspi

from atspi_walk import Application, StepFailed, info, value_of, write_report, xdotool

CARET = "|"


class Station(Application):
    def field(self, label):
        return next((b for b in self.buttons() if b.name == label), None)

    def shown(self, field):
        """The words a field shows on screen: its value, a caret after it while it has the
        focus (its placeholder instead while it is empty and has not)."""
        words = []
        for i in range(field.childCount):
            child = field.getChildAtIndex(i)
            if child is not None and child.getRole() == pyatspi.ROLE_LABEL:
                words.append(child.name or "")
        return "".join(words)

    def focused(self, label, step):
        """Waits until the field `label` shows the caret, and returns what it holds."""

        def pick():
            field = self.field(label)
            shown = self.shown(field) if field is not None else ""
            # A tuple, so that an empty field is found too.
            return (shown[:-len(CARET)],) if shown.endswith(CARET) else None

        try:
            return self.wait_for(f"{step}: the caret in the field {label!r}", pick)[0]
        except StepFailed as e:
            raise StepFailed(f"{e}; it shows {self.shows(label)!r}")

    def field_reads(self, label, step, text):
        """Waits until the field `label` shows `text` with the caret after it."""
        shown = text + CARET

        def pick():
            field = self.field(label)
            return field if field is not None and self.shown(field) == shown else None

        try:
            return self.wait_for(f"{step}: the field {label!r} to show {shown!r}", pick)
        except StepFailed as e:
            raise StepFailed(f"{e}; it shows {self.shows(label)!r}")

    def scrolled_to(self, label, over):
        """A field below what the form shows: the form scrolls with the mouse wheel over
        `over` (a control on screen), as a coordinator scrolls, until `label` is there."""
        ext = over.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        x, y = ext.x + ext.width // 2, ext.y + ext.height // 2
        subprocess.run(["xdotool", "mousemove", "--sync", str(x), str(y)], capture_output=True)
        for _ in range(15):
            found = self.field(label)
            if found is not None:
                return found
            subprocess.run(["xdotool", "click", "5"], capture_output=True)
            self.report.setdefault("scrolled", []).append(label)
            time.sleep(0.3)
        return self.button(label)

    def shows(self, label):
        try:
            field = self.field(label)
            return self.shown(field) if field is not None else "<no such field>"
        except Exception as e:
            return f"<unreadable: {e}>"


def read_field(station, field):
    """What a report says of a field: what a screen reader reads, and what it shows."""
    return {**info(field), "value": value_of(field), "shown": station.shown(field)}


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--app", default="sosta")
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--report", required=True)
    parser.add_argument("--console", required=True, help="the button that opens the console")
    parser.add_argument("--edit", required=True, help="the row's edit button, e.g. 'Edit Shower'")
    parser.add_argument("--name-field", required=True, help="e.g. 'Name in English'")
    parser.add_argument("--name", required=True, help="the new name, typed")
    parser.add_argument("--capacity-field", required=True)
    parser.add_argument("--capacity", required=True, help="the new capacity, typed")
    parser.add_argument("--save", required=True)
    parser.add_argument("--listed", required=True,
                        help="a button of the list of services, there once the form is saved")
    args = parser.parse_args()

    report = {"pressed": [], "error": None, "tree": "", "fields": {}}
    station = Station(args.app, args.timeout, report)
    status = 0
    try:
        station.find_app()

        # 1. The console, from the station's top bar.
        station.press(station.button(args.console), "console", args.console)
        station.gone(args.console, "console")

        # 2. The service's edit button on its row.
        station.press(station.button(args.edit), "edit", args.edit)
        station.gone(args.edit, "edit")

        # 3. The name field takes the focus; the name is typed with real keys after what
        #    it holds (nothing of its own: the shipped name is only its placeholder).
        name_field = station.button(args.name_field)
        report["fields"]["name before"] = read_field(station, name_field)
        station.press(name_field, "name field", args.name_field)
        held = station.focused(args.name_field, "name field")
        xdotool("type the name", "type", "--delay", "40", args.name)
        name = held + args.name
        typed = station.field_reads(args.name_field, "name typed", name)
        report["fields"]["name after"] = read_field(station, typed)

        # 4. The capacity: erase what it holds (one BackSpace per character), type anew.
        # The form is taller than the window: it scrolls down to the capacity.
        capacity_field = station.scrolled_to(args.capacity_field, typed)
        report["fields"]["capacity before"] = read_field(station, capacity_field)
        station.press(capacity_field, "capacity field", args.capacity_field)
        held = station.focused(args.capacity_field, "capacity field")
        # The name field gave its focus away: it shows its text without the caret (when it
        # is still on screen after the scroll).
        if station.field(args.name_field) is not None:
            station.wait_for(
                "the name field without the caret",
                lambda: station.shows(args.name_field) == name or None)
        for _ in held:
            xdotool("erase the capacity", "key", "BackSpace")
            time.sleep(0.04)
        station.field_reads(args.capacity_field, "capacity erased", "")
        xdotool("type the capacity", "type", "--delay", "40", args.capacity)
        typed = station.field_reads(args.capacity_field, "capacity typed", args.capacity)
        report["fields"]["capacity after"] = read_field(station, typed)

        # 5. Save: the form closes and the list of services is back.
        station.press(station.button(args.save), "save", args.save)
        station.gone(args.save, "save")
        station.button(args.listed)
        report["list"] = [n for n in map(info, station.nodes()) if n["role"] == "label"]
        print(f"saved: the list is back ({args.listed!r})", flush=True)
    except StepFailed as e:
        report["error"] = str(e)
        status = 1
    except Exception as e:  # An AT-SPI error: say what and where.
        report["error"] = f"{type(e).__name__}: {e}"
        status = 1
    finally:
        write_report(station, report, args.report)
    if report["error"]:
        print(report["error"], file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())
