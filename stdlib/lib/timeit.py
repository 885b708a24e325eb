"""Tool for measuring execution time of small code snippets (Weft's own implementation).

Command line: weft -m timeit [-n N] [-r N] [-s S] [-p] [-u U] [-v] [statement ...]
"""

import gc
import sys
import time
import itertools

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals


def reindent(src, indent):
    """Helper to reindent a multi-line statement."""
    return src.replace("\n", "\n" + " " * indent)


class Timer:
    """Class for timing execution speed of small code snippets."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        init = ""
        if isinstance(setup, str):
            compile(setup, dummy_src_name, "exec")
            stmtprefix = setup + "\n"
            setup = reindent(setup, 4)
        elif callable(setup):
            local_ns["_setup"] = setup
            init += ", _setup=_setup"
            stmtprefix = ""
            setup = "_setup()"
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            compile(stmtprefix + stmt, dummy_src_name, "exec")
            stmt = reindent(stmt, 8)
        elif callable(stmt):
            local_ns["_stmt"] = stmt
            init += ", _stmt=_stmt"
            stmt = "_stmt()"
        else:
            raise ValueError("stmt is neither a string nor callable")
        # The loop runs inside one generated function so the statement sees fast locals.
        src = ("def inner(_it, _timer{init}):\n"
               "    {setup}\n"
               "    _t0 = _timer()\n"
               "    for _i in _it:\n"
               "        {stmt}\n"
               "        pass\n"
               "    _t1 = _timer()\n"
               "    return _t1 - _t0\n").format(stmt=stmt, setup=setup, init=init)
        self.src = src
        code = compile(src, dummy_src_name, "exec")
        exec(code, global_ns, local_ns)
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Time 'number' executions of the main statement, in seconds (a float)."""
        it = itertools.repeat(None, number)
        gcold = gc.isenabled()
        gc.disable()
        try:
            timing = self.inner(it, self.timer)
        finally:
            if gcold:
                gc.enable()
        return timing

    def repeat(self, repeat=default_repeat, number=default_number):
        """Call timeit() a few times; returns a list of results."""
        r = []
        for i in range(repeat):
            t = self.timeit(number)
            r.append(t)
        return r

    def autorange(self, callback=None):
        """Return the number of loops and time taken so that total time >= 0.2."""
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number,
           globals=None):
    """Convenience function to create Timer object and call timeit method."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Convenience function to create Timer object and call repeat method."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


def _parse(args):
    # A small getopt: the options timeit accepts, in short and long forms.
    shorts = {"-n": "number", "-r": "repeat", "-s": "setup", "-u": "unit"}
    longs = {"--number": "number", "--repeat": "repeat", "--setup": "setup",
             "--unit": "unit"}
    flags = {"-p": "process", "--process": "process", "-v": "verbose",
             "--verbose": "verbose", "-h": "help", "--help": "help"}
    opts = []
    i = 0
    while i < len(args):
        a = args[i]
        if a == "--":
            i += 1
            break
        if not a.startswith("-") or a == "-":
            break
        if a in flags:
            opts.append((flags[a], None))
        elif "=" in a and a.split("=", 1)[0] in longs:
            k, v = a.split("=", 1)
            opts.append((longs[k], v))
        elif a in longs or a in shorts:
            name = longs.get(a) or shorts.get(a)
            if i + 1 >= len(args):
                raise _UsageError("option %s requires argument" % a)
            i += 1
            opts.append((name, args[i]))
        elif a[:2] in shorts and len(a) > 2:
            opts.append((shorts[a[:2]], a[2:]))
        elif a[:2] in flags and len(a) > 2:
            # combined flags such as -vv
            for ch in a[1:]:
                if "-" + ch not in flags:
                    raise _UsageError("option -%s not recognized" % ch)
                opts.append((flags["-" + ch], None))
        else:
            raise _UsageError("option %s not recognized" % a.split("=")[0])
        i += 1
    return opts, args[i:]


class _UsageError(Exception):
    pass


def main(args=None, *, _wrap_timer=None):
    """Main program, used when run as a script (weft -m timeit)."""
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = _parse(args)
    except _UsageError as err:
        print(err)
        print("use -h/--help for command line help")
        return 2
    timer = default_timer
    stmt = "\n".join(args) or "pass"
    number = 0
    setup = []
    repeat = default_repeat
    verbose = 0
    time_unit = None
    units = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}
    precision = 3
    for o, a in opts:
        if o == "number":
            number = int(a)
        elif o == "setup":
            setup.append(a)
        elif o == "unit":
            if a in units:
                time_unit = a
            else:
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.",
                      file=sys.stderr)
                return 2
        elif o == "repeat":
            repeat = int(a)
            if repeat <= 0:
                repeat = 1
        elif o == "process":
            timer = time.process_time
        elif o == "verbose":
            if verbose:
                precision += 1
            verbose += 1
        elif o == "help":
            print(__doc__, end="")
            return 0
    setup = "\n".join(setup) or "pass"
    import os
    sys.path.insert(0, os.curdir)
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)
    t = Timer(stmt, setup, timer)
    if number == 0:
        callback = None
        if verbose:
            def callback(number, time_taken):
                msg = "{num} loop{s} -> {secs:.{prec}g} secs"
                plural = (number != 1)
                print(msg.format(num=number, s="s" if plural else "", secs=time_taken,
                                 prec=precision))
        try:
            number, _ = t.autorange(callback)
        except Exception:
            t.print_exc()
            return 1
        if verbose:
            print()
    try:
        raw_timings = t.repeat(repeat, number)
    except Exception:
        t.print_exc()
        return 1

    def format_time(dt):
        unit = time_unit
        if unit is not None:
            scale = units[unit]
        else:
            scales = [(scale, unit) for unit, scale in units.items()]
            scales.sort(reverse=True)
            for scale, unit in scales:
                if dt >= scale:
                    break
        return "%.*g %s" % (precision, dt / scale, unit)

    if verbose:
        print("raw times: %s" % ", ".join(map(format_time, raw_timings)))
        print()
    timings = [dt / number for dt in raw_timings]
    best = min(timings)
    print("%d loop%s, best of %d: %s per loop"
          % (number, "s" if number != 1 else "", repeat, format_time(best)))
    best = min(timings)
    worst = max(timings)
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit("The test results are likely unreliable. The worst time "
                               "(%s) was more than four times slower than the best time "
                               "(%s)." % (format_time(worst), format_time(best)),
                               UserWarning, "", 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
