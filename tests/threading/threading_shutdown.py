# At exit the interpreter joins non-daemon threads (their output comes after the main
# program's last line); a daemon thread still blocked does not keep the process alive.
import threading
import time

forever = threading.Event()
d = threading.Thread(target=forever.wait, daemon=True, name='daemon')
d.start()

def late(n):
    time.sleep(0.1)
    print('non-daemon thread', n, 'finished')
    if n == 1:
        # A thread started during shutdown is joined too.
        t = threading.Thread(target=late, args=(2,))
        t.start()

threading.Thread(target=late, args=(1,)).start()
print('main done', d.is_alive(), d.daemon)
