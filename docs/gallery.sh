#!/usr/bin/env bash
# Redraws the README's gallery with `sosta screenshot` (no display needed).
# SOSTA=path/to/sosta uses that binary instead of building a release one.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${SOSTA:-}" ]; then
    sosta=$SOSTA
else
    cargo build --release --quiet
    sosta="${CARGO_TARGET_DIR:-target}/release/sosta"
fi
out=docs/gallery
mkdir -p "$out"
for screen in language today service confirm done idle; do
    "$sosta" screenshot "$screen" --lang en --size 1280x800 --out "$out/$screen-en.png"
done
"$sosta" screenshot today --lang it --size 1080x1920 --out "$out/today-it-portrait.png"
for screen in station-login station-scan station-verdict station-board station-console \
    station-service station-questions question; do
    "$sosta" screenshot "$screen" --lang en --size 1280x800 --out "$out/$screen-en.png"
done
for lang in ar pa uk; do
    "$sosta" screenshot today --lang "$lang" --size 1280x800 --out "$out/today-$lang.png"
done
# The waiting room's screen on a full HD and an HD television; "Call staff", asked once more.
"$sosta" screenshot display --lang it --size 1920x1080 --out "$out/display-it.png"
"$sosta" screenshot display --lang en --size 1280x720 --out "$out/display-en-1280x720.png"
"$sosta" screenshot help --lang en --size 1280x800 --out "$out/help-en.png"
"$sosta" screenshot standby --lang en --size 1280x800 --out "$out/standby-en.png"
# The small screens: 7-inch panels.
for size in 800x480 1024x600; do
    "$sosta" screenshot today --lang en --size "$size" --out "$out/today-en-$size.png"
    "$sosta" screenshot station-scan --lang en --size "$size" --out "$out/station-scan-en-$size.png"
done
# The funders' report of a month, first page, in Italian (needs python3 and poppler-utils).
month=$(mktemp -d)
"$sosta" --data-dir "$month" --now 2026-12-01T08:00:00+01:00 services >/dev/null
python3 docs/report-month.py "$month/sosta.db" >/dev/null
"$sosta" --data-dir "$month" --now 2026-12-01T08:00:00+01:00 --lang it \
    report --month 2026-11 --format pdf --out "$month/report.pdf"
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$month/report.pdf" "$out/report-it"
rm -rf "$month"
