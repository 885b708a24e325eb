# concurrent.futures.Future on its own: states, results, exceptions, callbacks, errors.
from concurrent import futures
from concurrent.futures import Future, CancelledError, InvalidStateError
import threading

def state(f):
    return (f.done(), f.running(), f.cancelled())

f = Future()
print(state(f), repr(f).endswith('state=pending>'))
try:
    f.result(timeout=0.02)
except futures.TimeoutError as e:
    print('TimeoutError', repr(e), futures.TimeoutError is TimeoutError)
try:
    f.exception(timeout=0)
except TimeoutError:
    print('TimeoutError from exception()')
print(f.set_running_or_notify_cancel(), state(f), repr(f).endswith('state=running>'))
print(f.cancel(), f.cancelled())
f.set_result(42)
print(state(f), f.result(), f.exception(), repr(f).endswith('state=finished returned int>'))
try:
    f.set_result(1)
except InvalidStateError as e:
    print('InvalidStateError', str(e).split(':')[0])
try:
    f.set_exception(ValueError())
except InvalidStateError as e:
    print('InvalidStateError', str(e).split(':')[0])

g = Future()
g.set_exception(ValueError('bad value'))
print(state(g), repr(g.exception()), repr(g).endswith('state=finished raised ValueError>'))
try:
    g.result()
except ValueError as e:
    print('result() raised', repr(e))

h = Future()
print(h.cancel(), state(h), h.cancel(), repr(h).endswith('state=cancelled>'))
for meth in (h.result, h.exception):
    try:
        meth()
    except CancelledError as e:
        print('CancelledError', repr(e))
print(h.set_running_or_notify_cancel(), h.cancelled())
try:
    h.set_running_or_notify_cancel()
except RuntimeError as e:
    print('RuntimeError:', e)
print(issubclass(CancelledError, futures._base.Error), issubclass(InvalidStateError, futures._base.Error),
      issubclass(futures.BrokenExecutor, RuntimeError))

# Callbacks: called once done (immediately when already done), in registration order.
calls = []
k = Future()
k.add_done_callback(lambda fut: calls.append(('first', fut.result())))
k.add_done_callback(lambda fut: calls.append(('second', fut.result())))
print(calls)
k.set_result('r')
k.add_done_callback(lambda fut: calls.append(('late', fut.result())))
print(calls)
c = Future()
c.add_done_callback(lambda fut: calls.append(('cancelled', fut.cancelled())))
c.cancel()
print(calls[-1])

# result() waits for another thread.
w = Future()
def complete():
    w.set_running_or_notify_cancel()
    w.set_result(sum(range(100)))
t = threading.Thread(target=complete)
t.start()
print(w.result(timeout=5))
t.join()
e = Future()
threading.Timer(0.01, e.set_exception, args=[KeyError('k')]).start()
print(repr(e.exception(timeout=5)))
