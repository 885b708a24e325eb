# sys.exit with a non-int, non-str object prints its str on stderr and exits 1.
import sys
sys.exit(['not', 'an', 'int'])
