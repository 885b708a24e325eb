class AC:
    def __init__(self, sup=False): self.sup = sup
    async def __aenter__(self): print('aenter'); return 1
    async def __aexit__(self, t, v, tb): print('aexit', t.__name__ if t else None); return self.sup
async def main():
    async with AC() as v:
        print('in', v)
    async with AC(True):
        raise ValueError('x')
    for i in range(3):
        async with AC():
            if i == 1: break
    try:
        async with AC():
            raise KeyError('k')
    except KeyError as e:
        print('caught', e)
    return 'ok'
async def ret():
    async with AC(), AC() as b:
        return b
c = main()
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
try: ret().send(None)
except StopIteration as e: print('result', e.value)
