"""gui/session_events.py on Windows: the messages that lock, read from a MSG built here as
<winuser.h> lays it out and passed the way Qt's native event filter receives it; the helper
window's registration for this session's notifications (through wtsapi32 on Windows, through
a recording stand-in elsewhere)."""

from __future__ import annotations

import ctypes
import sys

import pytest
import shiboken6
from PySide6.QtCore import QByteArray

from sxcounsel.gui import session_events as se
from sxcounsel.gui.session_events import (
    LOGGED_OFF,
    SESSION_LOCKED,
    SLEEPING,
    USER_SWITCHED,
    SessionEvents,
    WindowsMessageFilter,
    WindowsWatch,
    windows_event,
)


# -- Windows messages ----------------------------------------------------------------------------
class POINT(ctypes.Structure):
    _fields_ = (("x", ctypes.c_int32), ("y", ctypes.c_int32))  # LONG is 32 bit on Windows


class WinMSG(ctypes.Structure):
    """typedef struct tagMSG { HWND hwnd; UINT message; WPARAM wParam; LPARAM lParam;
    DWORD time; POINT pt; DWORD lPrivate; } MSG;"""

    _fields_ = (
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint32),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
        ("time", ctypes.c_uint32),
        ("pt", POINT),
        ("lPrivate", ctypes.c_uint32),
    )


WM_MOUSEMOVE = 0x0200
WTS_CONSOLE_CONNECT, WTS_SESSION_LOGON, WTS_SESSION_UNLOCK = 0x1, 0x5, 0x8
PBT_APMRESUMEAUTOMATIC, PBT_APMPOWERSTATUSCHANGE = 0x12, 0xA
GENERIC = QByteArray(b"windows_generic_MSG")


def native(message: int, wparam: int) -> tuple[WinMSG, shiboken6.VoidPtr]:
    """A MSG and the pointer Qt hands a native event filter (kept together: the pointer is
    valid while the MSG lives)."""
    msg = WinMSG(hwnd=0x1234, message=message, wParam=wparam, lParam=0x99, time=123456)
    return msg, shiboken6.VoidPtr(ctypes.addressof(msg))


@pytest.mark.parametrize(
    ("message", "wparam", "reason"),
    [
        (0x02B1, 0x7, SESSION_LOCKED),  # WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK
        (0x02B1, 0x2, USER_SWITCHED),  # WTS_CONSOLE_DISCONNECT: fast user switching
        (0x02B1, 0x4, USER_SWITCHED),  # WTS_REMOTE_DISCONNECT
        (0x02B1, 0x6, LOGGED_OFF),  # WTS_SESSION_LOGOFF
        (0x0218, 0x4, SLEEPING),  # WM_POWERBROADCAST, PBT_APMSUSPEND
    ],
)
def test_lock_switch_logoff_and_suspend_messages_lock(message, wparam, reason):
    msg, pointer = native(message, wparam)
    assert windows_event(GENERIC, pointer) == reason
    assert windows_event(b"windows_dispatcher_MSG", ctypes.addressof(msg)) == reason


@pytest.mark.parametrize(
    ("message", "wparam"),
    [
        (0x02B1, WTS_SESSION_UNLOCK),
        (0x02B1, WTS_SESSION_LOGON),
        (0x02B1, WTS_CONSOLE_CONNECT),
        (0x0218, PBT_APMRESUMEAUTOMATIC),
        (0x0218, PBT_APMPOWERSTATUSCHANGE),
        (WM_MOUSEMOVE, 0x7),
    ],
)
def test_other_messages_do_not(message, wparam):
    _msg, pointer = native(message, wparam)
    assert windows_event(GENERIC, pointer) is None


def test_only_windows_messages_are_read():
    _msg, pointer = native(0x02B1, 0x7)
    assert windows_event(QByteArray(b"xcb_generic_event_t"), pointer) is None
    assert windows_event(GENERIC, shiboken6.VoidPtr(0)) is None


def test_the_filter_reports_and_lets_every_message_through(gui_app):
    reasons: list[str] = []
    native_filter = WindowsMessageFilter(reasons.append)
    _lock, locked = native(0x02B1, 0x7)
    _move, moved = native(WM_MOUSEMOVE, 0)
    assert native_filter.nativeEventFilter(GENERIC, locked) == (False, 0)
    assert native_filter.nativeEventFilter(GENERIC, moved) == (False, 0)
    assert reasons == [SESSION_LOCKED]


class RecordingWtsApi:
    """Stands in for wtsapi32.dll on Linux: records the calls, answers ``ok``."""

    def __init__(self, ok: bool = True) -> None:
        self.ok = ok
        self.calls: list[tuple] = []

    def WTSRegisterSessionNotification(self, hwnd: int, flags: int) -> int:
        self.calls.append(("register", hwnd, flags))
        return int(self.ok)

    def WTSUnRegisterSessionNotification(self, hwnd: int) -> int:
        self.calls.append(("unregister", hwnd))
        return 1


def test_the_helper_window_is_registered_for_this_session_and_unregistered_once(gui_app):
    api = RecordingWtsApi()
    watch = WindowsWatch(lambda reason: None, api)
    assert watch.hwnd and watch.registered
    assert api.calls == [("register", watch.hwnd, se.NOTIFY_FOR_THIS_SESSION)]
    watch.close()
    watch.close()
    assert api.calls[1:] == [("unregister", watch.hwnd)]


def test_a_failed_registration_is_not_undone(gui_app):
    api = RecordingWtsApi(ok=False)
    watch = WindowsWatch(lambda reason: None, api)
    assert not watch.registered
    watch.close()
    assert [c[0] for c in api.calls] == ["register"]


WINDOWS_ONLY = pytest.mark.skipif(sys.platform != "win32", reason="wtsapi32 is Windows only")


@WINDOWS_ONLY
def test_wtsapi32_registers_a_real_window():  # pragma: no cover - Windows
    """The ctypes binding against the real DLL, with a plain window of user32's own."""
    user32 = ctypes.WinDLL("user32", use_last_error=True)
    user32.CreateWindowExW.restype = ctypes.c_void_p
    user32.CreateWindowExW.argtypes = (
        ctypes.c_uint32, ctypes.c_wchar_p, ctypes.c_wchar_p, ctypes.c_uint32,
        ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_int,
        ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p,
    )  # fmt: skip
    user32.DestroyWindow.argtypes = (ctypes.c_void_p,)
    hwnd = user32.CreateWindowExW(
        0, "STATIC", "sxcounsel test", 0, 0, 0, 0, 0, None, None, None, None
    )
    assert hwnd, ctypes.get_last_error()
    try:
        api = se.load_wtsapi()
        assert api.WTSRegisterSessionNotification(hwnd, se.NOTIFY_FOR_THIS_SESSION)
        assert api.WTSUnRegisterSessionNotification(hwnd)
    finally:
        user32.DestroyWindow(hwnd)


@WINDOWS_ONLY
def test_windows_registers_the_session_notification(gui_app):  # pragma: no cover - Windows
    if gui_app.platformName() != "windows":
        pytest.skip("the offscreen platform makes no real window handle")
    events = SessionEvents()
    assert events.windows is not None and events.windows.registered
    events.close()
    assert events.windows is None
