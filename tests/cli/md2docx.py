#!/usr/bin/env python3
"""Writes a Markdown document as a .docx, for the cross-format test.

Only what the corpus uses: paragraphs (their lines joined), "#" headings,
*italic* and **bold**, footnote references [^n] and definitions, pipe
tables.  Numbers stay typed; emphasis becomes run properties; footnotes go
to word/footnotes.xml.  Usage: md2docx.py IN.md OUT.docx
"""
import re
import sys
import zipfile
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
TOKEN = re.compile(r"\*\*|\*|\[\^([^\]\s]+)\]")


def runs(text, notes):
    """The runs of a paragraph's text: emphasis toggled by * and **."""
    out, italic, bold, at = [], False, False, 0

    def put(chunk):
        if chunk:
            props = ("<w:i/>" if italic else "") + ("<w:b/>" if bold else "")
            props = f"<w:rPr>{props}</w:rPr>" if props else ""
            out.append(f'<w:r>{props}<w:t xml:space="preserve">{escape(chunk)}</w:t></w:r>')

    for m in TOKEN.finditer(text):
        put(text[at:m.start()])
        at = m.end()
        if m.group(0) == "**":
            bold = not bold
        elif m.group(0) == "*":
            italic = not italic
        else:
            notes.setdefault(m.group(1), len(notes) + 1)
            out.append(f'<w:r><w:footnoteReference w:id="{notes[m.group(1)] + 1}"/></w:r>')
    put(text[at:])
    return "".join(out)


def paragraph(text, notes, style=None):
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}{runs(text, notes)}</w:p>"


def convert(source):
    body, notes, definitions = [], {}, {}
    for block in re.split(r"\n\s*\n", source):
        lines = [l.strip() for l in block.strip().splitlines() if l.strip()]
        if not lines:
            continue
        if all(l.startswith("[^") and "]:" in l for l in lines):
            for l in lines:
                label, text = l[2:].split("]:", 1)
                definitions[label] = text.strip()
        elif lines[0].startswith("|"):
            rows = []
            for l in lines:
                cells = [c.strip() for c in l.strip("|").split("|")]
                if all(re.fullmatch(r":?-+:?", c) for c in cells if c):
                    continue
                rows.append("<w:tr>" + "".join(
                    f"<w:tc>{paragraph(c, notes)}</w:tc>" for c in cells) + "</w:tr>")
            body.append("<w:tbl>" + "".join(rows) + "</w:tbl>")
        elif re.match(r"#{1,6} ", lines[0]):
            level = len(lines[0].split(" ", 1)[0])
            body.append(paragraph(" ".join(lines)[level + 1:], notes, f"Heading{level}"))
        else:
            body.append(paragraph(" ".join(lines), notes))
    footnotes = "".join(
        f'<w:footnote w:id="{n + 1}">{paragraph(definitions.get(label, ""), {})}</w:footnote>'
        for label, n in notes.items())
    document = f'<?xml version="1.0" encoding="UTF-8"?>\n<w:document {W}><w:body>{"".join(body)}</w:body></w:document>'
    return document, f'<?xml version="1.0" encoding="UTF-8"?>\n<w:footnotes {W}>{footnotes}</w:footnotes>'


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        document, footnotes = convert(f.read())
    with zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", document)
        z.writestr("word/footnotes.xml", footnotes)


if __name__ == "__main__":
    main()
