#!/usr/bin/env bash
# Rebuilds the PDF fixtures from the corpus (see README.md). Needs: enscript, ghostscript (ps2pdf),
# python3, and for the afterwriting ones node with `npm install afterwriting@1.17.3` in $AFTERWRITING_DIR.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
corpus=$(dirname "$here")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Plain text -> PostScript -> PDF. enscript reads Latin-1, so the few characters outside it are spelled
# out first; -L keeps the text's own page length so its page numbers stay at the top of each page.
latin1() {
    python3 - "$1" "$2" <<'PY'
import sys
b = open(sys.argv[1], 'rb').read()
if b[:2] in (b'\xff\xfe', b'\xfe\xff'):
    t = b.decode('utf-16')
else:
    try:
        t = b.decode('utf-8')
    except UnicodeDecodeError:
        t = b.decode('cp1252')
t = t.lstrip('\ufeff').replace('\r\n', '\n')
for k, v in {'\u2019': "'", '\u2018': "'", '\u201c': '"', '\u201d': '"', '\u2014': '--', '\u20ac': 'EUR', '\u0131': 'i'}.items():
    t = t.replace(k, v)
open(sys.argv[2], 'wb').write(t.encode('latin-1'))
PY
}
# slug paper lines-per-page (0: the text's own form feeds break the pages)
while read -r slug paper lines; do
    latin1 "$corpus/$slug/$slug.txt" "$work/$slug.txt"
    opts=(-q -B -f Courier10 --margins=36:36:36:36 -M "$paper")
    [ "$lines" != 0 ] && opts+=(-L "$lines")
    enscript "${opts[@]}" -o "$work/$slug.ps" "$work/$slug.txt"
    ps2pdf -sPAPERSIZE="$(echo "$paper" | tr 'A-Z' 'a-z')" "$work/$slug.ps" "$here/$slug.enscript.pdf"
done <<'LIST'
en-salt-ledger Letter 55
en-lowwater Letter 55
en-breakfast-shift Letter 58
de-stellwerk Letter 55
es-casa-de-las-palomas Letter 54
es-objetos-perdidos Letter 52
en-kestrel-wharf A4 0
fr-permanence-de-nuit A4 0
en-coyles-well A4 52
fr-derniere-maree A4 55
de-aufgeschlossen A4 56
LIST

# Fountain -> PDF with afterwriting (Courier Prime, its own page layout).
aw=${AFTERWRITING_DIR:-}/node_modules/.bin/afterwriting
if [ -x "$aw" ]; then
    while read -r slug profile; do
        fountain="$corpus/$slug/$slug.fountain"
        if [ ! -f "$fountain" ]; then
            fountain="$work/$slug.fountain"
            python3 "$here/tagged-to-fountain.py" "$corpus/sources/$slug.tagged" "$fountain"
        fi
        echo "{\"print_profile\":\"$profile\"}" > "$work/$profile.json"
        "$aw" --source "$fountain" --pdf "$here/$slug.afterwriting.pdf" --config "$work/$profile.json" --overwrite >/dev/null
    done <<'LIST'
en-salt-ledger usletter
fr-derniere-maree a4
LIST
else
    echo "afterwriting not found (set AFTERWRITING_DIR): kept the afterwriting fixtures as they are" >&2
fi
