# os.fork + waitpid exit statuses, the W* helpers, pipes between parent and child, at-fork hook
# order and the argument errors of register_at_fork / exec* / waitstatus_to_exitcode.
import os
import signal
import sys

order = []
os.register_at_fork(before=lambda: order.append("before1"))
os.register_at_fork(before=lambda: order.append("before2"),
                    after_in_parent=lambda: order.append("parent1"),
                    after_in_child=lambda: order.append("child1"))
os.register_at_fork(after_in_parent=lambda: order.append("parent2"),
                    after_in_child=lambda: order.append("child2"))


def wait_status(pid):
    got, status = os.waitpid(pid, 0)
    assert got == pid
    return status


# Exit codes through os._exit and sys.exit.
for code in (0, 1, 7, 255):
    pid = os.fork()
    if pid == 0:
        os._exit(code)
    st = wait_status(pid)
    print("exit", code, os.WIFEXITED(st), os.WEXITSTATUS(st), os.WIFSIGNALED(st),
          os.waitstatus_to_exitcode(st))

pid = os.fork()
if pid == 0:
    try:
        sys.exit(3)
    finally:
        os._exit(3)
print("sys.exit in child ->", os.waitstatus_to_exitcode(wait_status(pid)))

# Killed by a signal.
for sig in (signal.SIGKILL, signal.SIGTERM, signal.SIGUSR1):
    pid = os.fork()
    if pid == 0:
        os.kill(os.getpid(), sig)
        os._exit(99)
    st = wait_status(pid)
    print("signal", sig.name, os.WIFEXITED(st), os.WIFSIGNALED(st), os.WTERMSIG(st) == sig,
          os.waitstatus_to_exitcode(st))

# The hook order: before hooks in reverse registration order, after hooks in order.
order.clear()
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, (",".join(order)).encode())
    os._exit(0)
os.close(w)
child_order = b""
while True:
    chunk = os.read(r, 100)
    if not chunk:
        break
    child_order += chunk
os.close(r)
wait_status(pid)
print("parent order:", ",".join(order))
print("child order:", child_order.decode())

# Both directions through two pipes; the child computes with what it reads.
parent = os.getpid()
p2c_r, p2c_w = os.pipe()
c2p_r, c2p_w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(p2c_w)
    os.close(c2p_r)
    data = b""
    while True:
        chunk = os.read(p2c_r, 4096)
        if not chunk:
            break
        data += chunk
    nums = [int(x) for x in data.split()]
    os.write(c2p_w, f"sum={sum(nums)} n={len(nums)} pid_differs={os.getpid() != parent}".encode())
    os._exit(0)

os.close(p2c_r)
os.close(c2p_w)
os.write(p2c_w, " ".join(str(i) for i in range(1000)).encode())
os.close(p2c_w)
reply = b""
while True:
    chunk = os.read(c2p_r, 4096)
    if not chunk:
        break
    reply += chunk
os.close(c2p_r)
print("reply:", reply.decode(), "status:", wait_status(pid))

# os.wait and WNOHANG.
pid = os.fork()
if pid == 0:
    os._exit(5)
got, st = os.wait()
print("wait:", got == pid, os.WEXITSTATUS(st))
try:
    os.waitpid(-1, os.WNOHANG)
except ChildProcessError as e:
    print("ChildProcessError", e.errno)
print(os.getpgid(0) == os.getpgrp())

r, w = os.pipe()
print("inheritable:", os.get_inheritable(r))
os.set_inheritable(r, True)
print("inheritable:", os.get_inheritable(r))
os.close(r)
os.close(w)

# Errors.
for call in (lambda: os.register_at_fork(),
             lambda: os.register_at_fork(before=1),
             lambda: os.register_at_fork(after_in_child="x"),
             lambda: os.execv("/bin/true", []),
             lambda: os.execv("/bin/true", 5),
             lambda: os.execv("/bin/true", [""]),
             lambda: os.execve("/bin/true", ["x"], 5),
             lambda: os.waitstatus_to_exitcode(0x7f),
             lambda: os.waitstatus_to_exitcode(0x137f),
             lambda: os.execv("/nonexistent/prog", ["prog"])):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

# exec replaces the child.
pid = os.fork()
if pid == 0:
    os.execv("/bin/sh", ["sh", "-c", "exit 42"])
print("exec status:", os.waitstatus_to_exitcode(wait_status(pid)))
pid = os.fork()
if pid == 0:
    os.execvp("sh", ["sh", "-c", "exit 43"])
print("execvp status:", os.waitstatus_to_exitcode(wait_status(pid)))
pid = os.fork()
if pid == 0:
    os.execve("/bin/sh", ["sh", "-c", 'test "$FOO" = bar && exit 44'], {"FOO": "bar"})
print("execve status:", os.waitstatus_to_exitcode(wait_status(pid)))
