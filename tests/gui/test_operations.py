"""gui/operations.py on a real encrypted store: work off the GUI thread on a connection of its
own, callbacks on the GUI thread, progress and cancel, the newest read wins, one "records
changed" after a write, and a save racing a list load a thousand times."""

from __future__ import annotations

import threading

import pytest
from formtools import ADMIN, ADMIN_PASS
from guitools import WAIT_KDF_MS
from PySide6.QtWidgets import QWidget

from sxcounsel.core.errors import ValidationError
from sxcounsel.core.progress import Cancelled, Progress
from sxcounsel.gui import operations
from sxcounsel.gui.context import PageContext
from sxcounsel.gui.lists.list_page import ListPage
from sxcounsel.gui.lists.students_model import StudentsModel
from sxcounsel.gui.operations import Latest, read, write
from sxcounsel.services import students
from sxcounsel.services.account_session import Session
from sxcounsel.store import connection

GUI = threading.main_thread()


@pytest.fixture
def session(school):
    s = Session.unlock(school.home, ADMIN, ADMIN_PASS)
    yield s
    s.lock()


def settle(qtbot) -> None:
    qtbot.waitUntil(operations.idle, timeout=WAIT_KDF_MS)


def new_student(n: int) -> students.Student:
    return students.Student(student_no=f"R{n:07d}", name=f"学生{n}", class_name="七年级(1)班")


def test_a_read_runs_off_the_gui_thread_and_answers_on_it(qtbot, session):
    seen: dict[str, object] = {}

    def work(s: Session) -> int:
        seen["work"] = threading.current_thread()
        seen["own connection"] = s.store.conn is not session.store.conn
        return students.count_students(s)

    def success(n: int) -> None:
        seen["callback"], seen["n"] = threading.current_thread(), n

    op = read(work, success, None, session=session)
    qtbot.waitUntil(lambda: not op.running, timeout=WAIT_KDF_MS)
    assert seen["work"] is not GUI and seen["callback"] is GUI
    assert seen["own connection"] and seen["n"] == 0 and op.result == 0


def test_a_failure_arrives_on_the_gui_thread_as_the_exception(qtbot, session):
    got: list[tuple[object, BaseException]] = []

    def work(s: Session) -> None:
        students.create_student(s, students.Student(student_no="", name="", class_name=""))

    op = write(
        work,
        lambda _r: pytest.fail("a refused write succeeded"),
        lambda exc: got.append((threading.current_thread(), exc)),
        session=session,
        changes=("student", ""),
    )
    qtbot.waitUntil(lambda: not op.running, timeout=WAIT_KDF_MS)
    [(thread, exc)] = got
    assert thread is GUI and isinstance(exc, ValidationError) and op.error is exc


def test_progress_is_polled_and_cancel_stops_the_work(qtbot, session):
    progress, started = Progress(), threading.Event()
    snapshots: list[object] = []
    failures: list[BaseException] = []

    def work(s: Session) -> None:
        progress.start(1_000_000, "counting")
        progress.advance(5)
        started.set()
        while True:  # a long job that checks for cancel between steps
            students.count_students(s)
            progress.advance()

    op = read(work, None, failures.append, session=session, progress=progress)
    op.progressed.connect(snapshots.append)
    qtbot.waitUntil(lambda: started.is_set() and len(snapshots) >= 2, timeout=WAIT_KDF_MS)
    assert snapshots[-1].total == 1_000_000 and snapshots[-1].done >= 5
    op.cancel()
    qtbot.waitUntil(lambda: not op.running, timeout=WAIT_KDF_MS)
    assert len(failures) == 1 and isinstance(failures[0], Cancelled)


