from dataclasses import dataclass
class Point:
    __match_args__ = ('x', 'y')
    def __init__(s, x, y): s.x, s.y = x, y
def desc(v):
    match v:
        case 0 | 1: return 'small'
        case int(n) if n < 0: return f'neg {n}'
        case int(): return 'int'
        case str() as s: return 'str ' + s
        case [x, y]: return f'pair {x} {y}'
        case [x, *rest]: return f'seq {x} {rest}'
        case {'k': val, **others}: return f'map {val} {others}'
        case Point(0, y): return f'yaxis {y}'
        case Point(x=xx, y=0): return f'xaxis {xx}'
        case Point(a, b): return f'pt {a} {b}'
        case None: return 'none'
        case 1.5 | -2j: return 'lit'
        case _: return 'other'
for v in [0, 1, -3, 7, 'hi', [1, 2], (1, 2, 3), {'k': 1, 'z': 2}, Point(0, 5), Point(3, 0), Point(1, 1), None, 1.5, -2j, 3.3, []]:
    print(desc(v))
