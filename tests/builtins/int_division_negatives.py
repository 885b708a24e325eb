# Floor division and modulo with negative operands; true division.
for a in (7, -7, 0, 1, -1, 13):
    for b in (3, -3, 1, -1, 5):
        print(a, b, a // b, a % b, a / b)
print(7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, -0.5 // 1)
print(5 % 0.3, 1e300 // 1e-300 if False else 10.0 // 3)
print(-7 // 2 * 2 + -7 % 2)
for a, b in ((1, 0), (1.0, 0), (1, 0.0), (0, 0)):
    for op in ('//', '%', '/'):
        try:
            eval_ = {'//': lambda: a // b, '%': lambda: a % b, '/': lambda: a / b}[op]
            eval_()
        except ZeroDivisionError as e:
            print(a, op, b, 'ZeroDivisionError', e)
