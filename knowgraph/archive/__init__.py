"""One graph from a whole archive: batches on several cores, streaming to disk, sorted runs, Dask."""
