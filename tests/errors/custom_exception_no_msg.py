# Uncaught user-defined exception without a message.
class Boom(Exception):
    pass
raise Boom
