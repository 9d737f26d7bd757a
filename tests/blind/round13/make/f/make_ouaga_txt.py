#!/usr/bin/env python3
"""Write docs/f-ouagadougou-jeunes-fr.txt: an event readout as flattened portal text (one line)."""
from pathlib import Path

B = "Public Disclosure Authorized"
parts = [
    B, B, B, B,
    "GROUPE DE LA BANQUE MONDIALE Stratégie genre 2024-2030 — Consultations nationales",
    "COMPTE RENDU D'ATELIER « La parole aux jeunes » Dialogue avec des organisations de jeunes et de jeunes femmes",
    "Date : jeudi 9 novembre 2023 Lieu : Ouagadougou, Burkina Faso — salle de conférence de la Maison de la Femme de Ouagadougou"
    " Format : présentiel, avec connexion en ligne pour les participantes de Bobo-Dioulasso et de Kaya"
    " Co-organisation : Groupe de la Banque mondiale et Fonds des Nations Unies pour la population (UNFPA)",
    "1. Objet de l'atelier",
    "L'atelier visait à recueillir l'avis de jeunes femmes et d'organisations de jeunesse sur le projet de Stratégie genre 2024-2030"
    " du Groupe de la Banque mondiale, dans un contexte marqué par la crise sécuritaire et par le déplacement de plus de deux millions"
    " de personnes à l'intérieur du pays. Une quarantaine de jeunes, dont une majorité de jeunes femmes, ont pris part aux échanges.",
    "2. Organisations représentées",
    "Organisation Personnes présentes Fonction"
    " Conseil National de la Jeunesse du Burkina Faso (CNJ-BF) Mlle Aminata Ouédraogo Kaboré Vice-présidente chargée du genre"
    " Association Burkinabè pour le Bien-Être Familial (ABBEF) M. Issouf Sawadogo Zongo Coordonnateur du Mouvement d'action des jeunes"
    " Association des Femmes Juristes du Burkina Faso (AFJ/BF) Me Salimata Traoré Compaoré Avocate, chargée des cliniques juridiques"
    " Réseau Africain Jeunesse Santé et Développement au Burkina Faso (RAJS/BF) Mlle Rasmata Nikièma Point focal jeunes filles"
    " Université Joseph Ki-Zerbo Mme Clarisse Yaméogo Bazié Enseignante-chercheuse, département de sociologie"
    " Fonds des Nations Unies pour la population (UNFPA) Mme Hortense Kaboré Sanou Chargée de programme jeunesse",
    "Le Ministère de la Solidarité, de l'Action humanitaire, de la Réconciliation nationale, du Genre et de la Famille était représenté"
    " par la Direction générale de la promotion de la femme et du genre, qui a suivi les travaux en ligne.",
    B,
    "3. Principaux points des échanges",
    "Thèmes abordés :"
    " o l'emploi des jeunes femmes et l'accès au crédit"
    " o la santé sexuelle et reproductive des adolescentes"
    " o les mariages d'enfants"
    " o la situation des filles déplacées internes",
    "• Les participantes ont accueilli favorablement le projet de stratégie et ont approuvé ses trois objectifs, en souhaitant que les"
    " jeunes soient associés à sa mise en œuvre au Burkina Faso.",
    "• Plusieurs jeunes entrepreneures ont expliqué que les prêts du Fonds d'Appui aux Activités Rémunératrices des Femmes (FAARF)"
    " restent difficiles à obtenir sans l'aval d'un mari ou d'un parent, et que les montants ne suffisent pas pour acheter du matériel.",
    "• L'ABBEF et le RAJS/BF ont insisté sur le manque de services adaptés aux adolescentes dans les centres de santé, surtout en"
    " milieu rural, et sur la nécessité d'une éducation sexuelle complète.",
    "• L'AFJ/BF a rappelé que de nombreuses filles sont mariées avant 18 ans malgré la loi, et a présenté les cliniques juridiques"
    " qu'elle anime dans les sites d'accueil de personnes déplacées internes.",
    "• L'UNFPA a présenté les résultats du Projet d'autonomisation des femmes et dividende démographique au Sahel (SWEDD), dont les"
    " « espaces sûrs » pour adolescentes ont permis de maintenir des filles à l'école dans plusieurs régions.",
    "• Les jeunes femmes ont enfin demandé une place dans les instances de décision locales, notamment les conseils de jeunes et les"
    " délégations spéciales communales.",
    "4. Suites à donner",
    "• Transmettre la synthèse de l'atelier à l'équipe de rédaction de la stratégie avant le 30 novembre 2023."
    " • Associer le CNJ-BF à la restitution des résultats de la consultation au premier trimestre 2024.",
    B, B,
]
text = " ".join(parts)
assert "\n" not in text
out = Path(__file__).resolve().parents[1] / "docs" / "f-ouagadougou-jeunes-fr.txt"
out.write_text(text + "\n", encoding="utf-8")
print("wrote", out, len(text))
