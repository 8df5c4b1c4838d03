"""What the real-window walkers share (tests/a11y/book_by_name.py for the kiosk,
tests/a11y/console_by_name.py for the station's console): reading an application's tree
on the accessibility bus (AT-SPI, what Orca reads) with pyatspi, finding controls by role
and name, pressing them with their default action or tapping them where the screen shows
them (xdotool), typing real keys (xdotool, through XTEST to the focused window), and the
JSON report the Rust tests assert on.

Imported by the walkers, which run as scripts from this folder (so it is on sys.path).
"""

import json
import subprocess
import time

import pyatspi
from gi.repository import Atspi, GLib


class StepFailed(Exception):
    pass


def info(acc):
    """What a screen reader knows about one node."""
    try:
        states = sorted(pyatspi.stateToString(s) for s in acc.getState().getStates())
    except Exception:  # A node that vanished between two calls.
        states = ["defunct"]
    try:
        action = acc.queryAction()
        actions = [action.getName(i) for i in range(action.nActions)]
    except NotImplementedError:
        actions = []
    except Exception:
        actions = []
    return {
        "role": acc.getRoleName(),
        "name": acc.name or "",
        "description": acc.description or "",
        "states": states,
        "actions": actions,
    }


def walk(acc, depth=0, limit=60):
    """Every node under `acc` with its depth, in reading order."""
    if acc is None or depth > limit:
        return
    yield depth, acc
    try:
        count = acc.childCount
    except Exception:
        return
    for i in range(count):
        try:
            child = acc.getChildAtIndex(i)
        except Exception:
            continue
        yield from walk(child, depth + 1, limit)


def dump(root):
    lines = []
    for depth, acc in walk(root):
        try:
            node = info(acc)
        except Exception as e:
            lines.append("  " * depth + f"<unreadable: {e}>")
            continue
        line = "  " * depth + f"[{node['role']}] {node['name']!r}"
        if node["description"]:
            line += f" ({node['description']!r})"
        line += " " + ",".join(node["states"])
        if node["actions"]:
            line += " actions=" + ",".join(node["actions"])
        lines.append(line)
    return "\n".join(lines)


def pump_events():
    """Delivers the events that arrived (announcements) to their listeners."""
    context = GLib.MainContext.default()
    while context.pending():
        context.iteration(False)


