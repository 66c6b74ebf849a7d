#!/usr/bin/env bash
# Renders the pages of the sample report that README.md shows: cover, executive summary, zones, risk heat maps.
# Needs openssl and poppler-utils (pdftotext, pdftoppm). Run from the repository root.
set -euo pipefail
out=assets/readme
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

npm run --silent csms -- demo --out "$work/demo.csms"
# A throwaway self-signed certificate, so the pictured report is signed like the real thing.
openssl req -x509 -newkey rsa:3072 -nodes -days 365 -subj "/CN=Ana Ruiz/O=Riverside assessment team" \
  -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
export CSMS_README_PASS=readme-sample
openssl pkcs12 -export -inkey "$work/key.pem" -in "$work/cert.pem" -out "$work/ana.p12" -passout env:CSMS_README_PASS
npm run --silent csms -- report "$work/demo.csms" --pdf "$work/report.pdf" --date 2026-11-23 \
  --p12 "$work/ana.p12" --p12-pass-env CSMS_README_PASS

pages=$(pdfinfo "$work/report.pdf" | awk '/^Pages:/ {print $2}')
# The first page after the contents whose text holds the heading.
page_of() {
  for ((p = 4; p <= pages; p++)); do
    if pdftotext -f "$p" -l "$p" "$work/report.pdf" - | grep -q "$1"; then echo "$p"; return; fi
  done
  echo "no page with “$1”" >&2; exit 1
}
render() { pdftoppm -r 70 -png -singlefile -f "$1" -l "$1" "$work/report.pdf" "$out/$2"; }
render 1 report-cover
render "$(page_of 'Executive summary')" report-summary
render "$(page_of 'Zone and conduit diagram')" report-zones
render "$(page_of 'Heat maps')" report-risks
echo "Wrote $out/report-{cover,summary,zones,risks}.png from a $pages-page report"
