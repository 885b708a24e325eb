# sys.exit() with no argument and with 0 exit with status 0; code after it does not run.
import sys
print('before exit')
try:
    sys.exit()
except SystemExit as e:
    print('caught SystemExit', e.code)
try:
    sys.exit(0)
except SystemExit as e:
    print('caught SystemExit', e.code)
try:
    sys.exit('message')
except SystemExit as e:
    print('caught SystemExit', repr(e.code), e.args)
try:
    raise SystemExit(5)
except SystemExit as e:
    print('caught raise SystemExit', e.code)
try:
    sys.exit()
finally:
    print('finally runs on exit')
print('never printed')
