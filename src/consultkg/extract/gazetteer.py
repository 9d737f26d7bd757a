"""A curated table of well-known bodies: their type and, where certain, Wikidata.

Entries are written by hand. ``wikidata`` is filled only where the entity is
beyond doubt; everything else gets its type from :mod:`consultkg.extract.orgs`
rules::

    >>> lookup("United Nations Development Programme").org_type
    'un-entity'
    >>> lookup("UNESCO").wikidata
    'Q7809'
"""
from __future__ import annotations

import functools
from typing import NamedTuple

from .names import fold


class Known(NamedTuple):
    label: str
    acronyms: tuple[str, ...]
    org_type: str
    wikidata: str | None = None


_UN, _MDB, _BIL, _IGO, _WBG = "un-entity", "multilateral-development-bank", "bilateral-agency", \
    "intergovernmental-organization", "world-bank-group"

KNOWN: tuple[Known, ...] = (
    # United Nations system
    Known("United Nations", ("UN", "ONU"), _UN, "Q1065"),
    Known("United Nations Development Programme", ("UNDP", "PNUD"), _UN),
    Known("United Nations Children's Fund", ("UNICEF",), _UN, "Q740308"),
    Known("United Nations Population Fund", ("UNFPA",), _UN),
    Known("United Nations Entity for Gender Equality and the Empowerment of Women", ("UN Women", "ONU Mujeres", "ONU Femmes"), _UN),
    Known("United Nations Educational, Scientific and Cultural Organization", ("UNESCO",), _UN, "Q7809"),
    Known("Joint United Nations Programme on HIV/AIDS", ("UNAIDS", "ONUSIDA"), _UN),
    Known("Office of the United Nations High Commissioner for Human Rights", ("OHCHR", "OACNUDH", "HCDH"), _UN),
    Known("Office of the United Nations High Commissioner for Refugees", ("UNHCR", "ACNUR", "HCR"), _UN),
    Known("International Organization for Migration", ("IOM", "OIM"), _UN),
    Known("World Health Organization", ("WHO", "OMS"), _UN, "Q7817"),
    Known("International Labour Organization", ("ILO", "OIT"), _UN, "Q54129"),
    Known("Food and Agriculture Organization of the United Nations", ("FAO",), _UN, "Q82151"),
    Known("World Food Programme", ("WFP", "PMA", "PAM"), _UN),
    Known("International Fund for Agricultural Development", ("IFAD", "FIDA"), _UN),
    Known("United Nations Office on Drugs and Crime", ("UNODC",), _UN),
    Known("United Nations Human Settlements Programme", ("UN-Habitat",), _UN),
    Known("Pan American Health Organization", ("PAHO", "OPS"), _UN),
    Known("Economic Commission for Latin America and the Caribbean", ("ECLAC", "CEPAL"), _UN),
    Known("International Monetary Fund", ("IMF", "FMI"), _UN, "Q7804"),
    # development banks and the World Bank Group
    Known("World Bank", ("WB", "Banco Mundial", "Banque mondiale"), _WBG, "Q7164"),
    Known("World Bank Group", ("WBG", "Grupo Banco Mundial", "Groupe de la Banque mondiale"), _WBG),
    Known("International Finance Corporation", ("IFC", "CFI"), _WBG),
    Known("Multilateral Investment Guarantee Agency", ("MIGA",), _WBG),
    Known("International Development Association", ("IDA", "AIF"), _WBG),
    Known("Independent Evaluation Group", ("IEG",), _WBG),
    Known("Inter-American Development Bank", ("IDB", "IADB", "BID"), _MDB),
    Known("African Development Bank", ("AfDB", "BAD"), _MDB),
    Known("Asian Development Bank", ("ADB",), _MDB),
    Known("European Investment Bank", ("EIB", "BEI"), _MDB),
    Known("European Bank for Reconstruction and Development", ("EBRD", "BERD"), _MDB),
    Known("Islamic Development Bank", ("IsDB",), _MDB),
    Known("Asian Infrastructure Investment Bank", ("AIIB",), _MDB),
    Known("Development Bank of Latin America and the Caribbean", ("CAF",), _MDB),
    Known("Caribbean Development Bank", ("CDB",), _MDB),
    Known("West African Development Bank", ("BOAD",), _MDB),
    # bilateral agencies
    Known("United States Agency for International Development", ("USAID",), _BIL),
    Known("Deutsche Gesellschaft für Internationale Zusammenarbeit GmbH", ("GIZ",), _BIL),
    Known("Korea International Cooperation Agency", ("KOICA",), _BIL),
    Known("Japan International Cooperation Agency", ("JICA",), _BIL),
    Known("Spanish Agency for International Development Cooperation", ("AECID",), _BIL),
    Known("Agence française de développement", ("AFD",), _BIL),
    Known("Swedish International Development Cooperation Agency", ("Sida", "SIDA"), _BIL),
    Known("Swiss Agency for Development and Cooperation", ("SDC", "COSUDE", "DDC"), _BIL),
    Known("Foreign, Commonwealth and Development Office", ("FCDO",), _BIL),
    Known("Global Affairs Canada", ("GAC", "AMC"), _BIL),
    Known("Norwegian Agency for Development Cooperation", ("Norad", "NORAD"), _BIL),
    Known("Australian Department of Foreign Affairs and Trade", ("DFAT",), _BIL),
    Known("Belgian Development Agency", ("Enabel",), _BIL),
    Known("Italian Agency for Development Cooperation", ("AICS",), _BIL),
    Known("KfW Development Bank", ("KfW",), _BIL),
    # unions and intergovernmental bodies
    Known("European Union", ("EU", "UE", "Unión Europea", "Union européenne"), "supranational-union", "Q458"),
    Known("African Union", ("AU", "UA", "Union africaine"), "supranational-union", "Q7159"),
    Known("Organisation for Economic Co-operation and Development", ("OECD", "OCDE"), _IGO, "Q41550"),
    Known("Secretaría General Iberoamericana", ("SEGIB",), _IGO),
    Known("Organization of American States", ("OAS", "OEA"), _IGO),
    Known("Economic Community of West African States", ("ECOWAS", "CEDEAO"), _IGO),
    Known("Commonwealth Secretariat", (), _IGO),
    Known("Organisation internationale de la Francophonie", ("OIF",), _IGO),
    # international civil society well known by acronym
    Known("International Rescue Committee", ("IRC",), "civil-society"),
    Known("Oxfam", ("Oxfam International",), "civil-society"),
    Known("CARE International", ("CARE",), "civil-society"),
    Known("Save the Children", (), "civil-society"),
    Known("Plan International", (), "civil-society"),
    Known("BRAC", (), "civil-society"),
    Known("Bill & Melinda Gates Foundation", ("Gates Foundation", "BMGF"), "civil-society"),
)