def test_the_newest_read_wins_on_a_real_store(qtbot, session):
    release = threading.Event()
    shown: list[int] = []
    latest = Latest()

    def slow(s: Session) -> int:
        release.wait(10)
        return -1

    older = latest.run(slow, shown.append, lambda e: shown.append(-2), session=session)
    students.create_student(session, new_student(1))
    newer = latest.run(students.count_students, shown.append, shown.append, session=session)
    qtbot.waitUntil(lambda: not newer.running, timeout=WAIT_KDF_MS)
    release.set()
    qtbot.waitUntil(lambda: not older.running, timeout=WAIT_KDF_MS)
    assert shown == [1]


def test_a_write_announces_one_change_and_a_read_none(qtbot, session, prefs):
    host = QWidget()
    qtbot.addWidget(host)
    ctx = PageContext(session, prefs, host)
    heard: list[tuple[str, str, str]] = []
    bus: list[tuple[str, str]] = []
    operations.notifier().records_changed.connect(lambda *a: heard.append(a))
    ctx.bus.changed.connect(lambda *a: bus.append(a))

    read(students.count_students, None, None, session=session)
    settle(qtbot)
    assert heard == [] and bus == []
    op = write(
        lambda s: students.create_student(s, new_student(2)),
        None,
        None,
        session=session,
        changes=lambda student: ("student", student.id),
    )
    settle(qtbot)
    assert heard == [(str(session.store.paths.home), "student", op.result.id)]
    assert bus == [("student", op.result.id)]
    refused = write(
        lambda s: students.create_student(s, new_student(2)),  # the same 学籍号 again
        None,
        None,
        session=session,
        changes=("student", ""),
    )
    settle(qtbot)
    assert refused.error is not None and len(heard) == 1  # nothing changed: nothing said


def test_a_connection_refuses_another_thread(qtbot, session):
    """What keeps connections unshared (the GUI tests' conftest binds them, as the app does)."""
    errors: list[BaseException] = []

    def use_the_gui_connection() -> None:
        try:
            session.store.conn.execute("SELECT 1").fetchone()
        except Exception as exc:
            errors.append(exc)

    t = threading.Thread(target=use_the_gui_connection)
    t.start()
    t.join()
    assert errors and "thread" in str(errors[0])


RACES = 1_000


def test_a_save_and_a_list_load_race_a_thousand_times(qtbot, session, prefs, monkeypatch):
    """Each round starts a save (a write operation) and a reload of the student list (a read
    operation) together. Every statement run on every connection is traced with its thread
    (store/connection.py's ``on_connect`` hook): none may run on the GUI thread, none may
    fail, and the list ends with every saved student."""
    on_gui: list[str] = []
    traced = [0]

    def trace(sql: str) -> None:
        traced[0] += 1
        if threading.current_thread() is GUI:
            on_gui.append(sql)

    hook = lambda conn: conn.set_trace_callback(trace)  # noqa: E731
    connection.on_connect.append(hook)
    try:
        host = QWidget()
        qtbot.addWidget(host)
        ctx = PageContext(session, prefs, host)
        page = ListPage(ctx, StudentsModel(session), "学生", host)
        host.show()
        qtbot.waitUntil(lambda: page.loaded and not page.task.running, timeout=WAIT_KDF_MS)
        failures: list[BaseException] = []
        saved: list[str] = []
        on_gui.clear()
        for n in range(RACES):
            write(
                lambda s, n=n: students.create_student(s, new_student(100 + n)),
                lambda st: saved.append(st.id),
                failures.append,
                session=session,
                changes=lambda st: ("student", st.id),
            )
            page.reload()
            if n % 8 == 7:  # let the queue drain now and then, as a user would
                settle(qtbot)
        settle(qtbot)
        qtbot.waitUntil(lambda: not page.task.running and not page._again, timeout=WAIT_KDF_MS)
    finally:
        connection.on_connect.remove(hook)
    assert failures == [] and page.message.text() == ""
    assert len(saved) == RACES
    assert all(page.model.shown_row_of(i) >= 0 for i in saved)
    assert page.model.rowCount() == students.count_students(session) == RACES + 0
    assert traced[0] > RACES * 4  # the hook saw the work
    assert on_gui == []
