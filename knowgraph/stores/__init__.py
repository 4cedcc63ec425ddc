"""Graphs into SPARQL stores: the embedded Oxigraph store and remote servers over the Graph Store
Protocol.
"""
