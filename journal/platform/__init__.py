"""Operating-system integration that needs no Qt (start at login, ...)."""
