# Prints something different on every run (the time), so compare must report the difference.
import time
print(time.time())
