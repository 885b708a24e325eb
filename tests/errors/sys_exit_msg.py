# sys.exit("msg") prints msg to stderr and exits 1.
import sys
print('about to fail')
sys.exit('fatal: something went wrong')
