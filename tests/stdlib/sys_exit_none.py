# sys.exit(None) exits 0; SystemExit(True) exits 1.
import sys
print('exiting with None')
sys.exit(None)
