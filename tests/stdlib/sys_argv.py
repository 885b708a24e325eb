# sys.argv: script name and arguments passed untouched (including ones that look like options).
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0])
for a in sys.argv[1:]:
    print(repr(a))