@functools.cache
def _index() -> tuple[dict[str, Known], dict[str, Known]]:
    by_name, by_acronym = {}, {}
    for k in KNOWN:
        by_name[fold(k.label)] = k
        for a in k.acronyms:
            (by_acronym if a.replace("-", "").isupper() or a in ("Sida", "Norad", "KfW", "Enabel", "AfDB", "IsDB")
             else by_name)[a if a.isupper() else fold(a)] = k
    return by_name, by_acronym


def lookup(label: str, acronym: str | None = None) -> Known | None:
    """The curated entry for an organisation named ``label`` (or with ``acronym``).

    Names are matched case- and accent-insensitively; an acronym only counts when
    the label does not contradict it (a "Pacific Maritime Association (PMA)" is
    not the World Food Programme, whose Spanish acronym is also PMA).
    """
    by_name, by_acronym = _index()
    hit = by_name.get(fold(label))
    if hit:
        return hit
    for key in (label.strip(), acronym):
        if key and key in by_acronym:
            cand = by_acronym[key]
            if key == label.strip() or _compatible(label, cand):
                return cand
    return None


def _compatible(label: str, known: Known) -> bool:
    """The label shares its distinctive words with the entry's name."""
    stop = {"of", "the", "for", "and", "de", "la", "el", "du", "des", "et", "y", "on", "in", "en"}
    a = set(fold(label).split()) - stop
    b = set(fold(known.label).split()) - stop
    return len(a & b) >= max(1, min(len(a), len(b)) // 2)
