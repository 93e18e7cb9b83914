"""Marketplace APIs behind one Protocol. The only package that speaks HTTP (``requests``)."""
