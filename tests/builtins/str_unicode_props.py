# str case mapping and classification beyond ASCII (Unicode database).
print('ß'.upper(), 'ǅ'.lower(), 'straße'.casefold(), 'éà'.upper(), 'ÉÀ'.lower(), 'ǆ'.title())
print('İ'.lower() == 'i\u0307', len('ß'.upper()), 'ﬁ'.upper())
for t in ('½', 'é', '日本', '٣', 'Ⅻ', '\u00a0', '\u200b', 'ÀB', 'Σίσυφος', 'ǅungla'):
    print(repr(t), t.isalpha(), t.isdigit(), t.isalnum(), t.isupper(), t.islower(), t.isspace(),
          t.istitle(), t.isdecimal(), t.isnumeric(), t.isidentifier(), t.isprintable(), t.isascii())
print('ΣΑΣ'.lower(), 'straße'.swapcase(), 'ǅ'.swapcase())
