#!/usr/bin/env python3
"""A seeded generator of hostile inputs made from corpus/, for the adversarial tests.

    scripts/adversarial.py OUT_DIR [--count N] [--seed S] [--max-size BYTES]

Writes N files into OUT_DIR (which must not exist yet, or be empty) and OUT_DIR.manifest.json:
{"seed": S, "count": N, "expected_inputs": K, "cases": [{"name": …, "shape": …, "bytes": …}, …]}
(names percent-encoded, as some are not UTF-8).
`expected_inputs` counts the files a folder walk must turn into a record or a reject (every file here
has a .txt, .html or .htm name, whatever its content), so a run over OUT_DIR is complete when its
records and rejects add up to it. The same seed gives the same files, byte for byte.

Shapes: truncations, byte flips, invalid and mixed encodings, lying BOMs and charsets, NUL bytes, NFD,
deep nesting, huge attributes and lines, entity floods, quotation/parenthesis/digit floods aimed at
every extractor (directives, figures, models, dates, people, themes), empty files, odd file names.
Large shapes are scaled by --max-size (default 256 KiB) so a CI slice stays quick.
"""
import argparse
import json
import os
import random
import sys
import unicodedata
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCES = ["corpus/html", "corpus/seeds", "corpus/dev", "corpus/blind", "corpus/realshape", "corpus/real-html"]


def load_sources():
    docs = []
    for folder in SOURCES:
        path = os.path.join(ROOT, folder)
        if not os.path.isdir(path):
            continue
        for name in sorted(os.listdir(path)):
            if name.endswith((".txt", ".html", ".htm")):
                with open(os.path.join(path, name), "rb") as handle:
                    docs.append((name, handle.read()))
    if not docs:
        sys.exit("adversarial.py: no documents under corpus/")
    return docs


