"""The question bank file: its format, loading, saving and validation (Qt-free)."""
