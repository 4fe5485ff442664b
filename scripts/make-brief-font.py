"""
Makes src/ui/brief/font/NotoSansSC-Brief.ttf, the font the brief's PDF writes its text in.

Why this file exists: the PDF is made in the browser by jsPDF, which embeds TrueType (glyf)
fonts only, and subsets them to the glyphs a page uses when it writes the file. Noto Sans CJK
(SIL Open Font License 1.1, font/OFL.txt) is published as OpenType/CFF; pdf-lib with
@pdf-lib/fontkit embeds CFF but its CFF subsets are broken for CJK (the embedded font is
rejected by FreeType/poppler: Hopding/pdf-lib#1232, cantoo-scribe/pdf-lib#144) and the package
is no longer maintained. So the CFF outlines are converted here, once, to TrueType quadratics,
keeping only the characters a brief can need:

  - every character of GB 2312 (6 763 hanzi, both levels, and its punctuation and symbols);
  - printable ASCII, Latin-1, general punctuation, CJK punctuation, full-width forms, ㎡ …;
  - every non-ASCII character in the app's sources (src/, the i18n strings) and sample data
    (data/), so the app's own words and the sample districts always have their glyphs.

A character outside the file is not lost: the PDF draws that piece of text as a picture of the
browser's own rendering (src/ui/brief/page-drawing.ts). The licence (font/OFL.txt) is written
into the font's name table too, so the copy in the built app carries it. No hinting and no layout tables (jsPDF does not
shape text), which keeps the file small.

Run (dev time only; the output is committed):
  python3 -m venv /tmp/ft && /tmp/ft/bin/pip install fonttools==4.66.1
  /tmp/ft/bin/python scripts/make-brief-font.py /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
(the .ttc is Debian's fonts-noto-cjk; the script picks its "Noto Sans CJK SC" face).
"""

import os
import re
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'src/ui/brief/font/NotoSansSC-Brief.ttf')
FACE = 'Noto Sans CJK SC'
# Font units a quadratic may stray from the cubic it replaces (1000 units to the em).
MAX_ERR = 1.0

RANGES = [
    (0x20, 0x7E),  # ASCII
    (0xA0, 0xFF),  # Latin-1: ° × · ±
    (0x2010, 0x206F),  # general punctuation: – — ‘ ’ “ ” … ‰ ※
    (0x2100, 0x215F),  # letterlike, number forms: ℃ № Ⅰ
    (0x2190, 0x21FF),  # arrows
    (0x2460, 0x24FF),  # enclosed ①
    (0x2500, 0x25FF),  # box drawing, shapes: ■ □ ▲ ● ○
    (0x3000, 0x303F),  # CJK punctuation
    (0x3200, 0x33FF),  # enclosed CJK, CJK compatibility: ㈠ ㎡ ㎞
    (0xFF01, 0xFF5E),  # full-width forms
]
SOURCE_DIRS = ['src', 'data']
SOURCE_EXT = re.compile(r'\.(ts|tsx|csv|geojson|json|md)$')


def gb2312_chars():
    """Every character GB 2312 encodes: rows 0xA1–0xF7, cells 0xA1–0xFE."""
    out = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                out.add(bytes([hi, lo]).decode('gb2312'))
            except UnicodeDecodeError:
                pass
    return out


def source_chars():
    """Non-ASCII characters written anywhere in the app's sources and sample data."""
    out = set()
    for top in SOURCE_DIRS:
        for base, _dirs, files in os.walk(os.path.join(ROOT, top)):
            for name in files:
                if SOURCE_EXT.search(name):
                    with open(os.path.join(base, name), encoding='utf-8', errors='ignore') as f:
                        out.update(c for c in f.read() if ord(c) > 0x7F)
    return out


def wanted_codepoints():
    chars = gb2312_chars() | source_chars()
    cps = {ord(c) for c in chars}
    for lo, hi in RANGES:
        cps.update(range(lo, hi + 1))
    return cps


def to_truetype(font):
    """Replaces the CFF outlines with TrueType quadratics (fontTools' otf2ttf snippet, in short)."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable('glyf')
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERR, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font['loca'] = newTable('loca')
    font['glyf'] = glyf
    for tag in ('CFF ', 'VORG'):
        if tag in font:
            del font[tag]
    maxp = font['maxp']
    maxp.tableVersion = 0x00010000
    for field in ('maxZones', 'maxTwilightPoints', 'maxStorage', 'maxFunctionDefs', 'maxInstructionDefs',
                  'maxStackElements', 'maxSizeOfInstructions', 'maxComponentElements'):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    post = font['post']
    post.formatType = 3.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = None
    font['head'].indexToLocFormat = 1
    font.sfntVersion = '\x00\x01\x00\x00'


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'
    faces = [f for f in TTCollection(src).fonts if f['name'].getDebugName(4) == FACE]
    if not faces:
        sys.exit(f'{src}: no face named {FACE}')
    font = faces[0]
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.desubroutinize = True
    options.notdef_outline = True
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]
    options.drop_tables += ['GSUB', 'GPOS', 'GDEF', 'BASE', 'vhea', 'vmtx', 'VORG', 'DSIG']
    sub = subset.Subsetter(options)
    sub.populate(unicodes=wanted_codepoints())
    sub.subset(font)
    to_truetype(font)
    # A modified font under the OFL may not take a Reserved Font Name; the only one Noto Sans CJK's
    # upstream declares is Adobe's "Source". The name says this is a cut of Noto Sans SC for the brief.
    font['name'].setName('Noto Sans SC Brief', 1, 3, 1, 0x409)
    font['name'].setName('Noto Sans SC Brief', 4, 3, 1, 0x409)
    font['name'].setName('NotoSansSC-Brief', 6, 3, 1, 0x409)
    # The licence travels inside the font (name ID 13), so the built app's copy of the file carries it.
    with open(os.path.join(os.path.dirname(OUT), 'OFL.txt'), encoding='utf-8') as f:
        font['name'].setName(f.read(), 13, 3, 1, 0x409)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    font.save(OUT)
    cmap = font.getBestCmap()
    print(f'{os.path.relpath(OUT, ROOT)}: {len(cmap)} characters, {len(font.getGlyphOrder())} glyphs, '
          f'{os.path.getsize(OUT)} bytes')


if __name__ == '__main__':
    main()
