import threading

import pytest

from sxcounsel.core.progress import Cancelled, Progress


def test_progress_counts_across_threads_and_cancels():
    p = Progress()
    p.start(4000, "import")
    threads = [
        threading.Thread(target=lambda: [p.advance() for _ in range(1000)]) for _ in range(4)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    snap = p.snapshot()
    assert (snap.done, snap.total, snap.stage, snap.fraction) == (4000, 4000, "import", 1.0)
    p.cancel()
    with pytest.raises(Cancelled, match="cancelled"):
        p.advance()
    assert p.snapshot().cancelled
