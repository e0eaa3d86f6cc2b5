"""The 同步 page on a real enrolled school and a real county: USB round trip and HTTPS push."""

from __future__ import annotations

import pytest
from guitools import WAIT_KDF_MS
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QWidget

from sxcounsel.county.importer import import_bundle, read_bundle_file
from sxcounsel.county.server import start_in_thread
from sxcounsel.gui.context import PageContext
from sxcounsel.gui.labels import fill
from sxcounsel.gui.sync.sync_page import SyncPage
from sxcounsel.store import connection
from tests.sync.syncworld import SCHOOL_A, add_students, build_world, closed_port


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    return build_world(tmp_path_factory.mktemp("guisync") / "w")


@pytest.fixture
def page(world, prefs, qtbot):
    session = world.school(SCHOOL_A)
    host = QWidget()
    qtbot.addWidget(host)
    ctx = PageContext(session, prefs, host)
    states: list[str] = []
    ctx.bus.sync_changed.connect(states.append)
    page = SyncPage(ctx, host)
    page.states = states
    host.resize(1366, 768)
    host.show()
    yield page
    page.timer.stop()
    session.lock()


def wait(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page.task is not None and not page.task.running, timeout=WAIT_KDF_MS)
    wait_refresh(qtbot, page)


def wait_refresh(qtbot, page) -> None:
    """refresh() counts in the background (gui/operations.py)."""
    qtbot.waitUntil(lambda: not page.loading.running, timeout=WAIT_KDF_MS)


def test_usb_round_trip(qtbot, page, world, tmp_path):
    add_students(page.ctx.session, 3, prefix="U")
    page.refresh()
    wait_refresh(qtbot, page)
    assert "富平县" in page.values["county"].text()
    assert "条" in page.values["pending"].text() and "3" in page.values["pending"].text()
    assert "待发送" in page.states[-1]
    stick = tmp_path / "stick"
    stick.mkdir()
    page.export_into(stick)
    wait(qtbot, page)
    bundles = sorted(stick.glob("*.sxb"))
    assert bundles and str(stick) in page.message.text()
    with world.county() as (cs, county):
        results = [import_bundle(cs, county, read_bundle_file(b), b.name) for b in bundles]
    ack = tmp_path / "ack.json"
    ack.write_bytes(results[-1].ack)
    page.import_ack(ack)
    wait(qtbot, page)
    assert "县中心确认" in page.message.text()
    assert page.status is not None and page.status.nothing_pending
    assert page.values["pending"].text().startswith("没有")
    assert "没有待发送" in page.states[-1]


def change_address_in_dialog(qtbot, page, url: str) -> None:
    """What the counselor does when the county center gives a new address."""
    qtbot.waitUntil(lambda: page.status is not None, timeout=WAIT_KDF_MS)
    qtbot.mouseClick(page.address_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(QInputDialog, "syncAddressDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.textValue() == page.status.url  # the address in use, to edit
    dialog.setTextValue(url)
    dialog.accept()
    assert fill("今后记录将发送到 %1。", url) == page.message.text()
    qtbot.waitUntil(lambda: page.status.url == url)
    assert url in page.values["county"].text()


def test_a_malformed_address_is_refused_in_words(qtbot, page):
    qtbot.waitUntil(lambda: page.status is not None, timeout=WAIT_KDF_MS)
    before = page.status.url
    page.set_address("192.168.1.20")
    assert page.message.text() == "地址应形如 https://192.168.1.20:8443；未作任何更改。"
    page.refresh()
    wait_refresh(qtbot, page)
    assert page.status.url == before


def test_sync_now_over_https_and_a_county_that_is_away(qtbot, page, world):
    add_students(page.ctx.session, 2, prefix="H")
    # Nobody listens there: unreachable, nothing lost.
    page.set_address(f"https://127.0.0.1:{closed_port()}")
    page.sync_now()
    wait(qtbot, page)
    assert page.message.text() and "Traceback" not in page.message.text()
    assert not page.status.nothing_pending
    # The county server shares its one connection among its threads (county/server.py): its
    # session is opened as headless code opens it, not bound to this thread as the app's are.
    connection.thread_bound = False
    with world.county() as (cs, county):
        connection.thread_bound = True
        running = start_in_thread(cs, county)
        try:
            change_address_in_dialog(qtbot, page, running.url)
            page.sync_now()
            wait(qtbot, page)
        finally:
            running.stop()
    assert "县中心确认" in page.message.text(), page.message.text()
    assert page.status.nothing_pending
