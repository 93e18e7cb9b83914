"""Mirakl's operator REST API."""

from .client import ConnectionSettings, MiraklConnector, check_base_url

__all__ = ["ConnectionSettings", "MiraklConnector", "check_base_url"]
