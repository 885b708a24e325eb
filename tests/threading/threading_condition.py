# threading.Condition: wait (timeout), wait_for, notify(n), notify_all, errors, ping-pong.
import threading

c = threading.Condition()
try:
    c.wait()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    c.notify()
except RuntimeError as e:
    print('RuntimeError:', e)
with c:
    print('wait timeout:', c.wait(0.02))
    print('wait_for timeout:', c.wait_for(lambda: False, 0.02))
    print('wait_for true:', c.wait_for(lambda: 7))
    c.notify()
    c.notify_all()

# With a plain Lock too.
c2 = threading.Condition(threading.Lock())
with c2:
    print('plain lock wait timeout:', c2.wait(0))

# notify(n) wakes exactly n waiters.
cond = threading.Condition()
ready = 0
woken = []
go = []
def waiter(i):
    global ready
    with cond:
        ready += 1
        cond.notify_all()
        cond.wait_for(lambda: i in go)
        woken.append(i)

ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ts: t.start()
with cond:
    cond.wait_for(lambda: ready == 5)
    go.extend([0, 1])
    cond.notify_all()
for t in ts[:2]: t.join()
print('woken:', sorted(woken))
with cond:
    go.extend([2, 3, 4])
    cond.notify_all()
for t in ts: t.join()
print('woken:', sorted(woken))

# notify(2) with three plain waiters: two wake, the third times out.
cond = threading.Condition()
state = {'waiting': 0, 'woke': 0, 'timeout': 0}
def plain_waiter():
    with cond:
        state['waiting'] += 1
        if cond.wait(1.0 if state['waiting'] < 3 else 0.3):
            state['woke'] += 1
        else:
            state['timeout'] += 1
ts = []
for i in range(3):
    t = threading.Thread(target=plain_waiter); t.start(); ts.append(t)
    while True:
        with cond:
            if state['waiting'] == i + 1:
                break
with cond:
    cond.notify(2)
for t in ts: t.join()
print(state)

# Ping-pong: two threads alternate strictly through one condition.
cond = threading.Condition()
turn = ['ping']
log = []
def player(me, other, n):
    for _ in range(n):
        with cond:
            cond.wait_for(lambda: turn[0] == me)
            log.append(me)
            turn[0] = other
            cond.notify()
a = threading.Thread(target=player, args=('ping', 'pong', 500))
b = threading.Thread(target=player, args=('pong', 'ping', 500))
a.start(); b.start(); a.join(); b.join()
print(len(log), log[:4], all(log[i] != log[i + 1] for i in range(len(log) - 1)))

# RLock held recursively is fully released while waiting, then restored.
rc = threading.Condition(threading.RLock())
flag = []
def setter():
    with rc:
        flag.append(1)
        rc.notify()
with rc:
    with rc:
        t = threading.Thread(target=setter); t.start()
        print('recursive wait:', rc.wait_for(lambda: flag, 5))
    print('still owned after inner exit:', rc._is_owned())
t.join()
