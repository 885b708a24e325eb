# \N{...} named Unicode escapes (the issue marks them optional; kept in a test of their own).
print('\N{LATIN SMALL LETTER E WITH ACUTE}' == '\u00e9')
print('\N{EURO SIGN}', '\N{GREEK SMALL LETTER ALPHA}', ord('\N{SPACE}'), '\N{BULLET}')
print(repr('\N{NO-BREAK SPACE}'), len('\N{GRINNING FACE}'), '\N{DIGIT ZERO}\N{DIGIT ONE}')
print(f'\N{COPYRIGHT SIGN} {2024}')
