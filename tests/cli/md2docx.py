#!/usr/bin/env python3
"""Writes a Markdown document as a .docx, for the cross-format test.

Only what the corpus uses: paragraphs (their lines joined), "#" headings,
*italic* and **bold**, footnote references [^n] and definitions, pipe
tables.  Emphasis becomes run properties; footnotes go to
word/footnotes.xml.  With --numbering, paragraphs typed "1." and "(a)"
become Word's automatic numbering (a list restarted at each "1."), where
the typed numbers run in order.  Usage: md2docx.py [--numbering] IN.md OUT.docx
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


def paragraph(text, notes, style=None, number=None):
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    if number:
        props += f'<w:numPr><w:ilvl w:val="{number[1]}"/><w:numId w:val="{number[0]}"/></w:numPr>'
    props = f"<w:pPr>{props}</w:pPr>" if props else ""
    return f"<w:p>{props}{runs(text, notes)}</w:p>"


class Lists:
    """Typed numbers turned into lists: "1." opens one, "2." goes on with
    it, "(a)" is its second level; a number out of order stays typed."""

    def __init__(self):
        self.count, self.expect = 0, None

    def take(self, text):
        m = re.match(r"(\d+)\. (.*)", text) or re.match(r"\(([a-h])\) (.*)", text)
        if not m:
            return text, None
        label, rest = m.groups()
        if label == "1":
            self.count += 1
            self.expect = [2, "a"]
            return rest, (self.count, 0)
        if self.expect and label == str(self.expect[0]):
            self.expect = [self.expect[0] + 1, "a"]
            return rest, (self.count, 0)
        if self.expect and label == self.expect[1]:
            self.expect[1] = chr(ord(label) + 1)
            return rest, (self.count, 1)
        return text, None

    def xml(self):
        levels = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
                  '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>')
        nums = "".join(f'<w:num w:numId="{n}"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">'
                       f'<w:startOverride w:val="1"/></w:lvlOverride></w:num>'
                       for n in range(1, self.count + 1))
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n<w:numbering {W}>'
                f'<w:abstractNum w:abstractNumId="0">{levels}</w:abstractNum>{nums}</w:numbering>')


def convert(source, lists):
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
            text, number = lists.take(" ".join(lines)) if lists else (" ".join(lines), None)
            body.append(paragraph(text, notes, number=number))
    footnotes = "".join(
        f'<w:footnote w:id="{n + 1}">{paragraph(definitions.get(label, ""), {})}</w:footnote>'
        for label, n in notes.items())
    document = f'<?xml version="1.0" encoding="UTF-8"?>\n<w:document {W}><w:body>{"".join(body)}</w:body></w:document>'
    return document, f'<?xml version="1.0" encoding="UTF-8"?>\n<w:footnotes {W}>{footnotes}</w:footnotes>'


def main():
    args = sys.argv[1:]
    lists = Lists() if args[0] == "--numbering" else None
    source, target = args[-2:]
    with open(source, encoding="utf-8") as f:
        document, footnotes = convert(f.read(), lists)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", document)
        z.writestr("word/footnotes.xml", footnotes)
        if lists:
            z.writestr("word/numbering.xml", lists.xml())


if __name__ == "__main__":
    main()
