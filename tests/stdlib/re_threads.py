# re: the compile cache and matching used from several threads at once.
import re
import threading

results = [None] * 4

def work(k):
    total = 0
    for i in range(200):
        p = re.compile(r'(\d+)-%d' % (i % 20))
        total += len(p.findall('12-%d x 7-%d' % (i % 20, i % 20)))
        m = re.search(r'(?P<w>[a-z]+)(\d)', 'abc%d' % k)
        total += len(m.group('w'))
        total += len(re.sub(r'\s+', '', ' a b c '))
    results[k] = total

threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
re.purge()
print(re.match('a', 'a').span())
