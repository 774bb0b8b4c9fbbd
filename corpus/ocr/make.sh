#!/usr/bin/env bash
# Rebuilds the OCR fixtures from the enscript PDFs in ../pdf (see README.md). Needs poppler-utils (pdftoppm),
# imagemagick (convert), python3, tesseract 5.3 with its English, French, Spanish and German data, and ocrmypdf
# 14 with img2pdf (Debian 12: apt-get install poppler-utils imagemagick tesseract-ocr tesseract-ocr-eng
# tesseract-ocr-fra tesseract-ocr-spa tesseract-ocr-deu ocrmypdf).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for pdf in "$here"/../pdf/*.enscript.pdf; do
    slug=$(basename "$pdf" .enscript.pdf)
    case $slug in en-*) lang=eng ;; fr-*) lang=fra ;; es-*) lang=spa ;; de-*) lang=deu ;; esac
    for variant in clean scan; do
        dir=$work/$slug-$variant
        mkdir -p "$dir"
        if [ "$variant" = clean ]; then
            # the pages as they are, at 300 dpi in grey
            pdftoppm -r 300 -gray "$pdf" "$dir/p"
            ls "$dir"/p-*.pgm > "$dir/list.txt"
        else
            # a photocopy fed through a scanner: 200 dpi, each page tilted by up to 0.8 degrees (the same angle on
            # every run), grain, a little blur, then black and white
            pdftoppm -r 200 -gray "$pdf" "$dir/p"
            i=0
            for page in "$dir"/p-*.pgm; do
                i=$((i + 1))
                angle=$(python3 -c "import random; random.seed($i * 7 + ${#slug}); print(round(random.uniform(-0.8, 0.8), 2))")
                convert "$page" -rotate "$angle" -background white -flatten -attenuate 0.6 +noise Gaussian \
                    -blur 0x0.7 -threshold 60% "${page%.pgm}.png"
            done
            ls "$dir"/p-*.png > "$dir/list.txt"
        fi
        # text, and a PDF holding only the text layer, as ocrmypdf lays it over the page images
        OMP_THREAD_LIMIT=1 tesseract "$dir/list.txt" "$here/$slug.$variant" -l "$lang" -c textonly_pdf=1 txt pdf \
            > /dev/null 2>&1
        if [ "$variant" = scan ] && [ "$slug" = en-breakfast-shift ]; then
            # one scan made searchable as a user makes it: its page images in a PDF, then ocrmypdf over them
            /usr/bin/python3 -c "import img2pdf, sys; open(sys.argv[1], 'wb').write(img2pdf.convert(
                [l.strip() for l in open(sys.argv[2])], layout_fun=img2pdf.get_fixed_dpi_layout_fun((200, 200))))" \
                "$dir/images.pdf" "$dir/list.txt"
            ocrmypdf -l eng --jobs 2 "$dir/images.pdf" "$here/$slug.ocrmypdf.pdf" > /dev/null 2>&1
        fi
        echo "$slug.$variant"
    done
done
