import sys
print('argv:', sys.argv[1:])
print('argv0 ends with show_argv.py:', sys.argv[0].endswith('show_argv.py'))
print('path0 ends with data:', sys.path[0].endswith('data'))
import sibling
print(sibling.WHO)
