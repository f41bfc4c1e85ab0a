"""Make a written PDF's text layer say what its pages show (searching, copying, pdftotext).

A PDF writer maps each glyph back to a character through the font's ToUnicode map. Qt's
writer takes the lowest code point whose cmap entry uses the glyph, so with fonts that share
one glyph between an ideograph and its radical (Noto Sans CJK, Source Han Sans) 人 comes
back as the Kangxi radical ⼈ (U+2F08), 民 as ⺠ (U+2EA0), 页 as ⻚. This rewrites every
ToUnicode map after writing: a radical or stroke becomes its equivalent unified ideograph.
No Qt: it works on the file.
"""
from __future__ import annotations

import re
from pathlib import Path

import pikepdf

from app.report.unified_ideographs import EQUIVALENT_IDEOGRAPH

_HEX = re.compile(rb"<([0-9A-Fa-f]*)>")
_SECTION = re.compile(rb"begin(bfchar|bfrange)(.*?)end\1", re.S)
_RANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]*>)")
_HEADER = b"""/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
"""
_FOOTER = b"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
_PER_BLOCK = 100  # the CMap format allows at most 100 entries per bfchar block


def parse_to_unicode(data: bytes) -> dict[int, str]:
    """A ToUnicode CMap as {character code: text}."""
    mapping: dict[int, str] = {}
    for kind, body in _SECTION.findall(data):
        if kind == b"bfchar":
            codes = _HEX.findall(body)
            for source, target in zip(codes[::2], codes[1::2]):
                mapping[int(source, 16)] = _text(target)
            continue
        for low, high, target in _RANGE.findall(body):
            low, high = int(low, 16), int(high, 16)
            if target.startswith(b"["):
                for code, value in zip(range(low, high + 1), _HEX.findall(target)):
                    mapping[code] = _text(value)
            else:  # one start value, incremented in its last UTF-16 unit
                start = bytes.fromhex(target[1:-1].decode())
                for offset in range(high - low + 1):
                    value = start[:-2] + (int.from_bytes(start[-2:], "big") + offset).to_bytes(2, "big")
                    mapping[low + offset] = value.decode("utf-16-be", "replace")
    return mapping


def _text(hex_digits: bytes) -> str:
    return bytes.fromhex(hex_digits.decode()).decode("utf-16-be", "replace")


def write_to_unicode(mapping: dict[int, str]) -> bytes:
    """{character code: text} as a ToUnicode CMap (two-byte codes, as Identity-H fonts use)."""
    entries = [f"<{code:04X}> <{text.encode('utf-16-be').hex().upper()}>".encode()
               for code, text in sorted(mapping.items())]
    blocks = []
    for start in range(0, len(entries), _PER_BLOCK):
        chunk = entries[start:start + _PER_BLOCK]
        blocks.append(b"%d beginbfchar\n%s\nendbfchar\n" % (len(chunk), b"\n".join(chunk)))
    return _HEADER + b"".join(blocks) + _FOOTER


def unified_text(text: str) -> str:
    """Radicals and strokes replaced by the unified ideographs they stand for."""
    return "".join(chr(EQUIVALENT_IDEOGRAPH.get(ord(ch), ord(ch))) for ch in text)


def fix_text_layer(path: str | Path) -> int:
    """Rewrite the PDF's ToUnicode maps in place; returns how many glyph mappings changed."""
    changed = 0
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        for font in _fonts_with_to_unicode(pdf):
            mapping = parse_to_unicode(font.ToUnicode.read_bytes())
            fixed = {code: unified_text(text) for code, text in mapping.items()}
            differences = sum(fixed[code] != mapping[code] for code in mapping)
            if differences:
                font.ToUnicode = pdf.make_stream(write_to_unicode(fixed))
                changed += differences
        if changed:
            pdf.save(path)
    return changed


def _fonts_with_to_unicode(pdf: pikepdf.Pdf):
    """Every font dictionary with a ToUnicode map, once each (pages share their fonts)."""
    seen = set()
    for page in pdf.pages:
        resources = page.obj.get("/Resources", pikepdf.Dictionary())
        fonts = resources.get("/Font", pikepdf.Dictionary())
        for font in fonts.values():
            if "/ToUnicode" not in font:
                continue
            if font.is_indirect:  # a direct font belongs to one page only
                if font.objgen in seen:
                    continue
                seen.add(font.objgen)
            yield font
