# Multi-line expressions: first and last lines with markers, "...<n lines>..." in between.
def compute(values):
    return (values[0] +
            values[1] +
            values[2]
            )

def build():
    table = {
        'x': 1,
        'y': 2,
    }
    return compute([
        table['x'],
        table['y'],
        'three',
        4,
        5,
        6,
    ])

print(build())
