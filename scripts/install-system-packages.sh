#!/usr/bin/env bash
# Debian packages briefgen needs beyond Python: Pango (WeasyPrint's text
# engine), HarfBuzz's subsetter (without it WeasyPrint falls back to a much
# slower font subsetting), Cairo (CairoSVG draws the charts of Word documents
# as PNG), the fonts the print stylesheet names, and the
# tools the tests use to read PDFs back (poppler's pdftotext/pdffonts, qpdf).
# Pass --browser to add Chromium for the live-preview browser test and a Java
# runtime for the Nu HTML Checker.
set -euo pipefail

packages=(libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 libcairo2 fonts-liberation2 fonts-dejavu-core poppler-utils qpdf)
if [[ "${1:-}" == "--browser" ]]; then
    packages+=(chromium chromium-driver default-jre-headless)
fi

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [[ ${#missing[@]} -eq 0 ]]; then
    exit 0
fi
if ! command -v apt-get >/dev/null; then
    echo "briefgen: please install with your system's package manager: ${missing[*]}" >&2
    exit 1
fi
sudo=""
if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
echo "installing Debian packages: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
