#!/bin/sh
# Regenerates every icon in resources/ from the two SVGs here. Needs ImageMagick and
# rsvg-convert (Debian: apt-get install imagemagick librsvg2-bin). Run from the repository root.
# All PNGs are written as 8-bit RGBA (PNG32:): 16-bit PNGs are not something every icon
# converter and tray implementation reads (tests/shell/icons.test.ts checks the depth).
set -eu
cd "$(dirname "$0")/.."
png() { rsvg-convert -w "$2" -h "$2" "$1" | convert - -strip PNG32:"$3"; }

png src/icon.svg 512 icon.png
for s in 16 32 48 64 128 256 512; do png src/icon.svg "$s" "icons/${s}x${s}.png"; done

# Windows: the app icon (installer, shortcuts) and the notification-area icon with the sizes
# Windows picks at 100–200 % display scaling.
tmp=$(mktemp -d)
for s in 16 20 24 32 40 48 64 256; do png src/icon.svg "$s" "$tmp/$s.png"; done
convert "$tmp/16.png" "$tmp/20.png" "$tmp/24.png" "$tmp/32.png" "$tmp/40.png" "$tmp/48.png" "$tmp/64.png" "$tmp/256.png" icon.ico
convert "$tmp/16.png" "$tmp/20.png" "$tmp/24.png" "$tmp/32.png" "$tmp/40.png" "$tmp/48.png" tray/tray.ico
rm -rf "$tmp"

# macOS: a template image at 1x and 2x (the name must end in "Template").
png src/tray-template.svg 16 tray/trayTemplate.png
png src/tray-template.svg 32 tray/trayTemplate@2x.png

# Linux status areas: a full-colour PNG they scale to their panel size.
png src/icon.svg 32 tray/tray.png
