print('ok')
s = 'no end
