# sys.stdout / sys.stderr write and flush.
import sys
n = sys.stdout.write('written directly\n')
print('write returned', n)
sys.stdout.write('no newline, ')
sys.stdout.flush()
print('then print')
sys.stderr.write('to stderr\n')
sys.stderr.flush()
print(sys.stdout is not None, hasattr(sys.stdout, 'write'), hasattr(sys.stderr, 'flush'))
print('é日本', file=sys.stdout)
sys.stdout.write(str(42) + '\n')
try:
    sys.stdout.write(42)
except TypeError as e:
    print('TypeError', e)
old = sys.stdout
class Capture:
    def __init__(self):
        self.data = []
    def write(self, s):
        self.data.append(s)
        return len(s)
    def flush(self):
        pass
cap = Capture()
sys.stdout = cap
print('captured', 1, 2)
sys.stdout = old
print('restored', cap.data)
print(sys.__stdout__ is old if hasattr(sys, '__stdout__') else True)
