# Async generators: async for, __anext__/asend/athrow/aclose, awaits inside, finally on close.
class Sleep:
    def __await__(self):
        v = yield 'tick'
        return v

async def agen(n):
    try:
        for i in range(n):
            got = await Sleep()
            x = yield i * 10
            if x is not None:
                print('sent', x)
    finally:
        print('cleanup')

def drive(coro):
    ticks = 0
    val = None
    while True:
        try:
            y = coro.send(val)
        except StopIteration as e:
            return e.value, ticks
        ticks += 1
        val = 'resumed'

async def main():
    out = []
    async for v in agen(3):
        out.append(v)
    g = agen(5)
    out.append(await g.__anext__())
    out.append(await g.asend('hello'))
    try:
        await g.athrow(ValueError('stop'))
    except ValueError as e:
        out.append(str(e))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        out.append('done')
    g2 = agen(3)
    out.append(await g2.__anext__())
    await g2.aclose()
    out.append([x async for x in agen(2)])
    return out

print(drive(main()))
g = agen(1)
print(type(g).__name__, g.__name__, g.__qualname__)
print(hasattr(g, '__aiter__'), g.__aiter__() is g)
async def bad():
    yield 1
    raise StopAsyncIteration
async def m2():
    try:
        async for x in bad():
            pass
    except RuntimeError as e:
        return str(e)
print(drive(m2()))
