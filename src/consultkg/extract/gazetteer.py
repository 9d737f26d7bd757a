"""A curated table of well-known bodies: their type and, where certain, Wikidata.

Entries are written by hand, with their names in Spanish, French and Portuguese where
records use them (``names``). ``wikidata`` is filled only where the entity is
beyond doubt; everything else gets its type from :mod:`consultkg.extract.orgs`
rules::

    >>> lookup("United Nations Development Programme").org_type
    'un-entity'
    >>> lookup("UNESCO").wikidata
    'Q7809'
    >>> lookup("Organização Internacional do Trabalho").label
    'International Labour Organization'
"""
from __future__ import annotations

import functools
from typing import NamedTuple

from ..lexicon import FUNCTION_WORDS
from .names import fold


class Known(NamedTuple):
    label: str
    acronyms: tuple[str, ...]
    org_type: str
    wikidata: str | None = None
    names: tuple[str, ...] = ()  # the name in other languages (matched like the label)


_UN, _MDB, _BIL, _IGO, _WBG = "un-entity", "multilateral-development-bank", "bilateral-agency", \
    "intergovernmental-organization", "world-bank-group"

KNOWN: tuple[Known, ...] = (
    # United Nations system
    Known("United Nations", ("UN", "ONU"), _UN, "Q1065", ("Nações Unidas", "Organização das Nações Unidas",
          "Naciones Unidas", "Organización de las Naciones Unidas", "Nations Unies", "Organisation des Nations Unies")),
    Known("United Nations Development Programme", ("UNDP", "PNUD"), _UN, None, (
        "Programa das Nações Unidas para o Desenvolvimento", "Programa de las Naciones Unidas para el Desarrollo",
        "Programme des Nations Unies pour le développement")),
    Known("United Nations Children's Fund", ("UNICEF",), _UN, "Q740308", (
        "Fundo das Nações Unidas para a Infância", "Fondo de las Naciones Unidas para la Infancia")),
    Known("United Nations Population Fund", ("UNFPA",), _UN, None, (
        "Fundo de População das Nações Unidas", "Fondo de Población de las Naciones Unidas",
        "Fonds des Nations Unies pour la population")),
    Known("United Nations Entity for Gender Equality and the Empowerment of Women",
          ("UN Women", "ONU Mujeres", "ONU Femmes", "ONU Mulheres"), _UN),
    Known("United Nations Educational, Scientific and Cultural Organization", ("UNESCO",), _UN, "Q7809", (
        "Organização das Nações Unidas para a Educação, a Ciência e a Cultura",)),
    Known("Joint United Nations Programme on HIV/AIDS", ("UNAIDS", "ONUSIDA"), _UN),
    Known("Office of the United Nations High Commissioner for Human Rights", ("OHCHR", "OACNUDH", "HCDH", "ACNUDH"), _UN,
          None, ("Alto Comissariado das Nações Unidas para os Direitos Humanos",)),
    Known("Office of the United Nations High Commissioner for Refugees", ("UNHCR", "ACNUR", "HCR"), _UN, None, (
        "Alto Comissariado das Nações Unidas para Refugiados", "Alto Comissariado das Nações Unidas para os Refugiados",
        "Alto Comisionado de las Naciones Unidas para los Refugiados",
        "Haut-Commissariat des Nations unies pour les réfugiés")),
    Known("International Organization for Migration", ("IOM", "OIM"), _UN, None, (
        "Organização Internacional para as Migrações", "Organización Internacional para las Migraciones",
        "Organisation internationale pour les migrations")),
    Known("World Health Organization", ("WHO", "OMS"), _UN, "Q7817", (
        "Organização Mundial da Saúde", "Organización Mundial de la Salud", "Organisation mondiale de la santé")),
    Known("International Labour Organization", ("ILO", "OIT"), _UN, "Q54129", (
        "International Labor Organization", "Organização Internacional do Trabalho",
        "Organización Internacional del Trabajo", "Organisation internationale du travail")),
    Known("Food and Agriculture Organization of the United Nations", ("FAO",), _UN, "Q82151", (
        "Organização das Nações Unidas para a Alimentação e a Agricultura",
        "Organización de las Naciones Unidas para la Alimentación y la Agricultura")),
    Known("World Food Programme", ("WFP", "PMA", "PAM"), _UN, None, (
        "Programa Mundial de Alimentos", "Programme alimentaire mondial")),
    Known("International Fund for Agricultural Development", ("IFAD", "FIDA"), _UN, None, (
        "Fundo Internacional de Desenvolvimento Agrícola", "Fondo Internacional de Desarrollo Agrícola",
        "Fonds international de développement agricole")),
    Known("United Nations Office on Drugs and Crime", ("UNODC",), _UN),
    Known("United Nations Human Settlements Programme", ("UN-Habitat",), _UN),
    Known("Pan American Health Organization", ("PAHO", "OPS", "OPAS"), _UN, None, (
        "Organização Pan-Americana da Saúde", "Organización Panamericana de la Salud")),
    Known("Economic Commission for Latin America and the Caribbean", ("ECLAC", "CEPAL"), _UN, None, (
        "Comissão Econômica para a América Latina e o Caribe", "Comisión Económica para América Latina y el Caribe",
        "Commission économique pour l'Amérique latine et les Caraïbes")),
    Known("International Monetary Fund", ("IMF", "FMI"), _UN, "Q7804", (
        "Fundo Monetário Internacional", "Fondo Monetario Internacional", "Fonds monétaire international")),
    # development banks and the World Bank Group
    Known("World Bank", ("WB", "Banco Mundial", "Banque mondiale"), _WBG, "Q7164"),
    Known("World Bank Group", ("WBG", "Grupo Banco Mundial", "Groupe de la Banque mondiale"), _WBG),
    Known("International Finance Corporation", ("IFC", "CFI"), _WBG, None, (
        "Corporação Financeira Internacional", "Corporación Financiera Internacional",
        "Société financière internationale")),
    Known("Multilateral Investment Guarantee Agency", ("MIGA",), _WBG),
    Known("International Development Association", ("IDA", "AIF"), _WBG),
    Known("Independent Evaluation Group", ("IEG",), _WBG),
    Known("Inter-American Development Bank", ("IDB", "IADB", "BID"), _MDB, None, (
        "Banco Interamericano de Desenvolvimento", "Banco Interamericano de Desarrollo",
        "Banque interaméricaine de développement")),
    Known("African Development Bank", ("AfDB", "BAD"), _MDB, None, (
        "Banque africaine de développement", "Banco Africano de Desenvolvimento")),
    Known("Asian Development Bank", ("ADB",), _MDB),
    Known("European Investment Bank", ("EIB", "BEI"), _MDB, None, ("Banco Europeu de Investimento",)),
    Known("European Bank for Reconstruction and Development", ("EBRD", "BERD"), _MDB),
    Known("Islamic Development Bank", ("IsDB",), _MDB),
    Known("Asian Infrastructure Investment Bank", ("AIIB",), _MDB),
    Known("Development Bank of Latin America and the Caribbean", ("CAF",), _MDB, None, (
        "Banco de Desenvolvimento da América Latina e Caribe", "Banco de Desenvolvimento da América Latina",
        "Banco de Desarrollo de America Latina", "Banco de Desarrollo de América Latina y el Caribe",
        "Corporación Andina de Fomento")),
    Known("New Development Bank", ("NDB",), _MDB, None, ("Novo Banco de Desenvolvimento", "Nuevo Banco de Desarrollo")),
    Known("Caribbean Development Bank", ("CDB",), _MDB),
    Known("West African Development Bank", ("BOAD",), _MDB),
    # bilateral agencies
    Known("United States Agency for International Development", ("USAID",), _BIL),
    Known("Deutsche Gesellschaft für Internationale Zusammenarbeit GmbH", ("GIZ",), _BIL),
    Known("Korea International Cooperation Agency", ("KOICA",), _BIL),
    Known("Japan International Cooperation Agency", ("JICA",), _BIL, None, (
        "Agência de Cooperação Internacional do Japão", "Agencia de Cooperación Internacional del Japón")),
    Known("Spanish Agency for International Development Cooperation", ("AECID",), _BIL, None, (
        "Agencia Española de Cooperación Internacional para el Desarrollo",
        "Agência Espanhola de Cooperação Internacional para o Desenvolvimento")),
    Known("Agence française de développement", ("AFD",), _BIL, None, (
        "French Development Agency", "Agência Francesa de Desenvolvimento", "Agencia Francesa de Desarrollo")),
    Known("Brazilian Cooperation Agency", (), _BIL, None, ("Agência Brasileira de Cooperação",)),
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
    Known("European Union", ("EU", "UE", "Unión Europea", "Union européenne", "União Europeia"), "supranational-union", "Q458"),
    Known("African Union", ("AU", "UA", "Union africaine", "União Africana", "Unión Africana"), "supranational-union", "Q7159"),
    Known("Organisation for Economic Co-operation and Development", ("OECD", "OCDE"), _IGO, "Q41550", (
        "Organização para a Cooperação e Desenvolvimento Econômico",)),
    Known("Secretaría General Iberoamericana", ("SEGIB",), _IGO, None, ("Secretaria-Geral Ibero-Americana",)),
    Known("Organization of American States", ("OAS", "OEA"), _IGO, None, (
        "Organização dos Estados Americanos", "Organización de los Estados Americanos")),
    Known("Inter-American Institute for Cooperation on Agriculture", ("IICA",), _IGO, None, (
        "Instituto Interamericano de Cooperação para a Agricultura",
        "Instituto Interamericano de Cooperación para la Agricultura")),
    Known("Organization of Ibero-American States for Education, Science and Culture", ("OEI",), _IGO, None, (
        "Organização dos Estados Ibero-americanos",
        "Organização dos Estados Ibero-Americanos para a Educação, a Ciência e a Cultura",
        "Organización de Estados Iberoamericanos",
        "Organización de Estados Iberoamericanos para la Educación, la Ciencia y la Cultura")),
    Known("Community of Portuguese Language Countries", ("CPLP",), _IGO, None, (
        "Comunidade dos Países de Língua Portuguesa",)),
    Known("Economic Community of West African States", ("ECOWAS", "CEDEAO"), _IGO, None, (
        "Communauté économique des États de l'Afrique de l'Ouest",)),
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
        for n in k.names:
            by_name.setdefault(fold(n), k)
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
    stop = FUNCTION_WORDS
    a = set(fold(label).split()) - stop
    b = set(fold(known.label).split()) - stop
    return len(a & b) >= max(1, min(len(a), len(b)) // 2)
