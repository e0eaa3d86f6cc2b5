"""A record form's save is a write operation (gui/operations.py): its SQL runs off the GUI
thread on a connection of its own, the form is busy until it ends, and the change is announced
once."""

from __future__ import annotations

import threading

import formtools
from formtools import COUNSELOR, COUNSELOR_PASS, type_text
from guitools import WAIT_KDF_MS

from sxcounsel.gui import operations
from sxcounsel.services import consents
from sxcounsel.store import connection

GUI = threading.main_thread()
ctx_of = formtools.ctx_of  # the fixture
kids = formtools.kids  # the fixture
WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


def test_a_form_save_runs_its_sql_off_the_gui_thread(qtbot, ctx_of, kids):
    ctx = ctx_of(COUNSELOR, COUNSELOR_PASS)
    form = ctx.open_record("consent", None, student_id=kids["李静怡"])
    type_text(form, "guardian", "李建军")
    type_text(form, "relation", "父亲")
    changed: list[tuple[str, str]] = []
    ctx.bus.changed.connect(lambda kind, rid: changed.append((kind, rid)))
    traced: list[tuple[bool, str]] = []  # (on the GUI thread, statement)
    lock = threading.Lock()

    def trace(sql: str) -> None:
        with lock:
            traced.append((threading.current_thread() is GUI, sql))

    hook = lambda conn: conn.set_trace_callback(trace)  # noqa: E731
    connection.on_connect.append(hook)  # the operation's own connection
    ctx.session.store.conn.set_trace_callback(trace)  # and the GUI thread's
    try:
        op = form.save()
        assert op is not None and form.busy() and not form.save_button.isEnabled()
        qtbot.waitUntil(operations.idle, timeout=WAIT_KDF_MS)
    finally:
        connection.on_connect.remove(hook)
        ctx.session.store.conn.set_trace_callback(None)
    assert op.error is None and form.record_id and form.save_button.isEnabled()
    assert op.thread_name != GUI.name
    writes = [(gui, sql) for gui, sql in traced if sql.lstrip().upper().startswith(WRITES)]
    assert any("consent" in sql.lower() for _, sql in writes)  # the save itself was traced
    assert [sql for gui, sql in writes if gui] == []  # nothing written on the GUI thread
    assert changed == [("consent", form.record_id)]  # announced once, by the operation
    assert consents.get_consent(ctx.session, form.record_id).guardian == "李建军"
