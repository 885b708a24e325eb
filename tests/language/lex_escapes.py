# Escape sequences in str literals.
print(repr('\n\t\r\\\'\"'))
print(repr('\a\b\f\v'))
print('\x41\x42\x43', '\101\102\103', '\0' == '\x00')
print('\u00e9', '\u20ac', '\U0001F600' == '\U0001f600', len('\U0001F600'))
print(ord('\u00e9'), ord('\U0001F600'))
print('line \
continued')
print(repr('\7'), repr('\12'), repr('\177'))
print(len('a\
b'))
print('caf\xe9', len('caf\xe9'))
