"""Operator Desk: the marketplace operator's customer-care workstation."""

__version__ = "0.1.0"
