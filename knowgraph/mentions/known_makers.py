"""Makers a known product's name gives: "Nvidia H100" (a device named after its maker's brand), "Microsoft Bing" (a
known product written with its maker's name before its own). The company is added to the article's entities, under
the form the text uses. Used by :mod:`knowgraph.facts.relations.named_makers` (the developedBy facts) and by the
rules that want a product's owner (a rival's product, a cloud's supplier)::

    known_maker_in_name(span)  # "nvidia" for the mention "Nvidia H100"
"""

from __future__ import annotations

from knowgraph.mentions.gazetteer import default_gazetteer
from knowgraph.mentions.linking import GazetteerLinker

_MAKER_TYPES = ("Organization", "Company")
_MADE_TYPES = ("Product", "AIModel")
# the gazetteer kinds of products whose known name carries the maker's as a brand word before a model number
# ("Nvidia H100", "AMD MI300X"): articles name the maker there; "Microsoft Azure" or "DeepSeek V3" is one name
_BRANDED_KINDS = frozenset({"device"})


def known_maker_in_name(span) -> str | None:
    """The known company whose name a known device's name begins with, when the gazetteer matched the whole
    ("Nvidia H100" as one mention of ``nvidia-h100``): the company is added to the article's entities (under
    the form the text uses) and its key returned. Only a capitalised form, so a product is never made by a
    common word; only a known device (a chip) or a known product whose own name follows the company's
    ("Microsoft Bing": the writer names the maker), so a name the article alone gives is read from the article.

        known_maker_in_name(span)  # "nvidia" for the mention "Nvidia H100"
    """
    doc, gazetteer = span.doc, default_gazetteer()
    product = gazetteer.get(span.kb_id_)
    if product is None or product.type not in _MADE_TYPES:
        return None
    branded = bool(product.kinds & _BRANDED_KINDS)
    known_forms = {form.lower() for form in product.surface_forms}
    for end in range(span.end - 1, span.start, -1):
        form = doc[span.start : end].text
        entry = gazetteer.lookup(form) if form[:1].isupper() else None
        if entry is None or entry.type not in _MAKER_TYPES:
            continue
        # the device's key begins with its maker's ("nvidia-h100"): "Tesla V100" is Nvidia's, not Tesla's; any
        # other product only when the rest is a name of its own, the maker written before it ("Microsoft Bing",
        # not "Google Play": one name)
        if not (
            span.kb_id_.startswith(f"{entry.key}-") if branded else doc[end : span.end].text.lower() in known_forms
        ):
            continue
        entities = doc._.kg_entities
        if entry.key not in entities:
            entities[entry.key] = GazetteerLinker.entity(entry, span.start)
            entities[entry.key].surface_forms.add(entry.name)
        entities[entry.key].surface_forms.add(form)
        return entry.key
    return None
