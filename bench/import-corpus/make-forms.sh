#!/bin/sh
# Makes the Word, PowerPoint and PDF forms of the corpus documents in forms/: pandoc
# turns each Markdown or text document into a .docx (and each deck into a .pptx), and
# LibreOffice prints those to PDF, as a council would publish them. The forms are
# committed (they are small), so the benchmark and the tests do not need either tool;
# run this again after changing a document.
set -eu
cd "$(dirname "$0")"
mkdir -p forms
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for source in [0-9][0-9]-*.md [0-9][0-9]-*.txt; do
    stem=${source%.*}
    case "$source" in
    *.txt)
        # A text report has one paragraph a line: keep them apart for pandoc.
        sed 's/$/\n/' "$source" > "$work/$stem.md" ;;
    *)
        cp "$source" "$work/$stem.md" ;;
    esac
    case "$stem" in
    *deck*)
        pandoc -f markdown -t pptx -o "forms/$stem.pptx" "$work/$stem.md"
        soffice --headless --convert-to pdf --outdir forms "forms/$stem.pptx" >/dev/null 2>&1 ;;
    *)
        pandoc -f markdown -t docx -o "forms/$stem.docx" "$work/$stem.md"
        soffice --headless --convert-to pdf --outdir forms "forms/$stem.docx" >/dev/null 2>&1 ;;
    esac
done
ls -l forms
