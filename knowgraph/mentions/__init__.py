"""Doc to mentions: entity candidates from spaCy's NER and the gazetteer, typed and linked, and
coreference (names, pronouns, descriptions) resolved to those entities.

The mention stage, the ``knowgraph_mentions`` spaCy component (:mod:`.finder`), in the order it runs:

* :mod:`.candidates`: the gazetteer's names and spaCy's entities, and the choice among overlapping ones;
* :mod:`.context`: the names their context introduces ("la startup Nexalia", "Mara Lenz, who ...");
  :mod:`.names` reads the shapes they share (descriptor nouns, quoted and capitalised names);
* :mod:`.linking`: gazetteer linking; :mod:`.entity_types`: the type of each name over the article;
* :mod:`.clustering`: one entity per thing named, short names and acronyms merged;
* :mod:`.entities`: what the stage hands on (``Entity``, the ``kg_mentions`` spans).

Coreference, the :class:`~knowgraph.mentions.coref.Resolver` the relation rules ask (:mod:`.coref`):
:mod:`.coref_names`, :mod:`.coref_pronouns`, :mod:`.coref_descriptions`, on :mod:`.coref_recency`
and the article's mentions (:mod:`.coref_article`). :mod:`.gazetteer` is the table of known
entities; :mod:`.lexicon` gathers the word lists of ``knowgraph/data/<lang>/``.
"""
