# String literals in every quote form.
print('single', "double", '''triple single''', """triple double""")
print('it''s', "adjacent" ' concat' """ mixed""")
print("a 'quoted' word", 'a "quoted" word')
print('''line1
line2''')
print("""x "y" z""")
print(len(''), len(""), len(''''''), len(""""""))
s = ('implicit '
     'joining '
     'in parens')
print(s)
print(u'unicode prefix', U"upper")
print(repr('it\'s'), repr("say \"hi\""), repr('both \' and "'))
print(repr("tab\there"), repr('nl\n'), repr('\x00\x7f'))
