print('x')
# comment with a bad byte: ÿþ
