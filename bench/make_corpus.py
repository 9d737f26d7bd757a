"""Write N synthetic but varied consultation records, deterministic for a seed.

    python bench/make_corpus.py 1000 --out /tmp/corpus [--seed 7]

Every family (mission summary, event readout, written input), language (en, es,
fr, pt) and format (Markdown, multi-line and one-line portal text, UTF-8 with BOM,
cp1252, PDF, DOCX) of the build issue appears, with the shapes of the extraction
issue: participant tables (Markdown, DOCX tables, PDF table cells), PDF page
furniture (a running header, "Page n of N" footers, a footnote), written inputs
from several organisations (all named in the title, two signature blocks) and
prose participant lists ("Representatives of A, B and C attended.").
Organisations and people come from
shared pools, so the same body recurs across records and identity across
documents matters. ``manifest.json`` beside the records lists, per file, the
organisations and the people (name, organisation, country of a ministry) it
names as participants: the ground truth for tests; ``table``, ``footnote`` and
``prose`` say which records carry a participant table, a PDF footnote and a prose list.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

# (country, city, language, adjective used in embassy names is not needed: embassies are "Embassy of X")
COUNTRIES = [
    ("Peru", "Lima", "es"), ("Bolivia", "La Paz", "es"), ("Colombia", "Bogotá", "es"), ("Guatemala", "Guatemala City", "es"),
    ("Dominican Republic", "Santo Domingo", "es"), ("Honduras", "Tegucigalpa", "es"), ("Senegal", "Dakar", "fr"),
    ("Côte d'Ivoire", "Abidjan", "fr"), ("Cameroon", "Yaoundé", "fr"), ("Niger", "Niamey", "fr"), ("Benin", "Cotonou", "fr"),
    ("Madagascar", "Antananarivo", "fr"), ("Kenya", "Nairobi", "en"), ("Nigeria", "Abuja", "en"), ("Ghana", "Accra", "en"),
    ("Ethiopia", "Addis Ababa", "en"), ("Bangladesh", "Dhaka", "en"), ("Indonesia", "Jakarta", "en"),
    ("Philippines", "Manila", "en"), ("Jordan", "Amman", "en"), ("Egypt", "Cairo", "en"), ("Pakistan", "Islamabad", "en"),
    ("Vietnam", "Hanoi", "en"), ("Ukraine", "Kyiv", "en"), ("Zambia", "Lusaka", "en"), ("Nepal", "Kathmandu", "en"),
    ("Tanzania", "Dodoma", "en"), ("Uganda", "Kampala", "en"), ("Mozambique", "Maputo", "pt"),
    ("Angola", "Luanda", "pt"), ("Cabo Verde", "Praia", "pt"), ("Guinea-Bissau", "Bissau", "pt"),
]
INTERNATIONAL = [
    "United Nations Development Programme (UNDP)", "United Nations Population Fund (UNFPA)",
    "United Nations Children's Fund (UNICEF)", "International Labour Organization (ILO)",
    "United States Agency for International Development (USAID)", "European Union",
    "Japan International Cooperation Agency (JICA)", "Korea International Cooperation Agency (KOICA)",
    "Inter-American Development Bank (IDB)", "African Development Bank (AfDB)", "Asian Development Bank (ADB)",
    "Agence française de développement (AFD)", "Swedish International Development Cooperation Agency (Sida)",
    "International Organization for Migration (IOM)", "World Health Organization (WHO)",
]
DONORS = ["Canada", "France", "Germany", "Sweden", "Norway", "Spain", "Japan", "Netherlands", "Switzerland", "Australia"]
CSO_WORDS = (["Women's", "Girls'", "Rural", "Youth", "Feminist", "Community", "Legal", "Health"],
             ["Network", "Alliance", "Association", "Coalition", "Forum", "Foundation", "Collective"])
FIRM_WORDS = (["Sunrise", "Delta", "Summit", "Harbor", "Green Valley", "Northern", "Atlas", "Coral"],
              ["Bank", "Microfinance Company", "Holdings", "Industries", "Logistics Limited", "Telecom Company"])
FIRST = ["Amina", "Maria", "Fatou", "Grace", "Rosa", "Leila", "Nadia", "Ana", "Esther", "Joyce", "Carmen", "Aïcha",
         "Priya", "Mei", "Olena", "Sara", "Ruth", "Beatriz", "Awa", "Hana"]
LAST = ["Diallo", "Mendoza", "Otieno", "Rahman", "Santos", "Haddad", "Nguyen", "Kamara", "Quispe", "Mensah",
        "Traoré", "Banda", "Shrestha", "Kovalenko", "Ochieng", "Castillo", "Ndiaye", "Okafor", "Flores", "Tadesse"]
THEMES = {  # (mapped phrases, one unmapped phrase) per language
    "en": (["GBV prevention and response", "care services", "women's access to finance", "sex-disaggregated data",
            "women's leadership and political participation", "adolescent girls' education", "rural women",
            "female labor force participation", "digital skills and connectivity", "social norms"],
           "climate-smart agriculture"),
    "es": (["la prevención de la violencia de género", "los servicios de cuidado", "la inclusión financiera",
            "los datos desagregados por sexo", "el liderazgo de las mujeres", "las mujeres rurales",
            "la participación laboral de las mujeres", "las normas sociales"], "la resiliencia climática"),
    "fr": (["la violence basée sur le genre", "les services de garde d'enfants", "l'inclusion financière",
            "les données ventilées par sexe", "le leadership des femmes", "les femmes rurales",
            "l'emploi des femmes", "les normes sociales"], "l'agriculture intelligente face au climat"),
    "pt": (["a violência baseada no gênero", "o trabalho de cuidado não remunerado", "a inclusão financeira",
            "as estatísticas de gênero", "a liderança das mulheres", "as mulheres rurais",
            "o emprego das mulheres", "as normas sociais"], "a agricultura resiliente ao clima"),
}
WORDS = {
    "en": dict(overview="MISSION OVERVIEW", key="KEY MESSAGES AND FEEDBACK", takeaways="MEETING TAKEAWAYS",
               meeting="Meeting {n} with {aud}", participants="Participants:", gov="Government of {c}",
               ministry="Ministry of Women and Social Affairs", officials="Government officials from the {m}, {g}, including {h} {p}, {t}",
               title="Minister of Women and Social Affairs", strong="The participants offered their strong endorsement of the proposed strategy.",
               plain="The participants offered their endorsement of the proposed strategy.",
               themes="Key themes of the discussion included {a}, {b}, and {c}.", hon="Mrs.",
               months="January February March April May June July August September October November December"),
    "es": dict(overview="RESUMEN DE LA MISIÓN", key="MENSAJES CLAVE Y COMENTARIOS", takeaways="CONCLUSIONES DE LAS REUNIONES",
               meeting="Reunión {n} con {aud}", participants="Participantes:", gov="Gobierno de {c}",
               ministry="Ministerio de la Mujer y Asuntos Sociales", officials="Funcionarios del {m}, {g}, incluyendo a la {h} {p}, {t}",
               title="Ministra de la Mujer y Asuntos Sociales", strong="Los participantes expresaron su firme respaldo a la estrategia propuesta.",
               plain="Los participantes expresaron su respaldo a la estrategia propuesta.",
               themes="Los principales temas de la discusión incluyeron {a}, {b} y {c}.", hon="Sra.",
               months="enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"),
    "fr": dict(overview="APERÇU DE LA MISSION", key="MESSAGES CLÉS ET COMMENTAIRES", takeaways="ENSEIGNEMENTS DES RÉUNIONS",
               meeting="Réunion {n} avec {aud}", participants="Participants :", gov="Gouvernement du {c}",
               ministry="Ministère de la Femme et des Affaires sociales", officials="Des représentants du {m}, {g}, dont {h} {p}, {t}",
               title="Ministre de la Femme et des Affaires sociales", strong="Les participants ont exprimé leur ferme soutien à la stratégie proposée.",
               plain="Les participants ont exprimé leur soutien à la stratégie proposée.",
               themes="Les principaux thèmes de la discussion comprenaient {a}, {b} et {c}.", hon="Mme",
               months="janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
    "pt": dict(overview="VISÃO GERAL DA MISSÃO", key="PRINCIPAIS MENSAGENS E FEEDBACK", takeaways="PRINCIPAIS CONCLUSÕES DAS REUNIÕES",
               meeting="Reunião {n} com {aud}", participants="Participantes:", gov="Governo de {c}",
               ministry="Ministério da Mulher e Ação Social", officials="Funcionários do {m}, {g}, incluindo a {h} {p}, {t}",
               title="Ministra da Mulher e Ação Social", strong="Os participantes manifestaram forte apoio à proposta de estratégia.",
               plain="Os participantes manifestaram apoio à proposta de estratégia.",
               themes="Os principais temas da discussão incluíram {a}, {b} e {c}.", hon="Sra.",
               months="janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"),
}
TABLE_HEAD = {"en": ("Name", "Title", "Organisation"), "es": ("Nombre", "Cargo", "Institución"),
              "fr": ("Nom", "Fonction", "Institution"), "pt": ("Nome", "Cargo", "Instituição")}
JOBS = ["Director", "Programme Officer", "Senior Adviser", "Coordinator", "Policy Analyst"]
AUDIENCES = {"en": ["Civil Society Organizations", "Development Partners", "Private Sector"],
             "es": ["Organizaciones de la Sociedad Civil", "Socios para el Desarrollo", "Sector Privado"],
             "fr": ["Organisations de la société civile", "Partenaires au développement", "Secteur privé"],
             "pt": ["Organizações da Sociedade Civil", "Parceiros de Desenvolvimento", "Setor Privado"]}
TABLED = {"md", "md-bom", "pdf", "docx"}  # formats that carry a table (portal text has none)
FORMATS = ["md", "md", "md", "txt", "txt-oneline", "txt-oneline", "md-bom", "txt-cp1252", "pdf", "docx"]


class Pools:
    """Organisations and people shared by all records of a corpus."""

    def __init__(self, rng: random.Random):
        self.csos = sorted({f"{rng.choice(CSO_WORDS[0])} {c} {rng.choice(CSO_WORDS[1])}" for c, _, _ in COUNTRIES
                            for _ in range(3)})
        self.firms = sorted({f"{rng.choice(FIRM_WORDS[0])} {rng.choice(FIRM_WORDS[1])}" for _ in range(30)})
        self.people = [(f"{FIRST[i % len(FIRST)]} {LAST[(i * 7) % len(LAST)]}") for i in range(60)]


def _date(rng: random.Random, lang: str) -> str:
    month, day, year = rng.randint(1, 12), rng.randint(1, 24), rng.choice([2023, 2024])
    names = WORDS[lang]["months"].split()
    if lang == "en":
        return f"{names[month - 1].capitalize()} {day}-{day + 3}, {year}"
    if lang == "pt":
        return f"{day} a {day + 3} de {names[month - 1]} de {year}"
    return f"{day}-{day + 3} {'de ' if lang == 'es' else ''}{names[month - 1]}{' de' if lang == 'es' else ''} {year}"


def mission(rng, pools, country, city, lang, fmt):
    w, (mapped, unmapped) = WORDS[lang], THEMES[lang]
    audience = rng.choice(AUDIENCES[lang])
    gov, person = w["gov"].format(c=country), rng.choice(pools.people)
    orgs, people = [w["ministry"], gov], [[person, w["ministry"], country]]
    lines = ["#AccelerateEquality", "", "WORLD BANK GROUP 2024-2030 GENDER STRATEGY CONSULTATION MISSION FEEDBACK SUMMARY",
             "", _date(rng, lang), "", f"{city}, {country}", "", audience, "", w["overview"], "",
             f"The World Bank Group held consultations in {country}.", "", w["key"], ""]
    lines += [f"- **{p}** was raised by stakeholders." for p in rng.sample(mapped, 3)]
    lines += ["", w["takeaways"], ""]
    for n in (1, 2):
        themes = rng.sample(mapped, 2) + [unmapped if rng.random() < 0.2 else rng.choice(mapped)]
        lines += [w["meeting"].format(n=n, aud=audience), "", w["participants"], ""]
        if n == 1 and fmt in TABLED and rng.random() < 0.5:  # a participant table: a ministry and two bodies
            orgs.remove(gov)  # a table names the ministry alone: its government is not written
            lines += _table(rng, pools, lang, person, w, country, orgs, people)
        elif n == 1:
            lines.append("- " + w["officials"].format(m=w["ministry"], g=gov, h=w["hon"], p=person, t=w["title"]))
        else:
            picked = rng.sample(INTERNATIONAL, 2) + rng.sample(pools.csos, 2)
            if lang == "en" and fmt != "txt-oneline" and rng.random() < 0.4:  # a prose list: one sentence, no bullets
                lines[-2:] = [f"Representatives of {picked[0]}, {picked[1]}, {picked[2]} and {picked[3]} attended.", ""]
            else:
                picked.append(f"Embassy of {rng.choice(DONORS)} in {country}")
                lines += [f"- {o}" for o in picked]
            orgs += picked
        lines += [f"- {w['strong'] if n == 1 else w['plain']}", "- " + w["themes"].format(a=themes[0], b=themes[1], c=themes[2]), ""]
    return lines, orgs, people


def _table(rng, pools, lang, person, w, country, orgs, people) -> list[str]:
    """A Markdown participant table: the minister, and one person of each of two civil-society bodies."""
    bodies = rng.sample(pools.csos, 2)
    others = rng.sample([p for p in pools.people if p != person], 2)
    rows = [TABLE_HEAD[lang], (f"{w['hon']} {person}", w["title"], w["ministry"])]
    rows += [(f"Ms. {name}", rng.choice(JOBS), body) for name, body in zip(others, bodies)]
    orgs += bodies
    people += [[name, body, None] for name, body in zip(others, bodies)]
    return ["| " + " | ".join(r) + " |" for r in rows[:1]] + ["| --- | --- | --- |"] + \
        ["| " + " | ".join(r) + " |" for r in rows[1:]] + [""]


def readout(rng, pools, country, city, lang, fmt):
    orgs = rng.sample(pools.csos, 2) + rng.sample(pools.firms, 2) + rng.sample(INTERNATIONAL, 1)
    if lang == "pt":
        event = f"Encontro Nacional de Mulheres Empreendedoras de {country}"
        lines = [f"Contribuições para a Estratégia de Gênero do GBM: {event}", "", f"Data: {_date(rng, 'pt')}", "",
                 f"Local: Centro de Conferências, {city}, {country}", "",
                 "As participantes manifestaram apoio à proposta de estratégia do Grupo Banco Mundial.", "",
                 "Comentários de:", ""] + [f"- {o}" for o in orgs] + ["", "Sugestões e reflexões:", ""]
        for p in rng.sample(THEMES["pt"][0], 3):
            lines += [f"- {p[0].upper() + p[1:]}", "  o As participantes pedem programas que cheguem às mulheres."]
        return lines, orgs, []
    event = f"Regional Dialogue on Women's Economic Empowerment in {country}"
    lines = [f"Inputs for WBG Gender Strategy: {event}", "", _date(rng, "en"), "", f"Conference Centre, {city}, {country}", "",
             "Participants expressed concern that the draft gives too little attention to informal workers.", "",
             "Comments from:", ""] + [f"- {o}" for o in orgs] + ["", "Suggestions and Insights:", ""]
    for p in rng.sample(THEMES["en"][0], 3):
        lines += [f"- {p.capitalize()}", "  o Invest in programs that reach women at scale."]
    return lines, orgs, []


def written(rng, pools, country, city, lang, fmt):
    if fmt != "txt-oneline" and rng.random() < 0.35:  # a joint input: every author in the title, a signature block for two of them
        authors = rng.sample(pools.csos, 3)
        first, second = rng.sample(pools.people, 2)
        lines = [f"Joint Submission of the {authors[0]}, {authors[1]} and the {authors[2]} on the Draft World Bank "
                 "Group Gender Strategy 2024-2030", "", rng.choice(["November 2023", "October 2023"]), "",
                 "Dear Gender Strategy Team,", "", "We welcome the draft strategy and its focus on ending violence.", ""]
        lines += [f"{chr(97 + i)}) {p.capitalize()}. The strategy should fund the groups that lead this work." for i, p
                  in enumerate(rng.sample(THEMES["en"][0], 3))]
        lines += ["", "Yours sincerely,", "", f"Ms. {first}", f"Coordinator, {authors[0]}", "", f"Dr. {second}",
                  f"Director, {authors[2]}"]
        return lines, authors, [[first, authors[0], None], [second, authors[2], None]]
    author = rng.choice(pools.csos)
    person = rng.choice(pools.people)
    lines = [f"Comments on the World Bank Group Gender Strategy 2024-2030: Feedback of the {author}", "",
             rng.choice(["November 2023", "October 2023", "March 2024"]), "", "Dear colleagues,", "",
             f"The {author} commends the World Bank Group for the draft strategy.", ""]
    lines += [f"{i}. **{p.capitalize()}.** We recommend more resources." for i, p in enumerate(rng.sample(THEMES["en"][0], 3), 1)]
    lines += ["", "Sincerely,", "", f"Ms. {person}", "Executive Director", author]
    return lines, [author], [[person, author, None]]


def flatten(lines: list[str]) -> str:
    """Portal text: one line, "•" bullets, no Markdown."""
    out = []
    for ln in lines:
        t = ln.strip().replace("**", "")
        if t:
            out.append("• " + t[2:] if t.startswith("- ") else ("o " + t[2:] if t.startswith("o ") else t))
    return "Public Disclosure Authorized " + " ".join(out)


def write_record(path_stem: Path, lines: list[str], fmt: str, header: str = "", footnote=None) -> Path:
    from corpus_formats import write_docx, write_pdf  # fpdf2 and python-docx: the test extra

    text = "\n".join(lines) + "\n"
    if fmt == "md":
        path = path_stem.with_suffix(".md")
        path.write_text(text, encoding="utf-8")
    elif fmt == "md-bom":
        path = path_stem.with_suffix(".md")
        path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    elif fmt == "txt":
        path = path_stem.with_suffix(".txt")
        path.write_text("\n".join(("• " + ln[2:]) if ln.startswith("- ") else ln for ln in lines).replace("**", ""),
                        encoding="utf-8")
    elif fmt == "txt-oneline":
        path = path_stem.with_suffix(".txt")
        path.write_text(flatten(lines), encoding="utf-8")
    elif fmt == "txt-cp1252":
        path = path_stem.with_suffix(".txt")
        path.write_bytes(text.replace("**", "").encode("cp1252", "replace"))
    elif fmt == "pdf":
        path = write_pdf(lines, path_stem.with_suffix(".pdf"), header=header, footnote=footnote)
    else:
        path = write_docx(lines, path_stem.with_suffix(".docx"))
    return path


def make_corpus(n: int, out: Path, seed: int = 7) -> dict:
    """Write ``n`` records into ``out``; return (and write) the manifest."""
    rng = random.Random(seed)
    pools = Pools(rng)
    out.mkdir(parents=True, exist_ok=True)
    manifest = {}
    for i in range(n):
        country, city, lang = COUNTRIES[i % len(COUNTRIES)]
        family = rng.choices([mission, readout, written], weights=[6, 2, 2])[0]
        fmt = rng.choice(FORMATS)
        language = lang if family is mission or (family is readout and lang == "pt") else "en"
        if fmt == "txt-cp1252" and language != "en":
            fmt = "txt"  # keep cp1252 to what cp1252 can hold
        lines, orgs, people = family(rng, pools, country, city, language, fmt)
        sub = out / f"{i // 1000:02d}"
        sub.mkdir(exist_ok=True)
        furniture = {}
        if fmt == "pdf" and len(lines) > 12:  # two pages, so the running header and footer repeat
            lines = lines[:len(lines) // 2] + ["\f"] + lines[len(lines) // 2:]
        if fmt == "pdf":  # a running header on every page, and a footnote on one line in two records of three
            furniture["header"] = f"Gender Strategy consultation | {country}"
            if rng.random() < 0.67:
                furniture["footnote"] = (rng.randrange(4, 10), "Figures from the national household survey of 2022.")
        path = write_record(sub / f"record-{i:05d}", lines, fmt, **furniture)
        manifest[str(path.relative_to(out))] = {"family": family.__name__, "language": language, "format": fmt,
                                                "organisations": orgs, "people": people,
                                                "table": any(ln.startswith("|") for ln in lines),
                                                "footnote": "footnote" in furniture,
                                                "prose": any(ln.startswith("Representatives of ") for ln in lines)}
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    return manifest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    make_corpus(args.n, args.out, args.seed)
    print(f"wrote {args.n} records to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
