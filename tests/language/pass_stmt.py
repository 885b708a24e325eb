# pass in every block kind, and expression statements.
def empty():
    pass
print(empty())
class Empty:
    pass
print(type(Empty()).__name__)
for _ in range(2):
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
else:
    print('else ran')
finally:
    print('finally ran')
if True:
    pass
1 + 2
'docstring-like expression'
[1, 2, 3]
None
print('done')
