# ft: iterating containers that other threads mutate never crashes; each read sees a valid item.
import threading

lst = list(range(1000))
d = {i: i for i in range(1000)}
stop = False
errors = []


def mutator():
    i = 0
    while not stop:
        lst.append(i)
        lst.pop(0)
        d[1000 + i % 50] = i
        d.pop(1000 + (i + 25) % 50, None)
        i += 1


def reader():
    try:
        for _ in range(200):
            n = 0
            for x in lst:
                if type(x) is not int:
                    errors.append(x)
                n += 1
            if n < 900:
                errors.append(n)
            for k in list(d):
                d.get(k)
            try:
                for k, v in d.items():
                    pass
            except RuntimeError as e:
                if "changed" not in str(e) or "during iteration" not in str(e):
                    errors.append(e)
            for i in range(0, 900, 7):
                if type(lst[i]) is not int:
                    errors.append(i)
    except Exception as e:  # any other exception is a bug
        errors.append(repr(e))


m = threading.Thread(target=mutator)
m.start()
readers = [threading.Thread(target=reader) for _ in range(3)]
for r in readers:
    r.start()
for r in readers:
    r.join()
stop = True
m.join()
print("errors:", errors)
print(len(lst))
