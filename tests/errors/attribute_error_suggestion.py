# CPython 3.13 adds a suggestion for a misspelled attribute to the traceback's last line.
class Config:
    def __init__(self):
        self.verbose = True
c = Config()
print(c.verbos)
