# multiprocessing.dummy and multiprocessing.pool.ThreadPool: the Pool API over threads.
from multiprocessing.dummy import Pool, Process, Queue, current_process
from multiprocessing.pool import ThreadPool
def sq(x): return x * x
with Pool(3) as p:
    print(p.map(sq, range(10)), sorted(p.imap_unordered(sq, range(5))), p.apply(sq, (4,)))
    try:
        p.map(lambda x: 1 / x, [1, 0])
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
tp = ThreadPool(2)
print(tp.starmap(pow, [(2, 3), (3, 2)]))
tp.close(); tp.join()
q = Queue()
t = Process(target=q.put, args=(5,))
t.start(); t.join()
print(q.get(), t.exitcode, current_process().name)
