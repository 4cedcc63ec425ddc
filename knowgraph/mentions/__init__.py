"""Doc to mentions: entity candidates from spaCy's NER and the gazetteer, typed and linked, and
coreference (names, pronouns, descriptions) resolved to those entities.
"""
