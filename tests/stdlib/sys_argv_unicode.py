# Non-ASCII command-line arguments arrive as str.
import sys
print(sys.argv[1:], [len(a) for a in sys.argv[1:]])
