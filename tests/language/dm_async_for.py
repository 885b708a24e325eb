class AI:
    def __init__(self, n, fail=False): self.i = 0; self.n = n; self.fail = fail
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > self.n:
            if self.fail: raise ValueError('boom')
            raise StopAsyncIteration
        return self.i
async def main():
    async for i in AI(3):
        print('ai', i)
    async for i in AI(5):
        if i == 2: continue
        if i == 4: break
        print('b', i)
    else:
        print('not here')
    async for i in AI(0):
        pass
    else:
        print('else ran')
    try:
        async for i in AI(1, True):
            print('f', i)
    except ValueError as e:
        print('caught', e)
    for j in range(2):
        async for i in AI(2):
            print(j, i)
    return 'ok'
c = main()
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
async def inner():
    async for x in AI(2):
        yield_val = x
    return yield_val
try: inner().send(None)
except StopIteration as e: print('inner', e.value)
