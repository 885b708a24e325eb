"""Cross-interpreter queues (CPython 3.14's concurrent.interpreters._queues API).

The items live at process level (stdlib/_interpreters_module.cpp) as copies; every interpreter a
queue is passed to sees the same queue.
"""

import queue

import _interpqueues as _queues
from _interpqueues import QueueError, QueueNotFoundError

__all__ = [
    'create', 'list_all',
    'Queue',
    'QueueError', 'QueueNotFoundError', 'QueueEmpty', 'QueueFull',
]


class QueueEmpty(QueueError, queue.Empty):
    """Raised from get_nowait() when the queue is empty.

    It is also raised from get() if it times out.
    """


class QueueFull(QueueError, queue.Full):
    """Raised from put_nowait() when the queue is full.

    It is also raised from put() if it times out.
    """


def create(maxsize=0):
    """Return a new cross-interpreter queue."""
    return Queue(_queues.create(maxsize))


def list_all():
    """Return a list of all open queues."""
    return [Queue(qid) for qid in _queues.list_all()]


# One Queue object per id in this interpreter (it holds one reference to the queue).
_known_queues = {}


class Queue:
    """A cross-interpreter queue."""

    def __new__(cls, id, /):
        if not isinstance(id, int):
            raise TypeError(f'id must be an int, got {id!r}')
        id = int(id)
        self = _known_queues.get(id)
        if self is None:
            self = super().__new__(cls)
            self._id = id
            _queues.bind(id)
            _known_queues[id] = self
        return self

    def __repr__(self):
        return f'{type(self).__name__}({self.id})'

    def __hash__(self):
        return hash(self._id)

    def __reduce__(self):
        return (type(self), (self._id,))

    @property
    def id(self):
        return self._id

    @property
    def maxsize(self):
        return _queues.get_maxsize(self._id)

    def empty(self):
        return self.qsize() == 0

    def full(self):
        return _queues.is_full(self._id)

    def qsize(self):
        return _queues.get_count(self._id)

    def put(self, obj, block=True, timeout=None):
        """Add the object to the queue (a copy of it: see is_shareable()).

        If "block" is true, this blocks while the queue is full, at most "timeout" seconds.
        """
        if timeout is not None and timeout < 0:
            raise ValueError('timeout value must be non-negative')
        if not _queues.put(self._id, obj, block, timeout):
            raise QueueFull('queue is full')

    def put_nowait(self, obj):
        return self.put(obj, block=False)

    def get(self, block=True, timeout=None):
        """Return the next object from the queue.

        If "block" is true, this blocks while the queue is empty, at most "timeout" seconds.
        """
        if timeout is not None and timeout < 0:
            raise ValueError('timeout value must be non-negative')
        got, obj = _queues.get(self._id, block, timeout)
        if not got:
            raise QueueEmpty('queue is empty')
        return obj

    def get_nowait(self):
        """Return the next object from the queue; QueueEmpty if there is none."""
        return self.get(block=False)
