"""knowgraph."""
