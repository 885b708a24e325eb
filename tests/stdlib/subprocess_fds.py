# subprocess: pass_fds (and other fds closed), start_new_session, process_group, executable=,
# Popen from several threads at once, stdin from a file object, children that ignore or die by
# signals, the text/universal_newlines conflict.
import os, subprocess, sys, threading, signal
r, w = os.pipe()
p = subprocess.run([sys.executable, "-c", f"import os; os.write({w}, b'via pass_fds')"], pass_fds=[w])
os.close(w); print(os.read(r, 100), p.returncode); os.close(r)
r, w = os.pipe()
p = subprocess.run([sys.executable, "-c", f"import os\ntry:\n    os.write({w}, b'x')\nexcept OSError as e: print(type(e).__name__)"], capture_output=True)
print(p.stdout); os.close(r); os.close(w)
out = subprocess.check_output([sys.executable, "-c", "import os; print(os.getsid(0) == os.getpid())"], start_new_session=True)
print(out)
out = subprocess.check_output([sys.executable, "-c", "import os; print(os.getpgrp() == os.getpid())"], process_group=0)
print(out)
print(subprocess.check_output(["whatever", "-c", "echo $0"], executable="/bin/sh"))
print(subprocess.check_output("echo $0", shell=True, executable="/bin/bash"))
res = []
def run(i):
    res.append(subprocess.run(["sh", "-c", f"echo {i}"], capture_output=True).stdout)
ts = [threading.Thread(target=run, args=(i,)) for i in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(res))
with open(__file__, "rb") as f:
    print(len(subprocess.run(["cat"], stdin=f, capture_output=True).stdout) > 0)
print(subprocess.run(["sh", "-c", "trap '' TERM; kill -TERM $$; echo survived"], capture_output=True).stdout)
print(subprocess.run(["sh", "-c", "kill -PIPE $$; echo survived"], capture_output=True).returncode)
print(subprocess.run(["ls", "/nonexistent_dir_x"], capture_output=True).returncode)
p = subprocess.Popen(["sleep", "10"], stdout=subprocess.PIPE)
print(repr(p)[:30])
p.kill(); p.wait(); p.stdout.close()
print(os.WNOHANG, os.WUNTRACED)
try:
    subprocess.Popen(["echo"], stdout=subprocess.PIPE, text=True, universal_newlines=False)
except subprocess.SubprocessError as e:
    print(e)
