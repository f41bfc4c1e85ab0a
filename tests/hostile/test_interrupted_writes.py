"""Two imports at once, and writes killed half-way: nothing lost, nothing half-counted.

The child processes are stopped at a chosen moment by a few lines run before the command
(a "prelude"): they tell the test on their standard output, then wait; the test lets them go
on, or kills them (kill -9). No test sleeps: each waits on a pipe or a socket, with a timeout.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading

from hostile_run import ROOT, plans_in, received, run_cli

from app.db.userdb import latest_sound_backup, list_backups, quick_check, restore_backup

# Both imports stop once they have chosen their rows' ids and wait to be let go together:
# without serialising, both then write the same ids. The rendezvous is a socket the test holds.
_RENDEZVOUS = """
import os, socket
import app.db.loader as loader
_number = loader._number_from_base
def _number_then_wait(session, plan):
    _number(session, plan)
    with socket.create_connection(("127.0.0.1", int(os.environ["RENDEZVOUS_PORT"])), timeout=60) as peer:
        peer.recv(1)
loader._number_from_base = _number_then_wait
"""


def _release_when_both_arrive(server: socket.socket, wait_for_second: float) -> None:
    """Let the first import go once the second arrives, or after `wait_for_second` seconds
    (a serialised second import cannot arrive before the first has finished)."""
    server.settimeout(60)
    first, _ = server.accept()
    server.settimeout(wait_for_second)
    try:
        second, _ = server.accept()
    except TimeoutError:
        second = None
    first.sendall(b"g")
    first.close()
    if second is None:
        server.settimeout(60)
        second, _ = server.accept()
    second.sendall(b"g")
    second.close()


def test_two_imports_at_once_both_succeed(library_of_two, data_dir, tmp_path):
    server = socket.create_server(("127.0.0.1", 0))
    os.environ["RENDEZVOUS_PORT"] = str(server.getsockname()[1])
    referee = threading.Thread(target=_release_when_both_arrive, args=(server, 3.0), daemon=True)
    referee.start()
    runs = {}
    files = {name: received(tmp_path, index) for name, index in (("a", 1), ("b", 3))}
    workers = [threading.Thread(target=lambda n=name, f=path: runs.__setitem__(
        n, run_cli("import", str(f), data_dir=data_dir, prelude=_RENDEZVOUS))) for name, path in files.items()]
    try:
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(150)
    finally:
        del os.environ["RENDEZVOUS_PORT"]
        server.close()
    assert len(runs) == 2
    for run in runs.values():
        run.sentence(0, out="imported as plan")  # before: one failed, "UNIQUE constraint failed: plan.id"
        run.bounded()
    plans = plans_in(library_of_two)
    assert len(plans) == 4 and len({plan_id for plan_id, _ in plans}) == 4


# -- killed half-way -------------------------------------------------------------------------
# Both preludes make SQLite spill its page cache to the file early (cache_size), as a large
# import does: then the half-done write is in the file and only its journal can undo it.
_SMALL_CACHE = """
import os, sys, sqlite3, time
class _SmallCache(sqlite3.Connection):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.execute("PRAGMA cache_size=2")
_connect = sqlite3.connect
def _use(factory):
    # sqlite3.connect for our own connections, sqlite3.dbapi2.connect for SQLAlchemy's.
    sqlite3.connect = sqlite3.dbapi2.connect = lambda *args, **kwargs: _connect(*args, **{**kwargs, "factory": factory})
_use(_SmallCache)
def _stop_here():
    os.write(1, b"stopped\\n")
    time.sleep(600)
"""
_STOP_MID_TRANSACTION = _SMALL_CACHE + """
import app.db.loader as loader
_add = loader.add_entries
def _add_then_stop(session, entries):
    count = _add(session, entries)
    session.flush()
    _stop_here()
    return count
loader.add_entries = _add_then_stop
"""
_STOP_MID_BACKUP = _SMALL_CACHE + """
class _SlowBackup(_SmallCache):
    def backup(self, target, *, pages=-1, progress=None, **kwargs):
        def step(status, remaining, total):
            if progress is not None:
                progress(status, remaining, total)
            if remaining < total // 2:  # half of the pages are in the backup file
                _stop_here()
        return super().backup(target, pages=4, progress=step, **kwargs)
_use(_SlowBackup)
"""


def _killed_when_stopped(prelude: str, data_dir, *argv: str) -> None:
    """Run the command with `prelude`; kill -9 it once it says it has stopped."""
    code = prelude + "\nfrom app.cli import main\nsys.exit(main(sys.argv[1:]))\n"
    env = {**os.environ, "PLAN_BROWSER_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-c", code, *argv], cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    watchdog = threading.Timer(90, child.kill)  # never stopped: the readline below ends at EOF
    watchdog.start()
    said = []
    try:
        for line in iter(child.stdout.readline, b""):  # waits on the child's own output
            said.append(line)
            if line.startswith(b"stopped"):
                break
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(30)
        watchdog.cancel()
    assert said and said[-1].startswith(b"stopped"), b"".join(said).decode(errors="replace")


def test_a_read_only_listing_after_a_kill_mid_import_recovers_the_journal(library_of_two, data_dir, tmp_path):
    # Before: "attempt to write a readonly database" until something opened it read-write.
    _killed_when_stopped(_STOP_MID_TRANSACTION, data_dir, "import", str(received(tmp_path, 1)))
    with open(data_dir / "user.sqlite-journal", "rb") as journal:  # the kill left the half-done write
        assert journal.read(8) == b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7"  # behind: a "hot" journal
    run = run_cli("list", "--db", str(library_of_two), data_dir=data_dir)
    run.sentence(0)
    run.bounded()
    assert len(run.out.splitlines()) == 3  # the header and the two plans: nothing of the killed import
    assert quick_check(library_of_two) is None and len(plans_in(library_of_two)) == 2


def test_a_backup_killed_half_way_is_never_offered(library_of_two, data_dir, tmp_path):
    # Before: the half-written backup rolled back to an empty database that passed the check;
    # being the newest, it was offered, and restoring it gave 0 plans where there had been 2.
    _killed_when_stopped(_STOP_MID_BACKUP, data_dir, "import", str(received(tmp_path, 1)))
    assert len(plans_in(library_of_two)) == 2  # the import never began
    offered = latest_sound_backup(library_of_two)
    assert offered is not None and len(plans_in(offered)) == 2
    # Before and after each of the two imports; the killed one is not among them.
    assert [len(plans_in(backup)) for backup in list_backups(library_of_two)] == [2, 1, 1, 0]
    library_of_two.write_bytes(b"damaged" * 1000)
    restore_backup(library_of_two, offered)
    assert len(plans_in(library_of_two)) == 2


def test_a_restore_keeps_the_latest_import(library_of_two):
    # Before: backups were taken only before an import, so the newest lacked the last one.
    titles = plans_in(library_of_two)
    library_of_two.write_bytes(b"damaged" * 1000)
    restore_backup(library_of_two, latest_sound_backup(library_of_two))
    assert plans_in(library_of_two) == titles
