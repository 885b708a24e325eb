# str case and classification methods (ASCII).
s = 'Hello, World'
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize(), 'hELLO wORLD'.capitalize())
print("they're bill's".title(), 'abc1def'.title(), 'ABC'.casefold())
for t in ('abc', 'ABC', 'Abc', '123', '12a', '', ' ', '\t\n', 'a b', 'Title Case', 'a_1', '1a', 'A1 B2'):
    print(repr(t), t.isalpha(), t.isdigit(), t.isalnum(), t.isupper(), t.islower(), t.isspace(),
          t.istitle(), t.isdecimal(), t.isnumeric(), t.isidentifier(), t.isprintable(), t.isascii())
