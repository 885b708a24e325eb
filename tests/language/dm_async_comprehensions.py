# Async comprehensions: [x async for x in ait], dict/set forms, nested, mixed with sync clauses.
class AIter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

class Boom(AIter):
    async def __anext__(self):
        raise ValueError('boom')

async def main():
    a = [x async for x in AIter(3)]
    b = {x: x * x async for x in AIter(3) if x != 2}
    c = {x async for x in AIter(4)}
    d = [(x, y) async for x in AIter(2) for y in range(2)]
    e = [(x, y) for x in range(2) async for y in AIter(2)]
    f = [[y async for y in AIter(x)] async for x in AIter(3)]
    try:
        [x async for x in Boom(1)]
    except ValueError as ex:
        g = str(ex)
    return a, b, sorted(c), d, e, f, g

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value

print(run(main()))

async def aw(v):
    return v * 10

async def main2():
    return [await aw(x) for x in range(3)], [await aw(x) async for x in AIter(2)]

print(run(main2()))
