"""Text to spaCy ``Doc``: clean-up that keeps every offset, language detection, the spaCy pipeline
with knowgraph's components, per-doc caches and the per-language data files.
"""
