# Equally close names: CPython suggests the first in the builtins dict order (iter before aiter).
Later
