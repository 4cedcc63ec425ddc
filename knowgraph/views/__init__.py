"""What people look at: the evidence report and the pictures of a graph."""
