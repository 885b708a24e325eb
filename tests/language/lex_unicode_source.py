# UTF-8 source: identifiers and strings.
café = 'crème brûlée'
print(café, len(café))
π = 3.14
print(π * 2)
s = '日本語テキスト'
print(s, len(s), s[0], s[-1], s[2:4])
print('ü'.upper(), 'Ä'.lower())
print(ord('€'), chr(8364))
print('émoji: \U0001F600'.encode('utf-8'))
print(s.find('テ'), '語' in s)
print(sorted(['b', 'ä', 'a']))
print(list('añb'))
