from __future__ import annotations

import pytest

from tests.sync.syncworld import build_world, copy_world


@pytest.fixture(scope="session")
def world_template(tmp_path_factory):
    return build_world(tmp_path_factory.mktemp("syncworld") / "w")


@pytest.fixture
def world(world_template, tmp_path):
    return copy_world(world_template, tmp_path / "w")
