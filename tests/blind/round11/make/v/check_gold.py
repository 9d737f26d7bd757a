#!/usr/bin/env python3
"""Sanity checks of OUT/gold/*.json against the records in OUT/docs (not a scorer).

Keys as in shared/eval/gold; concept ids from the three ontology files; every mention,
person name and organisation (label, acronym or alias) findable in the record's text;
cross-references (people -> organisations, meetings -> organisations, memberships) closed.
"""
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1]
EX = json.loads((OUT.parents[2] / "shared/eval/gold/lima-seed.json").read_text())
ONTO = OUT.parents[2] / "main/ontology"
ids = {}
for name, prefix in (("themes.ttl", "ckgt"), ("org-types.ttl", "ckgo"), ("audiences.ttl", "ckga")):
    ids[prefix] = set(re.findall(rf"^{prefix}:([\w-]+) a skos:Concept", (ONTO / name).read_text(), re.M))
STANCES = {"StrongEndorsement", "Endorsement", "Commendation", "Concern", "MixedStance", "Opposition", "NoStanceStated"}
sys.path.insert(0, str(OUT / ".venv-make"))


def text_of(p: Path) -> str:
    if p.suffix == ".pdf":
        t = subprocess.run(["pdftotext", "-raw", str(p), "-"], capture_output=True, text=True, check=True).stdout
    elif p.suffix == ".docx":
        t = subprocess.run([str(OUT / ".venv-make/bin/python"), "-c",
                            "import sys, docx; d = docx.Document(sys.argv[1]); "
                            "print('\\n'.join(x.text for x in d.paragraphs)); "
                            "print('\\n'.join(c.text for t in d.tables for r in t.rows for c in r.cells))", str(p)],
                           capture_output=True, text=True, check=True).stdout
    else:
        t = p.read_text(encoding="utf-8")
    return t


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("’", "'").casefold()
    s = re.sub(r"[*_|#]", " ", s)
    return re.sub(r"\s+", " ", s)


bad = 0


def err(msg):
    global bad
    bad += 1
    print("  !", msg)


for g in sorted((OUT / "gold").glob("*.json")):
    d = json.loads(g.read_text(encoding="utf-8"))
    docs = [p for p in (OUT / "docs").glob(g.stem + ".*")]
    print(g.name, "->", [p.name for p in docs])
    if len(docs) != 1:
        err("needs exactly one record")
        continue
    txt = fold(text_of(docs[0]))
    if set(d) != set(EX):
        err(f"top keys {sorted(set(d) ^ set(EX))}")
    ck = set(d["consultation"]) - {"optional"}
    if ck != set(EX["consultation"]):
        err(f"consultation keys {ck}")
    for k in d["consultation"].get("optional", []):
        assert k in EX["consultation"], k
    for s in d["consultation"]["stakeholderGroup"]:
        if s not in ids["ckga"]:
            err(f"audience {s}")
    labels = {o["label"] for o in d["organisations"]}
    for o in d["organisations"]:
        if set(o) - {"parent"} != set(EX["organisations"][0]) - {"parent"}:
            err(f"org keys {o}")
        for t in o["type"]:
            if t not in ids["ckgo"]:
                err(f"org type {t}")
        names = [o["label"], *(o["aliases"]), *([o["acronym"]] if o["acronym"] else [])]
        if not any(fold(n) in txt for n in names):
            err(f"org not in text: {o['label']}")
        if o.get("parent") and o["parent"] not in labels:
            err(f"parent not an organisation: {o['parent']}")
    for p in d["people"]:
        if set(p) != set(EX["people"][0]):
            err(f"person keys {p}")
        if fold(p["name"]) not in txt:
            err(f"person not in text: {p['name']}")
        if fold(p["jobTitle"]) not in txt:
            err(f"job title not in text: {p['jobTitle']}")
        if p["honorific"] and fold(p["honorific"] + " " + p["name"]) not in txt:
            err(f"honorific+name not in text: {p['honorific']} {p['name']}")
        if p["org"] not in labels:
            err(f"person org not an organisation: {p['org']}")
    people = {p["name"] for p in d["people"]}
    for i, m in enumerate(d["meetings"], 1):
        if set(m) != set(EX["meetings"][0]):
            err(f"meeting keys {sorted(m)}")
        if m["position"] != i:
            err("position")
        for s in m["stance"]:
            if s not in STANCES:
                err(f"stance {s}")
        for o in m["orgs"]:
            if o not in labels:
                err(f"meeting org not an organisation: {o}")
        for p in m["people"]:
            if p not in people:
                err(f"meeting person not in people: {p}")
        for grp in m["themes"]:
            for c in grp:
                if c not in ids["ckgt"]:
                    err(f"theme {c}")
        for c in m["themes_optional"]:
            if c not in ids["ckgt"]:
                err(f"theme {c}")
        for t in m["mentions"]:
            if fold(t) not in txt:
                err(f"mention not in text: {t}")
    all_meeting_people = {p for m in d["meetings"] for p in m["people"]}
    if all_meeting_people != people:
        err(f"people not in any meeting / unknown: {people ^ all_meeting_people}")
    all_meeting_orgs = {o for m in d["meetings"] for o in m["orgs"]}
    for o in labels - all_meeting_orgs:
        print("    (organisation in no meeting's orgs:", o + ")")
    for grp, members in d["memberships"].items():
        if grp not in labels:
            err(f"group not an organisation: {grp}")
        for mbr in members:
            if mbr not in labels:
                err(f"member not an organisation: {mbr}")
    for grp in d["initiatives"]:
        if not any(fold(x) in txt for x in grp):
            err(f"initiative not in text: {grp}")
    print(f"    {docs[0].suffix} {d['documentType']} {d['language']} meetings={len(d['meetings'])} "
          f"orgs={len(d['organisations'])} people={len(d['people'])} key_messages={d['key_messages']}")
print("problems:", bad)
sys.exit(1 if bad else 0)