class Application:
    """One application on the accessibility bus, found by its name, whose controls are
    looked up by role and name every time (the screens change under the walker)."""

    def __init__(self, app_name, timeout, report, touch=False):
        self.touch = touch
        self.app_name = app_name
        self.timeout = timeout
        self.report = report
        self.app = None

    def find_app(self):
        deadline = time.monotonic() + self.timeout
        seen = []
        while time.monotonic() < deadline:
            desktop = pyatspi.Registry.getDesktop(0)
            seen = []
            for i in range(desktop.childCount):
                app = desktop.getChildAtIndex(i)
                if app is None:
                    continue
                seen.append(app.name)
                if app.name == self.app_name and app.childCount > 0:
                    # Ask the application every time: the screens change under us and
                    # nothing here listens to events that would keep a cache fresh.
                    try:
                        app.set_cache_mask(Atspi.Cache.NONE)
                    except Exception:
                        pass
                    self.app = app
                    return app
            time.sleep(0.2)
        raise StepFailed(
            f"no application named {self.app_name!r} on the accessibility bus after "
            f"{self.timeout} s (applications seen: {seen})"
        )

    def nodes(self):
        try:
            self.app.clear_cache()
        except Exception:
            pass
        return [acc for _, acc in walk(self.app)]

    def buttons(self):
        found = []
        for acc in self.nodes():
            try:
                if acc.getRole() in (pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON):
                    found.append(acc)
            except Exception:
                continue
        return found

    def wait_for(self, what, pick):
        """Polls the tree until `pick(nodes)` returns something."""
        deadline = time.monotonic() + self.timeout
        last_error = ""
        while True:
            pump_events()
            try:
                found = pick()
            except Exception as e:  # A node went away while the screen changed: look again.
                found, last_error = None, f" (last error: {type(e).__name__}: {e})"
            if found:
                return found
            if time.monotonic() >= deadline:
                raise StepFailed(
                    f"{what}: not in the accessibility tree after {self.timeout} s{last_error}"
                )
            time.sleep(0.2)

    def button(self, name):
        def pick():
            for acc in self.buttons():
                try:
                    if acc.name == name:
                        return acc
                except Exception:
                    continue
            return None

        return self.wait_for(f"a button named {name!r}", pick)

    def press(self, acc, step, expected):
        """Calls the default action of the control found by the name `expected`."""
        node = info(acc)
        if node["name"] != expected:
            raise StepFailed(
                f"{step}: the control found as {expected!r} reads {node['name']!r} when "
                "pressed: the application replaced its controls under the screen reader"
            )
        print(f"press {node['role']} {node['name']!r} ({node['description']!r}) "
              f"{','.join(node['states'])}", flush=True)
        if self.touch:
            self.tap(acc, step, node)
        else:
            action = acc.queryAction()
            if action.nActions < 1:
                raise StepFailed(f"{step}: {node['name']!r} has no default action")
            if not action.doAction(0):
                raise StepFailed(f"{step}: the default action of {node['name']!r} failed")
        self.report["pressed"].append(node["name"])
        return node

    def tap(self, acc, step, node):
        """A press and release of the pointer at the middle of the control on screen."""
        ext = acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        if ext.width <= 0 or ext.height <= 0:
            raise StepFailed(f"{step}: {node['name']!r} has no place on screen ({ext})")
        x, y = ext.x + ext.width // 2, ext.y + ext.height // 2
        self.report.setdefault("taps", []).append(
            {"name": node["name"], "x": x, "y": y, "width": ext.width, "height": ext.height})
        done = subprocess.run(["xdotool", "mousemove", "--sync", str(x), str(y), "click", "1"],
                              capture_output=True, text=True)
        if done.returncode != 0:
            raise StepFailed(f"{step}: xdotool could not tap {node['name']!r}: {done.stderr}")
        # A finger lifts before the next tap; the application redraws in between.
        time.sleep(0.3)

    def gone(self, name, step):
        """Waits until the screen of the control pressed as `name` has left (no button of
        that name is there). The name is the one it was pressed by: the node itself may
        already read otherwise, reused by the next screen."""

        def pick():
            return all(b.name != name for b in self.buttons()) or None

        self.wait_for(f"{step}: the screen with {name!r} to go", pick)


def value_of(acc):
    """What a control holds (Slint's `accessible-value`), as AT-SPI offers it: the Value
    interface's text, else its number, else None when it offers neither."""
    try:
        value = acc.queryValue()
    except NotImplementedError:
        return None
    except Exception:
        return None
    for read in (lambda: value.get_text(), lambda: value.text):
        try:
            text = read()
        except Exception:
            continue
        if isinstance(text, str):
            return text
    try:
        number = value.currentValue
    except Exception:
        return None
    # Slint gives a value that reads as a number as one: 2 is 2.0 on the bus.
    return str(int(number)) if float(number).is_integer() else str(number)


def xdotool(step, *args):
    """Real X11 input: xdotool without --window goes through XTEST to the window that has
    the keyboard focus, exactly as a keyboard's keys do (Shift pressed and released as a
    key of its own before a capital)."""
    print("xdotool " + " ".join(args), flush=True)
    done = subprocess.run(["xdotool", *args], capture_output=True, text=True)
    if done.returncode != 0:
        raise StepFailed(f"{step}: xdotool {' '.join(args)} failed: {done.stderr}")


def write_report(app, report, path):
    """Writes the report with the last tree seen, whatever happened before."""
    try:
        report["tree"] = dump(app.app) if app.app is not None else ""
    except Exception as e:
        report["tree"] = f"<the tree could not be read: {e}>"
    with open(path, "w", encoding="utf-8") as out:
        json.dump(report, out, ensure_ascii=False, indent=1)
