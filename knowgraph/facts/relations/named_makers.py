"""Makers in the name: a product or a model whose name begins with the name of an organisation of the
article is that organisation's ("Microsoft Azure", "Google Cloud", "Amazon Bedrock", "Nvidia H100").

    "Figure will move its training to Microsoft Azure, Microsoft said." -> developedBy(microsoft-azure, microsoft)

Only organisations the article itself names count (their names and the other forms it uses), so a
product merely sharing a word with a company it never mentions is left alone.
"""

from __future__ import annotations

from knowgraph.facts.modality import ASSERTED
from knowgraph.facts.relations.facts import Fact
from knowgraph.facts.relations.family import RuleFamily
from knowgraph.mentions.coref import DIRECT, Referent

_MAKER_TYPES = ("Organization", "Company")
_MADE_TYPES = ("Product", "AIModel")


class NamedMakers(RuleFamily):
    """A product or model named after its maker, once per document (see module docstring)."""

    def end_doc(self) -> list[Fact]:
        doc, resolver = self.context.doc, self.context.resolver
        entities = doc._.kg_entities or {}
        makers: dict[str, str] = {}  # a name form of an organisation, lower case -> its key
        for key, entity in entities.items():
            if entity.type in _MAKER_TYPES:
                for form in (entity.name, *entity.surface_forms):
                    makers.setdefault(form.lower(), key)
        if not makers:
            return []
        facts: list[Fact] = []
        done: set[str] = set()
        for span in resolver.mentions:
            if span.label_ not in _MADE_TYPES or span.kb_id_ in done or len(span) < 2:
                continue
            for end in range(span.end - 1, span.start, -1):  # the longest organisation name it begins with
                maker = makers.get(doc[span.start : end].text.lower())
                if maker is not None and maker != span.kb_id_:
                    done.add(span.kb_id_)
                    facts += self._make(
                        f"{self.lang}/developedBy.named",
                        "developedBy",
                        [Referent(span.kb_id_, DIRECT, span.start)],
                        [Referent(maker, DIRECT, span.start)],
                        doc[span.start],
                        0.8,
                        resolver,
                        status=ASSERTED,
                    )
                    break
        return facts
