"""Named queue filters a user keeps ("DE over 500 €, customer wrote", …), per desk.

Stored as a small JSON file next to the desk's other settings, written atomically. They are
the user's own working habits, not team data, so they do not go to the team store.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from operator_desk.domain.queue import QueueFilter, QueueView

FILE_NAME = "saved_filters.json"


def _to_json(filter_: QueueFilter) -> dict[str, Any]:
    data = asdict(filter_)
    data["view"] = filter_.view.value
    for key in ("min_value", "max_value"):
        if data[key] is not None:
            data[key] = str(data[key])
    data.pop("incident_ids", None)  # a fixed set of cases is not a filter to keep
    return data


def _from_json(data: dict[str, Any]) -> QueueFilter:
    known = QueueFilter.__dataclass_fields__
    values = {k: v for k, v in data.items() if k in known}
    for key in ("markets", "sellers", "reasons"):
        values[key] = tuple(values.get(key) or ())
    for key in ("min_value", "max_value"):
        if values.get(key) is not None:
            values[key] = Decimal(values[key])
    values["view"] = QueueView(values.get("view", QueueView.MARKED_SOLVED.value))
    return replace(QueueFilter(), **values)


class SavedFilters:
    def __init__(self, folder: Path) -> None:
        self.path = folder / FILE_NAME

    def load(self) -> dict[str, QueueFilter]:
        """Name -> filter; an unreadable file gives none (and is left for the user)."""
        try:
            raw = json.loads(self.path.read_text("utf-8"))
            return {name: _from_json(value) for name, value in raw.items()}
        except FileNotFoundError:
            return {}
        except (OSError, ValueError, TypeError, KeyError):
            return {}

    def save(self, name: str, filter_: QueueFilter) -> dict[str, QueueFilter]:
        name = name.strip()
        if not name:
            raise ValueError("a saved filter needs a name")
        filters = self.load()
        filters[name] = filter_
        self._write(filters)
        return filters

    def delete(self, name: str) -> dict[str, QueueFilter]:
        filters = self.load()
        filters.pop(name, None)
        self._write(filters)
        return filters

    def _write(self, filters: dict[str, QueueFilter]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        temporary.write_text(json.dumps({n: _to_json(f) for n, f in sorted(filters.items())},
                                        indent=2, ensure_ascii=False), "utf-8")
        os.replace(temporary, self.path)
