"""Use cases and permission checks; the UI's only door to data.

UI code imports from here (the records it shows come from ``operator_desk.domain``).
"""
