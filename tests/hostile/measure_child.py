"""Run a command and write its exit status, its own peak memory and whether it was killed.

    python measure_child.py REPORT LIMIT COMMAND...

Linux counts a forked child's peak memory from its parent's size at the fork, so a command
started from the test process would be charged the test process's hundreds of megabytes.
This small launcher is what forks instead; what it reports is the command's own peak (plus
the launcher's few megabytes). After LIMIT seconds the command is killed.
"""
import json
import os
import signal
import sys
import threading

report, limit, command = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
child = os.posix_spawn(command[0], command, os.environ)
killed = threading.Event()


def _kill() -> None:
    killed.set()
    os.kill(child, signal.SIGKILL)


timer = threading.Timer(limit, _kill)
timer.start()
_, status, usage = os.wait4(child, 0)
timer.cancel()
with open(report, "w", encoding="utf-8") as handle:
    json.dump({"status": os.waitstatus_to_exitcode(status), "peak_kb": usage.ru_maxrss,
               "killed": killed.is_set()}, handle)
