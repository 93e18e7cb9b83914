"""Dataset folders: an outdated dataset is set aside and regenerated, `sandbox generate`
refuses bad arguments with a clear message."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select, update

from operator_desk.sandbox import db
from operator_desk.sandbox.generator import GenerationSpec
from operator_desk.sandbox.server import DATABASE_FILE, dataset_version, open_dataset


def test_an_outdated_dataset_is_set_aside_and_regenerated(pristine_dataset: Path,
                                                          tmp_path: Path) -> None:
    shutil.copy(pristine_dataset / DATABASE_FILE, tmp_path / DATABASE_FILE)
    engine = db.make_engine(db.sqlite_url(tmp_path / DATABASE_FILE))
    with engine.begin() as connection:
        connection.execute(update(db.meta).where(db.meta.c.key == "schema_version")
                           .values(value="1"))
    engine.dispose()
    fresh = open_dataset(tmp_path, spec=GenerationSpec(seed=2, shops=4, orders=40))
    assert dataset_version(fresh) == db.SCHEMA_VERSION
    with fresh.connect() as connection:
        seed = connection.execute(select(db.meta.c.value).where(db.meta.c.key == "seed")
                                  ).scalar_one()
    fresh.dispose()
    assert seed == "2"
    kept = tmp_path / f"{DATABASE_FILE}.v1.old"
    assert kept.exists() and kept.stat().st_size > 0


@pytest.mark.parametrize(("args", "complaint"), [
    (["--markets", "DE,FR"], "unknown market FR"),
    (["--orders", "-5"], "--orders cannot be negative"),
])
def test_generate_refuses_bad_arguments(tmp_path: Path, args: list[str], complaint: str) -> None:
    done = subprocess.run([sys.executable, "-m", "operator_desk", "sandbox", "generate",
                           "--data", str(tmp_path), *args],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert complaint in done.stderr
    assert not (tmp_path / DATABASE_FILE).exists()


def test_generate_a_swiss_only_dataset(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "operator_desk", "sandbox", "generate",
                           "--data", str(tmp_path), "--markets", "ch", "--shops", "5",
                           "--orders", "60", "--messages", "600"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("CH: ")
    engine = db.make_engine(db.sqlite_url(tmp_path / DATABASE_FILE))
    with engine.connect() as connection:
        markets = connection.execute(select(db.markets.c.code)).scalars().all()
        journal = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
    engine.dispose()
    assert markets == ["CH"] and journal == "wal"
