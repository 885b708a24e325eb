# sys.exit(3) exits with status 3.
import sys
print('exiting')
sys.exit(3)
