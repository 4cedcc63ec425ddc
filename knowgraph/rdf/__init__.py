"""Facts to RDF: the vocabulary read from the ontology, graph building with provenance, SHACL
validation and deterministic serialisation.
"""
