# An exception with an empty message.
raise RuntimeError('')
