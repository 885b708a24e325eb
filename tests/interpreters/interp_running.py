# is_running(), call_in_thread(), and the rules for a running interpreter: close() raises
# InterpreterError, a second exec() too. Expected output written by hand from the 3.14 docs.
from concurrent import interpreters
import time

a = interpreters.create()
gate = interpreters.create_queue()
done = interpreters.create_queue()
a.prepare_main(gate=gate, done=done)

def wait_for_gate():
    done.put(('got', gate.get(timeout=10)))

t = a.call_in_thread(wait_for_gate)
for _ in range(500):
    if a.is_running():
        break
    time.sleep(0.01)
print('running', a.is_running())
try:
    a.close()
except interpreters.InterpreterError as e:
    print('close running:', type(e).__name__, e)
try:
    a.exec('pass')
except interpreters.InterpreterError as e:
    print('exec running:', type(e).__name__, e)
gate.put('go')
t.join()
print(done.get(timeout=10))
print('running after', a.is_running())

# Exceptions in call_in_thread() are not raised in the caller (the thread reports them).
def quiet():
    done.put('ran')
a.call_in_thread(quiet).join()
print(done.get(timeout=10))

# Each thread that enters the interpreter gets its own thread state there.
def ident():
    import threading
    return threading.get_ident()
import threading
results = []
def worker():
    results.append(a.call(ident))
ths = [threading.Thread(target=worker) for _ in range(1)]
for th in ths:
    th.start()
for th in ths:
    th.join()
print('ident from thread', results[0] == ths[0].ident)
print('ident here', a.call(ident) == threading.get_ident())
a.close()
print('closed', a.id not in [i.id for i in interpreters.list_all()])
