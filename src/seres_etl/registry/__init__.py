"""Package data: the entity registry."""
