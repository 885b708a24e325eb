# Chained exceptions: every traceback gets its markers; whole-line statements get none.
class Config:
    def __init__(self):
        self.values = {'port': '80x'}

    def port(self):
        try:
            return int(self.values['port'])
        except ValueError as e:
            raise RuntimeError('bad port ' + self.values['port']) from e

def main():
    cfg = Config()
    try:
        cfg.port()
    except RuntimeError:
        print(undefined_name)

main()
