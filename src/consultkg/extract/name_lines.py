"""A person's name on a line of its own over a line giving the post and the body ("Mr. Habil Odhiambo Were" /
"Head of SME Banking, Equity Bank Kenya"): a panel's speakers, a delegation, a signature. The two lines are
one participant; each fact keeps its own line as evidence.

    >>> from consultkg.model import Block
    >>> from consultkg.extract.orgs import OrgRegistry
    >>> name, post = Block("Prof. Amina Said Abdalla", 18), Block("Dean, Strathmore Business School, Strathmore University", 19)
    >>> is_name_over_post(name, post)
    True
    >>> reg = OrgRegistry()
    >>> keys, person = read_name_over_post(name, post, reg, "Kenya")
    >>> [reg.get(k).label for k in keys], person.name, person.job_title, person.evidence.line
    (['Strathmore University'], 'Amina Said Abdalla', 'Dean, Strathmore Business School', 18)
"""
from __future__ import annotations

from ..model import TABLE, Block, Person
from ..text import split_top
from .common import evidence
from .entities import is_job_title, is_sentence, org_problem
from .names import has_honorific, looks_like_person_name
from .orgs import OrgRegistry
from .participants import make_person

_MAX_NAME_WORDS = 6


def _name_line(block: Block) -> bool:
    text = block.text.strip()
    return (block.kind != TABLE and "," not in text and len(text.split()) <= _MAX_NAME_WORDS
            and (has_honorific(text) or looks_like_person_name(text)) and not is_job_title(text))


def is_name_over_post(name: Block, post: Block) -> bool:
    """``name`` is a person's name alone and ``post`` opens with a job title (and is no sentence)."""
    if not _name_line(name) or post.kind == TABLE or _name_line(post) or is_sentence(post.text):
        return False
    return is_job_title(split_top(post.text.strip())[0])


def read_name_over_post(name: Block, post: Block, reg: OrgRegistry,
                        country: str | None) -> tuple[list[str], Person | None]:
    """The organisation keys and the person of a name line and its post line: the post line's last part is
    the body when it is no job title ("Dean, Strathmore Business School, Strathmore University")."""
    parts = split_top(post.text.strip().rstrip(".;"))
    body = parts[-1] if len(parts) >= 2 and not is_job_title(parts[-1]) and org_problem(parts[-1]) is None else None
    key = reg.add(body, country=country, evidence=evidence(post, body)) if body else None
    title = ", ".join(parts[:-1] if body else parts)
    person = make_person(name.text.strip(), key, evidence(name, name.text.strip()), title)
    return ([key] if key else []), person


def pair_name_lines(blocks: list[Block]) -> dict[int, Block]:
    """``id`` of each name line -> the post line under it."""
    return {id(a): b for a, b in zip(blocks, blocks[1:]) if is_name_over_post(a, b)}
