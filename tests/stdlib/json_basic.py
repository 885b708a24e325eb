import json
from collections import OrderedDict
data = {"name": "Weft", "n": [1, 2.5, -3, 1e100, 1.0, 0.1, -0.0, 10**30], "ok": True, "no": False, "none": None,
        "nested": {"b": [], "a": {}, "c": [{"x": (1, 2)}]}, "uni": "héllo \u2603 \U0001F600 \x7f \x00 \t\"\\/", 5: "five"}
print(json.dumps(data))
print(json.dumps(data, sort_keys=False, indent=2))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent="\t", separators=(",", ":")))
print(json.dumps([1, [2, [3, {}]]], indent=0))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True, indent=4))
print(json.dumps(data, separators=(',', ':')))
print(json.dumps("x"), json.dumps(3), json.dumps(None), json.dumps(2.0**60), json.dumps(1e-7), json.dumps([float('nan'), float('-inf')]))
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
print(json.dumps([Pt(1, 2)], default=lambda o: o.__dict__))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc))
print(json.dumps({(1, 2): 3, "a": 1}, skipkeys=True))
s = json.dumps(data)
back = json.loads(s)
print(back)
print(json.loads('{"a": [1, 2.5, "x", null, true, false, {"b": -1e5}], "c": "\\u00e9\\ud83d\\ude00\\n"}'))
print(json.loads('  [1,2 , 3 ]  '), json.loads('"\\/"'), json.loads('123456789012345678901234567890'), json.loads('-0.0'), json.loads('1E3'))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"a": 1, "b": [1]}', object_pairs_hook=lambda p: p))
print(json.loads('{"x": 1.5}', parse_float=lambda t: 'F' + t), json.loads('[7]', parse_int=lambda t: int(t) * 2))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda c: c))
print(json.loads('{"__complex__": true, "real": 1, "imag": 2}', object_hook=lambda d: (d['real'], d['imag']) if '__complex__' in d else d))
print(json.loads(b'{"a": "\xc3\xa9"}'), json.loads(bytearray(b'[1]')))
print(json.loads('"a\tb"', strict=False))
class Dec(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d): return sorted(d)
print(json.loads('{"b": 1, "a": 2}', cls=Dec))
print(json.JSONDecoder().raw_decode('[1, 2] tail'))
import io
f = io.StringIO(); json.dump({"k": [1, 2]}, f, indent=1); print(f.getvalue()); f.seek(0); print(json.load(f))
try: json.loads('{"a": [1, 2,, 3]}')
except json.JSONDecodeError as e: print(e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
print(json.dumps({True: 1, 1.5: 2, None: 3}, sort_keys=False))
print(json.dumps("\u2028\u2029 \ud800"), json.dumps("\ud800", ensure_ascii=False) == '"\ud800"')
