# multiprocessing Queue / SimpleQueue / JoinableQueue / Pipe round trips between processes.
import multiprocessing as mp
import queue


def echo_queue(inq, outq):
    while True:
        item = inq.get()
        if item is None:
            break
        outq.put(('echo', item))


def echo_pipe(conn):
    while True:
        msg = conn.recv()
        if msg == 'stop':
            break
        conn.send(msg[::-1] if isinstance(msg, (str, list)) else msg)
    conn.send_bytes(b'raw bytes')
    conn.close()


def writer(conn, n):
    for i in range(n):
        conn.send(i * i)
    conn.close()


def consumer(jq, results):
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            break
        results.put(item * 10)
        jq.task_done()


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


if __name__ == '__main__':
    inq, outq = mp.Queue(), mp.Queue()
    p = mp.Process(target=echo_queue, args=(inq, outq))
    p.start()
    values = [1, 'two', 3.5, (4, 5), [6, [7]], {'k': 'v'}, None.__class__.__name__, b'\x00\xff',
              Point(1, 2), 10 ** 30, {1, 2, 3}, True]
    for v in values:
        inq.put(v)
    for v in values:
        print(outq.get())
    inq.put(None)
    p.join()
    print('exit', p.exitcode)

    q = mp.Queue()
    print('empty:', q.empty())
    try:
        q.get(timeout=0.1)
    except queue.Empty:
        print('get(timeout) -> queue.Empty')
    try:
        q.get_nowait()
    except queue.Empty:
        print('get_nowait -> queue.Empty')
    for i in range(3):
        q.put(i)
    import time
    time.sleep(0.1)
    print('qsize:', q.qsize(), 'empty:', q.empty())
    print([q.get() for _ in range(3)])
    big = list(range(50000))
    q.put(big)
    print('big ok:', q.get() == big)
    q.close()
    q.join_thread()
    try:
        q.put(1)
    except ValueError as e:
        print('ValueError: closed' if 'is closed' in str(e) else e)

    bq = mp.Queue(maxsize=2)
    bq.put(1)
    bq.put(2)
    print('full:', bq.full())
    try:
        bq.put(3, timeout=0.1)
    except queue.Full:
        print('put(timeout) -> queue.Full')
    print(bq.get(), bq.get())

    sq = mp.SimpleQueue()
    sq.put(('simple', 1))
    print('simple:', sq.empty(), sq.get(), sq.empty())
    sq.close()

    a, b = mp.Pipe()
    p = mp.Process(target=echo_pipe, args=(b,))
    p.start()
    b.close()
    for msg in ['hello', [1, 2, 3], 42, Point(3, 4)]:
        a.send(msg)
        print('pipe:', a.recv())
    print('poll before:', a.poll())
    a.send('stop')
    print('poll(2):', a.poll(2))
    print('bytes:', a.recv_bytes())
    p.join()
    try:
        a.recv()
    except EOFError:
        print('EOFError after the other end closed')
    a.close()
    print('closed:', a.closed)
    try:
        a.send(1)
    except OSError as e:
        print('OSError:', e)

    r, w = mp.Pipe(duplex=False)
    print('readable/writable:', r.readable, r.writable, w.readable, w.writable)
    try:
        r.send(1)
    except OSError as e:
        print('OSError:', e)
    try:
        w.recv()
    except OSError as e:
        print('OSError:', e)
    p = mp.Process(target=writer, args=(w, 5))
    p.start()
    w.close()
    print('from writer:', [r.recv() for _ in range(5)])
    p.join()
    w2 = mp.Pipe(duplex=False)
    w2[1].send_bytes(b'abcdef', 2, 3)
    print('send_bytes(offset, size):', w2[0].recv_bytes())

    jq, results = mp.JoinableQueue(), mp.Queue()
    p = mp.Process(target=consumer, args=(jq, results))
    p.start()
    for i in range(5):
        jq.put(i)
    jq.put(None)
    jq.join()
    print('joinable:', sorted(results.get() for _ in range(5)))
    p.join()
    print('done')
