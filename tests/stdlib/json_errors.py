import json
bad = ['', '[', '{', '{"a" 1}', '[1 2]', '[1,]', '{"a":1,}', '"abc', '"a\\x"', '"\\u12"', '"\\u12zz"', '"a\x01b"', '[1] x', 'nul', 'tru', '-', '01', '1.', '1e', '{"a":}', '{1:2}', '[,1]', '  ', '\ufeff1', '{"a":1 "b":2}', '"\\', '[1,\n 2,\n x]', '{"a"', '{"a":1', '[1', '"\\ud800"', 'NaN', '-Infinity', '[-]', '1.5e+', '-0', '.5', '[1,,2]']
for b in bad:
    try: print(repr(b), repr(json.loads(b)))
    except json.JSONDecodeError as e: print(repr(b), 'JDE', e, e.pos, e.lineno, e.colno)
    except Exception as e: print(repr(b), type(e).__name__, e)
for v in [float('nan'), float('inf'), {1.5: 2, True: 3, None: 4, 2: 5}, object(), {(1,): 2}]:
    try: print(json.dumps(v))
    except Exception as e: print(type(e).__name__, e)
    try: print(json.dumps(v, allow_nan=False))
    except Exception as e: print(type(e).__name__, e)
l = []; l.append(l)
try: json.dumps(l)
except Exception as e: print(type(e).__name__, e)
try: json.loads(5)
except Exception as e: print(type(e).__name__, e)
# Positions count characters, not UTF-8 bytes.
for b in ['["é", x]', '{"ü": 1,}', '"\u2603\\q"', '["\U0001F600", 1, 2] extra']:
    try: print(repr(b), repr(json.loads(b)))
    except json.JSONDecodeError as e: print(repr(b), 'JDE', e, e.pos)
print(json.JSONDecoder().raw_decode('["é", 1] tail'), json.loads('"\\ud83d\\ude00 \\ud800x"') == '\U0001F600 \ud800x')
deep = '[' * 100000 + ']' * 100000
try: json.loads(deep)
except RecursionError as e: print('RecursionError')
