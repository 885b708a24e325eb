# subprocess: run/Popen with lists and shell strings, pipes both ways, text mode, cwd/env,
# DEVNULL/STDOUT/file redirection, check_* helpers, CompletedProcess/CalledProcessError,
# the missing-program error, and the weft binary itself (sys.executable).
import os
import signal
import subprocess
import sys

r = subprocess.run(["/bin/echo", "hello", "world"], capture_output=True)
print(r)
print(r.returncode, r.stdout, r.stderr)
r = subprocess.run("echo $((6 * 7)); echo err >&2; exit 3", shell=True, capture_output=True)
print(r.returncode, r.stdout, r.stderr)
r = subprocess.run(["sh", "-c", "exit 5"])
print(repr(r))
print(subprocess.run(["true"]).returncode, subprocess.call(["false"]), subprocess.call("exit 9", shell=True))

# The interpreter itself.
code = "import sys; data = sys.stdin.read(); print(data.upper(), end=''); print('E', file=sys.stderr)"
r = subprocess.run([sys.executable, "-c", code], input=b"piped in\n", capture_output=True)
print(r.returncode, r.stdout, r.stderr.strip())
out = subprocess.check_output([sys.executable, "-c", "print(sum(range(101)))"])
print(out)

# Text mode.
r = subprocess.run(["sh", "-c", "printf 'a\\r\\nb\\rc\\n'"], capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(["cat"], input="héllo\n", capture_output=True, encoding="utf-8")
print(repr(r.stdout), type(r.stdout).__name__)
print(repr(subprocess.check_output("echo hi", shell=True, universal_newlines=True)))

# Large data both ways (more than a pipe buffer) without deadlock.
data = b"x" * 300000 + b"\n"
r = subprocess.run(["cat"], input=data, capture_output=True)
print(len(r.stdout), r.stdout == data)
p = subprocess.Popen(["sh", "-c", "cat; echo done >&2"], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate(b"line1\nline2\n")
print(out, err, p.returncode, p.poll())

# Redirections.
r = subprocess.run(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.PIPE,
                   stderr=subprocess.STDOUT)
print(r.stdout)
r = subprocess.run(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.DEVNULL,
                   stderr=subprocess.PIPE)
print(r.stdout, r.stderr)
path = f"/tmp/weft_subprocess_basic_{os.getpid()}.txt"
with open(path, "w+b") as f:
    subprocess.run(["echo", "to a file"], stdout=f)
    f.seek(0)
    print(f.read())
os.remove(path)
r = subprocess.run(["pwd"], cwd="/usr", capture_output=True, text=True)
print(r.stdout.strip())
r = subprocess.run("pwd", shell=True, cwd=b"/", stdout=subprocess.PIPE)
print(r.stdout)
r = subprocess.run(["sh", "-c", "echo $WEFT_TEST_VAR"], env={"WEFT_TEST_VAR": "from env", "PATH": "/bin:/usr/bin"},
                   capture_output=True)
print(r.stdout)
r = subprocess.run(["sh", "-c", "read x; echo got $x"], stdin=subprocess.DEVNULL, capture_output=True)
print(r.stdout)
rfd, wfd = os.pipe()
os.write(wfd, b"from fd\n")
os.close(wfd)
r = subprocess.run(["cat"], stdin=rfd, capture_output=True)
os.close(rfd)
print(r.stdout)

# check_* and errors.
try:
    subprocess.check_call(["sh", "-c", "exit 2"])
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e, e.returncode, e.cmd)
try:
    subprocess.run("echo partial; exit 1", shell=True, check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print(e, e.stdout, e.output, e.stderr)
try:
    subprocess.check_output(["sh", "-c", "kill -9 $$"])
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.check_output(["sh", "-c", "exit 1"], stdout=None)
except ValueError as e:
    print("ValueError", e)
try:
    subprocess.run(["cat"], input=b"x", stdin=subprocess.PIPE)
except ValueError as e:
    print("ValueError", e)
try:
    subprocess.run(["cat"], capture_output=True, stdout=subprocess.PIPE)
except ValueError as e:
    print("ValueError", e)
for prog in (["no_such_program_weft"], ["/no/such/dir/prog"], "no_such_program_weft"):
    try:
        subprocess.run(prog)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.filename, e)
try:
    subprocess.run(["/etc/passwd"])
except PermissionError as e:
    print(type(e).__name__, e)
try:
    subprocess.run(["true"], cwd="/no/such/dir")
except FileNotFoundError as e:
    print(type(e).__name__, e)
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError),
      issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError),
      issubclass(subprocess.SubprocessError, Exception))
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(subprocess.getstatusoutput("echo hi; exit 3"), subprocess.getoutput("echo out"))
cp = subprocess.CompletedProcess(["a"], 1, b"o", None)
print(cp)
try:
    cp.check_returncode()
except subprocess.CalledProcessError as e:
    print(e)
