# An executor that is never shut down: at interpreter exit its workers finish the queued work
# (their output comes after the main program's last line) and the process ends.
from concurrent.futures import ThreadPoolExecutor
import time

def slow(tag):
    time.sleep(0.1)
    print('task', tag, 'done')

ex = ThreadPoolExecutor(1)
ex.submit(slow, 'a')
ex.submit(slow, 'b')
print('main exits')
