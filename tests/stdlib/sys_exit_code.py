# sys.exit(n) exits with status n after running finally blocks.
import sys
def leave():
    try:
        print('leaving with 7')
        sys.exit(7)
    finally:
        print('cleanup')
leave()
print('not reached')
