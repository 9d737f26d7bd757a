import json, sys
from pathlib import Path
def O(label, acr=None, types=("civil-society",), aliases=(), parent=None):
    d = {"label": label, "acronym": acr, "type": list(types), "aliases": list(aliases)}
    if parent: d["parent"] = parent
    return d
def P(name, hon, title, org):
    return {"name": name, "honorific": hon, "jobTitle": title, "org": org}
def M(pos, stance, orgs, people, themes, opt_orgs=(), opt_themes=(), mentions=()):
    return {"position": pos, "stance": list(stance), "orgs": list(orgs), "orgs_optional": list(opt_orgs),
            "people": list(people), "themes": [list(t) for t in themes], "themes_optional": list(opt_themes),
            "mentions": list(mentions)}
def write(name, **d):
    keys = ["documentType","language","consultation","meetings","organisations","organisations_optional",
            "people","memberships","key_messages","initiatives","initiatives_optional"]
    assert set(d) == set(keys), set(d) ^ set(keys)
    labels = {o["label"] for o in d["organisations"]}
    for m in d["meetings"]:
        for o in m["orgs"]: assert o in labels, o
    pn = {p["name"] for p in d["people"]}
    for m in d["meetings"]:
        for p in m["people"]: assert p in pn, p
    for p in d["people"]: assert p["org"] in labels, p
    for g, ms in d["memberships"].items():
        for x in ms: assert x in labels, x
    out = Path(__file__).resolve().parents[1] / "gold" / f"{name}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({k: d[k] for k in keys}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", out)
