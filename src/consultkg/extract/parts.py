"""What a family extractor returns: the parts of a record besides its source."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..text import cased
from ..model import Consultation, Initiative, KeyMessage, Meeting, NotRead, Organisation, Person
from .names import fold, is_acronym


_BRACKETED = re.compile(cased(r"\(([\p{Lu}][\p{Lu}\p{Ll}0-9&\-]{1,15})\)"))


@dataclass
class Parts:
    consultation: Consultation = field(default_factory=lambda: Consultation(label="Consultation"))
    title: str = ""
    meetings: list[Meeting] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    key_messages: list[KeyMessage] = field(default_factory=list)
    initiatives: list[Initiative] = field(default_factory=list)
    author: str | None = None
    family: str | None = None  # the family the parts turned out to be, where it differs from the one asked for
    warnings: list[str] = field(default_factory=list)
    not_read: list[NotRead] = field(default_factory=list)

    def drop_organisation_initiatives(self) -> None:
        """Forget "initiatives" that are organisations of the record ("United Nations Population Fund")."""
        names = {fold(o.label) for o in self.organisations} | {o.acronym for o in self.organisations if o.acronym}
        labels = [f" {fold(o.label)} " for o in self.organisations]  # "Law and Development in Africa" in an org's name
        ends = [label.rstrip() for label in labels if len(label.split()) >= 2]  # "Senior Researcher, Tanzania
        # Gender Networking Programme", "Twiga Foods and One Acre Fund": an organisation's name, with more before it
        self.initiatives = [i for i in self.initiatives if fold(i.label) not in names and i.acronym not in names
                            and not any(f" {fold(i.label)} " in label for label in labels)
                            and not any(f" {fold(i.label)}".endswith(end) for end in ends)]

    def learn_acronyms(self, text: str) -> None:
        """Give an organisation the acronym the text writes after its full name elsewhere ("... Fome (MDS)").

        >>> from consultkg.model import Organisation
        >>> p = Parts(organisations=[Organisation("mds", "Ministério do Desenvolvimento Social")])
        >>> p.learn_acronyms("O Ministério do Desenvolvimento Social (MDS) coordena.")
        >>> p.organisations[0].acronym
        'MDS'
        """
        taken = {o.acronym for o in self.organisations if o.acronym}
        bare = [o for o in self.organisations if not o.acronym and len(o.label) >= 8]
        if not bare:
            return
        for m in _BRACKETED.finditer(text):  # few per record: test each against the names before it
            before = text[:m.start()].rstrip()
            acronym = m.group(1)
            org = next((o for o in bare if before.endswith(o.label)), None)
            if org and not org.acronym and is_acronym(acronym) and acronym not in taken:
                org.acronym = acronym
                taken.add(acronym)

    def add_initiatives(self, found: list[Initiative]) -> None:
        """Add initiatives not seen yet (same name or acronym counts as seen)."""
        for ini in found:
            if not any(fold(ini.label) == fold(x.label) or (ini.acronym and ini.acronym == x.acronym)
                       for x in self.initiatives):
                self.initiatives.append(ini)
