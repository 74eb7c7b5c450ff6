"""The financial-news grammar: one module per dimension."""
