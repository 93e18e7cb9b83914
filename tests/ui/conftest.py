"""UI fixtures: the offscreen platform and a task runner (the synced desk: tests/conftest)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from operator_desk.ui.tasks import TaskRunner
from tests.conftest import Desk

__all__ = ["Desk"]  # the synced-desk fixture lives in tests/conftest.py


@pytest.fixture
def runner(qapp: object) -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown(wait=True)
