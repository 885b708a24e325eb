# format() and __format__.
print(format(3.14159, '.2f'), format(42), format(42, 'd'), format('s', '^5'), format(0.5, '%'))
print(format(1234.5, ','), format(1234.5, '_.1f'), format(-1, '+'), format(12, '=+6'))
print(format(255, 'c') if False else format(65, 'c'), format(1e6, 'e'), format(1e6, 'g'), format(1e16, 'g'))
print(format(True), format(None), format([1, 2]), format(3, ''))
print(format(12.0), format(1e-7), format(123456789.0, 'n'))
print(format('abc', '.2'), format('abc', '5'), format(5, '5'), format(2.5, '10'))
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return f'${self.v:{spec or ".2f"}}'
print(format(Money(3)), f'{Money(2.5):.1f}', '{:.3f}'.format(Money(1)))
for bad in (lambda: format(1, 'Q'), lambda: format('s', 'd'), lambda: format(1.5, 'd'), lambda: format([], 'x')):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
