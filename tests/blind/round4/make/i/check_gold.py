#!/usr/bin/env python3
"""Sanity checks of OUT/gold against OUT/docs: keys as in the shared examples, mentions, labels and
names present in the record's text (whitespace-folded). Not a scorer; it never runs consultkg."""
import json
import re
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1]
EX = json.loads(Path("/work/shared/eval/gold/accra-cso.json").read_text())


def text_of(p: Path) -> str:
    if p.suffix in (".md", ".txt"):
        return p.read_text(encoding="utf-8")
    if p.suffix == ".docx":
        import docx
        d = docx.Document(str(p))
        parts = [x.text for x in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        return "\n".join(parts)
    if p.suffix == ".pdf":
        import pypdf
        return "\n".join(pg.extract_text() for pg in pypdf.PdfReader(str(p)).pages)
    raise ValueError(p)


def fold(s):
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ").replace("’", "'")
    return re.sub(r"\s+", " ", s).casefold()


bad = 0
for g in sorted((OUT / "gold").glob("*.json")):
    gold = json.loads(g.read_text())
    docs = [p for p in (OUT / "docs").glob(g.stem + ".*")]
    assert len(docs) == 1, g
    t = fold(text_of(docs[0]))
    probs = []
    if set(gold) != set(EX):
        probs.append(f"top keys {set(gold) ^ set(EX)}")
    for m in gold["meetings"]:
        if set(m) != set(EX["meetings"][0]):
            probs.append(f"meeting keys {set(m) ^ set(EX['meetings'][0])}")
        for x in m["mentions"]:
            if fold(x) not in t:
                probs.append(f"mention not in text: {x}")
        for n in m["people"]:
            if fold(n) not in t:
                probs.append(f"person not in text: {n}")
        labels = {o["label"] for o in gold["organisations"]}
        for o in m["orgs"]:
            if o not in labels:
                probs.append(f"meeting org not in organisations: {o}")
    for o in gold["organisations"]:
        if set(o) - {"label", "acronym", "type", "aliases", "parent"} or not {"label", "acronym", "type", "aliases"} <= set(o):
            probs.append(f"org keys {o['label']}")
        if fold(o["label"]) not in t and not any(fold(a) in t for a in o["aliases"]):
            probs.append(f"org label not in text: {o['label']}")
        if o.get("acronym") and fold(o["acronym"]) not in t:
            probs.append(f"acronym not in text: {o['acronym']}")
    for p in gold["people"]:
        if fold(p["jobTitle"]) not in t:
            probs.append(f"jobTitle not in text: {p['jobTitle']}")
        if p["org"] not in {o["label"] for o in gold["organisations"]}:
            probs.append(f"person org not an organisation: {p['org']}")
    for grp in gold["initiatives"]:
        if not any(fold(x) in t for x in grp):
            probs.append(f"initiative not in text: {grp}")
    for k, vs in gold["memberships"].items():
        for v in [k, *vs]:
            if v not in {o["label"] for o in gold["organisations"]}:
                probs.append(f"membership name not an organisation: {v}")
    print(f"{g.stem}: {'ok' if not probs else ''}")
    for p in probs:
        print("   ", p)
    bad += bool(probs)
sys.exit(1 if bad else 0)
