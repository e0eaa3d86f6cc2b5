"""store/filelock.py: one holder at a time across threads and processes, re-entrant within a
thread, one lock per file."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time

from sxcounsel.store.filelock import locked

CHILD = textwrap.dedent(
    """
    import sys
    from sxcounsel.store.filelock import locked
    print("waiting", flush=True)
    with locked(sys.argv[1]):
        print("got it", flush=True)
    """
)


def test_the_lock_file_sits_beside_the_file_and_stays(tmp_path):
    path = tmp_path / "keyslots.json"
    with locked(path):
        assert (tmp_path / "keyslots.json.lock").is_file()
        assert not path.exists()  # the locked file itself is not created
    assert (tmp_path / "keyslots.json.lock").is_file()


def test_one_thread_may_take_its_lock_again(tmp_path):
    path = tmp_path / "keyslots.json"
    with locked(path), locked(path), locked(tmp_path / "." / "keyslots.json"):
        pass
    with locked(path):  # and it was released at the end
        pass


def test_another_thread_waits_for_the_holder(tmp_path):
    path = tmp_path / "keyslots.json"
    events: list[str] = []
    started = threading.Event()

    def other() -> None:
        started.set()
        with locked(path):
            events.append("other")

    with locked(path):
        thread = threading.Thread(target=other)
        thread.start()
        started.wait(5)
        time.sleep(0.2)
        events.append("holder done")
    thread.join(10)
    assert events == ["holder done", "other"]


def test_different_files_do_not_wait_for_each_other(tmp_path):
    got = threading.Event()

    def other() -> None:
        with locked(tmp_path / "b.json"):
            got.set()

    with locked(tmp_path / "a.json"):
        thread = threading.Thread(target=other)
        thread.start()
        assert got.wait(10)
    thread.join(10)


def test_another_process_waits_for_the_holder(tmp_path):
    path = tmp_path / "keyslots.json"
    with locked(path):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, text=True
        )
        try:
            assert child.stdout is not None
            assert child.stdout.readline() == "waiting\n"
            time.sleep(0.5)
            assert child.poll() is None  # still waiting for the lock
        except BaseException:
            child.kill()
            raise
    out, _ = child.communicate(timeout=30)
    assert child.returncode == 0 and out == "got it\n"
