# Exit statuses of the interpreter itself (sys.executable), as the parent sees them: normal
# exits, sys.exit values, os._exit, uncaught exceptions, KeyboardInterrupt, death by a signal
# with the default action, a handler for SIGTERM, and SIG_IGN.
import subprocess
import sys

cases = [
    ("pass", "pass"),
    ("sys.exit(3)", "import sys; sys.exit(3)"),
    ("sys.exit('msg')", "import sys; sys.exit('msg')"),
    ("os._exit(42)", "import os; os._exit(42)"),
    ("raise ValueError", "raise ValueError('x')"),
    ("KeyboardInterrupt", "raise KeyboardInterrupt"),
    ("SIGINT default handler", "import os, signal, time\nos.kill(os.getpid(), signal.SIGINT)\ntime.sleep(5)"),
    ("SIGINT SIG_DFL", "import os, signal, time\nsignal.signal(signal.SIGINT, signal.SIG_DFL)\nos.kill(os.getpid(), signal.SIGINT)\ntime.sleep(5)"),
    ("SIGTERM default", "import os, signal, time\nos.kill(os.getpid(), signal.SIGTERM)\ntime.sleep(5)"),
    ("SIGKILL", "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)"),
    ("SIGTERM handler", "import os, signal, sys\n"
     "signal.signal(signal.SIGTERM, lambda s, f: sys.exit(10 + s))\n"
     "os.kill(os.getpid(), signal.SIGTERM)\nimport time; time.sleep(5)"),
    ("SIGTERM ignored", "import os, signal\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
     "os.kill(os.getpid(), signal.SIGTERM)\nprint('alive')"),
    ("SIGUSR1 from a thread", "import os, signal, threading\n"
     "got = []\nsignal.signal(signal.SIGUSR1, lambda s, f: got.append(threading.current_thread().name))\n"
     "t = threading.Thread(target=os.kill, args=(os.getpid(), signal.SIGUSR1)); t.start(); t.join()\n"
     "import time\nfor _ in range(100):\n    if got: break\n    time.sleep(0.01)\nprint(got)"),
]
for name, code in cases:
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    last = r.stderr.strip().splitlines()[-1:]
    print(f"{name}: {r.returncode} {r.stdout.strip()!r} {last}")