def fill(unit: bytes, size: int) -> bytes:
    return (unit * (size // max(1, len(unit)) + 1))[:size]


def html(body: bytes, head: bytes = b"") -> bytes:
    return b"<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + head + b"<title>Th\xe1\xbb\xad</title></head><body>" + body + b"</body></html>"


PHRASES = {
    "directives": "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Kết luận 01-KL/TW, Quyết định 1234/QĐ - UBND, ",
    "figures": "hơn 16.700 lượt, 99,7% đảng viên, 1.218/1.240 đồng chí, từ 250 - 500 nghìn đồng, ",
    "models": "mô hình “Dân vận khéo\", phong trào \"Thi đua yêu nước”, ''Tủ sách Bác Hồ'', ",
    "dates": "ngày 15/5/2016, tháng 9/2022, quý IV/2022, giai đoạn 2021 - 2025, từ năm 2017 đến 2022, ",
    "people": "đồng chí Nguyễn Văn An, Phó Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh Quảng Trị Lê Văn Hùng, ",
    "themes": "Năm 2024: “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ”, chuyên đề toàn khóa “",
}


def shapes(rng, docs, max_size):
    """Each shape: (name, function(rng) -> (extension, bytes))."""
    def pick():
        return rng.choice(docs)

    def truncate(r):
        name, data = pick()
        return os.path.splitext(name)[1], data[: r.randrange(0, max(1, len(data)))]

    def flip(r):
        name, data = pick()
        data = bytearray(data)
        for _ in range(r.randint(1, 64)):
            if data:
                data[r.randrange(len(data))] = r.randrange(256)
        return os.path.splitext(name)[1], bytes(data)

    def invalid_utf8(r):
        name, data = pick()
        data = bytearray(data)
        for _ in range(r.randint(1, 32)):
            at = r.randrange(len(data) + 1)
            data[at:at] = r.choice([b"\xc3", b"\xe1\xbb", b"\xff", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\xaf"])
        return os.path.splitext(name)[1], bytes(data)

    def mixed_encoding(r):
        name, data = pick()
        text = data.decode("utf-8", "replace")
        half = len(text) // 2
        enc = r.choice(["cp1258", "latin-1", "utf-16-le", "cp1252"])
        return os.path.splitext(name)[1], text[:half].encode("utf-8") + text[half:].encode(enc, "replace")

    def lying_bom(r):
        name, data = pick()
        bom = r.choice([b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf\xef\xbb\xbf", b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00"])
        return os.path.splitext(name)[1], bom + data

    def lying_charset(r):
        body = "<p>Học tập và làm theo Bác: 99,7% đảng viên.</p>".encode(r.choice(["utf-8", "cp1258", "utf-16-le"]), "replace")
        head = ('<meta http-equiv="Content-Type" content="text/html; charset=%s">' % r.choice(
            ["windows-1258", "utf-16", "x-unknown", "viscii", "tcvn", "ebcdic-cp-us", "utf-32", "\x00"])).encode("latin-1")
        return ".html", html(body * r.randint(1, 50), head)

    def nul_bytes(r):
        name, data = pick()
        data = bytearray(data)
        for _ in range(r.randint(1, 200)):
            at = r.randrange(len(data) + 1)
            data[at:at] = b"\x00" * r.randint(1, 8)
        return os.path.splitext(name)[1], bytes(data)

    def nfd(r):
        name, data = pick()
        return os.path.splitext(name)[1], unicodedata.normalize("NFD", data.decode("utf-8", "replace")).encode("utf-8")

    def deep_nesting(r):
        depth = r.choice([100, 300, 1000, 5000, 20000])
        tag = r.choice([b"div", b"span", b"b", b"table", b"p", b"li"])
        open_tags = b"".join(b"<" + tag + b">" for _ in range(depth))
        return ".html", html(open_tags + "Nội dung sâu: hơn 1.200 đảng viên.".encode() + b"</" + tag + b">" * depth)

    def huge_attributes(r):
        count = r.choice([100, 5000, 20000, 60000])
        attrs = b" ".join(b"a%d=\"%d\"" % (i, i) for i in range(count))
        return ".html", html(b"<div " + attrs + b">" + "Bài viết về Chỉ thị 05-CT/TW.".encode() + b"</div>")[:max_size * 4]

    def huge_line(r):
        unit = r.choice(["9", "1.000 ", "“", "(", "Nguyễn ", "- ", ". ", "ngày 1/1/2020 "]).encode()
        size = r.randint(max_size // 8, max_size)
        ext = r.choice([".txt", ".html"])
        body = fill(unit, size)
        return ext, html(b"<p>" + body + b"</p>") if ext == ".html" else body

    def entity_flood(r):
        unit = r.choice([b"&#", b"&amp;", b"&#x1F600;", b"&#99999999;", b"&", b"&nbsp;", b"<!--", b"<![CDATA["])
        return ".html", html(fill(unit, r.randint(max_size // 8, max_size)))

    def extractor_flood(r):
        target = r.choice(sorted(PHRASES))
        unit = PHRASES[target].encode()
        size = r.randint(max_size // 8, max_size)
        ext = r.choice([".txt", ".html"])
        body = fill(unit, size)
        return ext, html(b"<p>" + body + b"</p>") if ext == ".html" else body

    def punctuation_flood(r):
        unit = r.choice(["“\"", "((((", "))))", "”", "''", "0123456789", "/", "–", "\u0301\u0300", "a\u0323"]).encode()
        return r.choice([".txt", ".html"]), fill(unit, r.randint(1024, max_size))

    def empty(r):
        return r.choice([".txt", ".html", ".htm"]), r.choice([b"", b" ", b"\n\n\n", b"\xef\xbb\xbf", b"<html></html>", b"\x00"])

    def doctype_subset(r):
        subset = b"<!DOCTYPE html [<!ENTITY x \"" + fill(b"x", 1000) + b"\"><!ELEMENT p ANY>]>"
        return ".html", subset + "<html><body><p>&x; Chỉ thị 05</p></body></html>".encode()

    def singletons(r):
        # Scalars whose NFC is another scalar (NFC_Quick_Check=No), among Vietnamese text.
        odd = ["\u2126", "\u212b", "\u0340", "\u0341", "\u0343", "\u0344", "\u0374", "\u037e", "\u0387",
               "\uf900", "\u2000", "\u1f71", "\u0958"]
        words = "Học tập và làm theo Bác: 99,7% đảng viên, hơn 16.700 lượt".split(" ")
        text = " ".join(w + r.choice(odd) if r.random() < 0.5 else w for w in words * r.randint(1, 40))
        ext = r.choice([".txt", ".html"])
        body = text.encode()
        return ext, html(b"<p>" + body + b"</p>") if ext == ".html" else body

    def binary(r):
        return r.choice([".txt", ".html"]), bytes(r.randrange(256) for _ in range(r.randint(16, 4096)))

    return [("truncate", truncate), ("flip", flip), ("invalid_utf8", invalid_utf8), ("mixed_encoding", mixed_encoding),
            ("lying_bom", lying_bom), ("lying_charset", lying_charset), ("nul_bytes", nul_bytes), ("nfd", nfd),
            ("deep_nesting", deep_nesting), ("huge_attributes", huge_attributes), ("huge_line", huge_line),
            ("entity_flood", entity_flood), ("extractor_flood", extractor_flood),
            ("punctuation_flood", punctuation_flood), ("empty", empty), ("doctype_subset", doctype_subset),
            ("singletons", singletons), ("binary", binary)]


ODD_NAMES = [b"t\xc3\xaan c\xc3\xb3 d\xe1\xba\xa5u", b"-leading-dash", b"with space", b"nfd-te\xcc\x82n",
             b"latin1-\xe9\xe8", b"bad-utf8-\xff\xfe", b"semi;colon", b"quote'\"", b"star*", b"back\\slash",
             b"percent%20x", b"hash#x", b"question?x", b"very-long-" + b"x" * 180]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out")
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=20261206)
    parser.add_argument("--max-size", type=int, default=256 * 1024)
    args = parser.parse_args()
    out = os.fsencode(args.out)
    os.makedirs(out, exist_ok=True)
    if os.listdir(out):
        sys.exit(f"adversarial.py: {args.out} is not empty")
    rng = random.Random(args.seed)
    docs = load_sources()
    table = shapes(rng, docs, args.max_size)
    cases = []
    for index in range(args.count):
        shape, make = table[index % len(table)]
        extension, data = make(rng)
        if extension not in (".txt", ".html", ".htm"):
            extension = ".txt"
        stem = b"%05d-%s" % (index, shape.encode())
        if index % 97 == 0:
            stem += b"-" + ODD_NAMES[(index // 97) % len(ODD_NAMES)]
        name = stem + extension.encode()
        with open(os.path.join(out, name), "wb") as handle:
            handle.write(data)
        cases.append({"name": urllib.parse.quote(name), "shape": shape, "bytes": len(data)})
    manifest = {"seed": args.seed, "count": args.count, "expected_inputs": len(cases), "cases": cases}
    with open(args.out.rstrip("/") + ".manifest.json", "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, ensure_ascii=True)
    print(f"adversarial.py: {len(cases)} files in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
