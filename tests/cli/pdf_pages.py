#!/usr/bin/env python3
"""Looks at a handout PDF's pages as a printer would put them on paper.

    pdf_pages.py FILE.pdf WORK_DIR

Renders every page in grey (pdftoppm), finds where the pictures are
(pdftohtml -xml) and checks that every page has ink, that nothing is printed
in the outer margin, and that every picture shows a figure (dark pixels in
its box). Prints "pages=N pictures=M" and exits 1 with the reason otherwise.
"""
import glob
import os
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

DPI = 50
MARGIN_MM = 11  # the layout keeps 15 mm clear; a little slack for antialiasing


def read_pgm(path):
    with open(path, "rb") as f:
        data = f.read()
    # P5 header: magic, width, height, maxval, each separated by whitespace.
    fields, pos = [], 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        start = pos
        while not data[pos:pos + 1].isspace():
            pos += 1
        fields.append(data[start:pos])
    if fields[0] != b"P5":
        raise ValueError(path + ": not a binary PGM")
    width, height = int(fields[1]), int(fields[2])
    return width, height, data[pos + 1:pos + 1 + width * height]


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def main():
    pdf, work = sys.argv[1], sys.argv[2]
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", pdf, os.path.join(work, "page")], check=True)
    pages = sorted(glob.glob(os.path.join(work, "page-*.pgm")))
    if not pages:
        fail("pdftoppm rendered no page")
    subprocess.run(["pdftohtml", "-q", "-xml", "-zoom", "1", pdf, os.path.join(work, "layout")], check=True)
    root = ElementTree.parse(os.path.join(work, "layout.xml")).getroot()
    xml_pages = root.findall("page")
    if len(xml_pages) != len(pages):
        fail("pdftohtml saw %d pages, pdftoppm %d" % (len(xml_pages), len(pages)))

    pictures = 0
    margin = round(MARGIN_MM / 25.4 * DPI)
    for number, (path, layout) in enumerate(zip(pages, xml_pages), start=1):
        width, height, pixels = read_pgm(path)
        dark = sum(1 for p in pixels if p < 100)
        if dark < width * height * 0.003:
            fail("page %d is (nearly) blank: %d dark pixels" % (number, dark))
        for y in range(height):
            row = pixels[y * width:(y + 1) * width]
            inside = margin <= y < height - margin
            span = row[:margin] + row[width - margin:] if inside else row
            if min(span) < 200:
                fail("page %d: ink in the outer %d mm margin (row %d)" % (number, MARGIN_MM, y))
        scale = width / float(layout.get("width"))
        for image in layout.findall("image"):
            left, top = float(image.get("left")) * scale, float(image.get("top")) * scale
            w, h = float(image.get("width")) * scale, float(image.get("height")) * scale
            if w < 40 or h < 30:  # not a pose picture
                continue
            box = [pixels[y * width + x]
                   for y in range(int(top), int(top + h)) for x in range(int(left), int(left + w))]
            figure = sum(1 for p in box if p < 160)
            if figure < len(box) * 0.02:
                fail("page %d: the picture at %d,%d shows no figure (%d of %d pixels dark)"
                     % (number, left, top, figure, len(box)))
            pictures += 1
    print("pages=%d pictures=%d" % (len(pages), pictures))


if __name__ == "__main__":
    main()
