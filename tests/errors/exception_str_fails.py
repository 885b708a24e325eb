# An uncaught exception whose message is multi-line: the last line is the last message line.
raise ValueError('first line\nsecond line')
