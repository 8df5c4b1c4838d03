#!/usr/bin/env bash
# Redraws the README's gallery with `sosta screenshot` (no display needed).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
sosta=target/release/sosta
out=docs/gallery
mkdir -p "$out"
for screen in language today service confirm done idle; do
    "$sosta" screenshot "$screen" --lang en --size 1280x800 --out "$out/$screen-en.png"
done
"$sosta" screenshot today --lang it --size 1080x1920 --out "$out/today-it-portrait.png"
for screen in station-login station-scan station-verdict station-board; do
    "$sosta" screenshot "$screen" --lang en --size 1280x800 --out "$out/$screen-en.png"
done
for lang in ar pa uk; do
    "$sosta" screenshot today --lang "$lang" --size 1280x800 --out "$out/today-$lang.png"
done
