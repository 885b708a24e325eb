# subprocess.Popen: wait/poll/timeouts, kill/terminate/send_signal and the negative
# returncodes they give, communicate with a timeout (partial output kept, then resumed),
# run(timeout=...), the context manager, file objects on the pipes.
import signal
import subprocess
import sys
import time

p = subprocess.Popen(["sleep", "5"])
print(p.poll(), p.returncode)
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e, e.timeout, e.output, e.stdout)
p.kill()
print("killed:", p.wait(), p.returncode, p.poll())

p = subprocess.Popen(["sleep", "5"])
p.terminate()
print("terminated:", p.wait())
p = subprocess.Popen(["sleep", "5"])
p.send_signal(signal.SIGUSR1)
print("SIGUSR1:", p.wait())
p.send_signal(signal.SIGTERM)   # already reaped: nothing happens
print(repr(p))

t0 = time.monotonic()
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("run:", type(e).__name__, e.stdout, e.stderr, time.monotonic() - t0 < 3)
try:
    subprocess.run(["sh", "-c", "echo early; sleep 5"], timeout=0.3, capture_output=True)
except subprocess.TimeoutExpired as e:
    print("run captured:", e.stdout, e.stderr)
try:
    subprocess.check_output([sys.executable, "-c", "import time; time.sleep(5)"], timeout=0.3)
except subprocess.TimeoutExpired as e:
    print("check_output:", type(e).__name__, e.timeout)

p = subprocess.Popen(["sh", "-c", "echo first; sleep 0.4; echo second"], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("partial:", e.output)
out, err = p.communicate()
print("resumed:", out, err, p.returncode)

with subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE) as p:
    p.stdin.write(b"through the file objects\n")
    p.stdin.close()
    print(p.stdout.read())
print("context exit:", p.returncode, p.stdout.closed)

with subprocess.Popen([sys.executable, "-c", "print(input()[::-1])"], stdin=subprocess.PIPE,
                      stdout=subprocess.PIPE, text=True) as p:
    print(p.communicate("desserts\n"))
print(p.returncode, p.args[1:])

p = subprocess.Popen("exit 7", shell=True)
while p.poll() is None:
    time.sleep(0.01)
print("poll loop:", p.returncode, p.wait())
print(p.pid > 0, repr(subprocess.Popen(["true"]).wait()))
