# -*- coding: utf-8 -*-
# A coding cookie naming UTF-8 is accepted.
s = 'naïve café'
print(s, len(s), s.encode())
