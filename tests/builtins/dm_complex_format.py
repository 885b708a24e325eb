for spec in [',', '_', ',.2f', '>30,', '_.3e', ',g', '+,.1f', ' ', ' .2f', '^25', 'z.1f', '#.0f', '.0f', '#g', '<20.3', 'n']:
    for z in [1234567.891+9876543.21j, -1234.5-0.25j, 1e6j, complex(-0.0, 0.0), 12.5+0j]:
        try: print(repr(spec), repr(format(z, spec)))
        except ValueError as e: print(repr(spec), 'ValueError', e)
