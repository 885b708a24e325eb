# Raw strings keep backslashes.
print(r'\n', R'\t', r"\d+\.\d*")
print(len(r'\n'), len('\n'))
print(r'a\'b', len(r'a\'b'))
print(r'''raw
triple\n''')
print(repr(r'C:\new\table'))
print(rb'\x00' == b'\\x00', Rb'\n', bR'\n', BR'a\b')
print(r'\N{DASH}')
