# Source with CRLF line endings.
x = 1
if x:
    print("crlf ok", x)
s = """a
b"""
print(repr(s))
print(1 + \
      2)
