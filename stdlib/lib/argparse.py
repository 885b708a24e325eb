"""Command-line parsing library (Weft's own implementation of the commonly used parts of
CPython's argparse, with the same help layout and error messages)."""

import os as _os
import sys as _sys

__all__ = ["ArgumentParser", "ArgumentError", "ArgumentTypeError", "BooleanOptionalAction",
           "FileType", "HelpFormatter", "ArgumentDefaultsHelpFormatter",
           "RawDescriptionHelpFormatter", "RawTextHelpFormatter", "MetavarTypeHelpFormatter",
           "Namespace", "Action", "ONE_OR_MORE", "OPTIONAL", "PARSER", "REMAINDER",
           "SUPPRESS", "ZERO_OR_MORE"]

SUPPRESS = "==SUPPRESS=="
OPTIONAL = "?"
ZERO_OR_MORE = "*"
ONE_OR_MORE = "+"
PARSER = "A..."
REMAINDER = "..."


class Namespace:
    """Simple object for storing attributes."""

    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __repr__(self):
        type_name = type(self).__name__
        arg_strings = []
        star_args = {}
        for name, value in self.__dict__.items():
            if name.isidentifier():
                arg_strings.append("%s=%r" % (name, value))
            else:
                star_args[name] = value
        if star_args:
            arg_strings.append("**%s" % repr(star_args))
        return "%s(%s)" % (type_name, ", ".join(arg_strings))

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class ArgumentError(Exception):
    """An error from creating or using an argument (optional or positional)."""

    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return "%s" % self.message
        return "argument %s: %s" % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """An error from trying to convert a command line string to a type."""


def _get_action_name(argument):
    if argument is None:
        return None
    if argument.option_strings:
        return "/".join(argument.option_strings)
    if argument.metavar not in (None, SUPPRESS):
        metavar = argument.metavar
        if not isinstance(metavar, tuple):
            return metavar
        if argument.nargs == ZERO_OR_MORE and len(metavar) == 2:
            return "%s[, %s]" % metavar
        if argument.nargs == ONE_OR_MORE:
            return "%s[, %s]" % metavar
        return ", ".join(metavar)
    if argument.dest not in (None, SUPPRESS):
        return argument.dest
    if argument.choices:
        return "{" + ",".join(argument.choices) + "}"
    return None


# ---------------------------------------------------------------------------------------------
# Actions


class Action:
    """Information about how to convert command line strings to Python objects."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None, deprecated=False):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar
        self.deprecated = deprecated
        self.container = None

    def _get_kwargs(self):
        names = ["option_strings", "dest", "nargs", "const", "default", "type", "choices",
                 "required", "help", "metavar", "deprecated"]
        return [(name, getattr(self, name)) for name in names]

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__,
                           ", ".join("%s=%r" % kv for kv in self._get_kwargs()))

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(".__call__() not defined")


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None, deprecated=False):
        if nargs == 0:
            raise ValueError("nargs for store actions must be != 0; if you have nothing to "
                             "store, actions such as store true or store const may be more "
                             "appropriate")
        if const is not None and nargs != OPTIONAL:
            raise ValueError("nargs must be %r to supply const" % OPTIONAL)
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required,
                         help, metavar, deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None, deprecated=False):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None,
                 deprecated=False):
        super().__init__(option_strings, dest, True, default, required, help,
                         deprecated=deprecated)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None,
                 deprecated=False):
        super().__init__(option_strings, dest, False, default, required, help,
                         deprecated=deprecated)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None, deprecated=False):
        if nargs == 0:
            raise ValueError("nargs for append actions must be != 0; if arg strings are not "
                             "supplying the value to append, the append const action may be "
                             "more appropriate")
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required,
                         help, metavar, deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None, deprecated=False):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help, metavar=metavar, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.extend(values)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None,
                 deprecated=False):
        super().__init__(option_strings, dest, nargs=0, default=default, required=required,
                         help=help, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        if count is None:
            count = 0
        setattr(namespace, self.dest, count + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None,
                 deprecated=False):
        super().__init__(option_strings, dest, default=default, nargs=0, help=help,
                         deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help=None, deprecated=False):
        if help is None:
            help = "show program's version number and exit"
        super().__init__(option_strings, dest, default=default, nargs=0, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version
        if version is None:
            version = parser.version
        formatter = parser._get_formatter()
        formatter.add_text(version)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class BooleanOptionalAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None,
                 deprecated=False):
        _option_strings = []
        for option_string in option_strings:
            _option_strings.append(option_string)
            if option_string.startswith("--"):
                _option_strings.append("--no-" + option_string[2:])
        super().__init__(_option_strings, dest, nargs=0, default=default, required=required,
                         help=help, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith("--no-"))

    def format_usage(self):
        return " | ".join(self.option_strings)


class _SubParsersAction(Action):
    class _ChoicesPseudoAction(Action):
        def __init__(self, name, aliases, help):
            metavar = dest = name
            if aliases:
                metavar += " (%s)" % ", ".join(aliases)
            super().__init__(option_strings=[], dest=dest, help=help, metavar=metavar)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings=option_strings, dest=dest, nargs=PARSER,
                         choices=self._name_parser_map, required=required, help=help,
                         metavar=metavar)

    def add_parser(self, name, *, deprecated=False, **kwargs):
        if kwargs.get("prog") is None:
            kwargs["prog"] = "%s %s" % (self._prog_prefix, name)
        aliases = kwargs.pop("aliases", ())
        if "help" in kwargs:
            help = kwargs.pop("help")
            self._choices_actions.append(self._ChoicesPseudoAction(name, aliases, help))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        parser_name = values[0]
        arg_strings = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, parser_name)
        try:
            subparser = self._name_parser_map[parser_name]
        except KeyError:
            args = {"parser_name": parser_name,
                    "choices": ", ".join(repr(c) for c in self._name_parser_map)}
            msg = "unknown parser %(parser_name)r (choices: %(choices)s)" % args
            raise ArgumentError(self, msg)
        subnamespace, arg_strings = subparser.parse_known_args(arg_strings, None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if arg_strings:
            if not hasattr(namespace, "_UNRECOGNIZED_ARGS_ATTR"):
                namespace._UNRECOGNIZED_ARGS_ATTR = []
            namespace._UNRECOGNIZED_ARGS_ATTR.extend(arg_strings)


_ACTIONS = {
    None: _StoreAction, "store": _StoreAction, "store_const": _StoreConstAction,
    "store_true": _StoreTrueAction, "store_false": _StoreFalseAction,
    "append": _AppendAction, "append_const": _AppendConstAction, "count": _CountAction,
    "help": _HelpAction, "version": _VersionAction, "parsers": _SubParsersAction,
    "extend": _ExtendAction,
}


class FileType:
    """Factory for creating file object types."""

    def __init__(self, mode="r", bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == "-":
            if "r" in self._mode:
                return _sys.stdin
            return _sys.stdout
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))

    def __repr__(self):
        args = self._mode, self._bufsize
        kwargs = [("encoding", self._encoding), ("errors", self._errors)]
        args_str = ", ".join([repr(arg) for arg in args if arg != -1] +
                             ["%s=%r" % (kw, arg) for kw, arg in kwargs if arg is not None])
        return "%s(%s)" % (type(self).__name__, args_str)


# ---------------------------------------------------------------------------------------------
# Help formatting


def _terminal_columns():
    # As shutil.get_terminal_size(): $COLUMNS, else the terminal on stdout, else 80.
    try:
        columns = int(_os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = _os.get_terminal_size(_sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else 80


class HelpFormatter:
    """Formats usage and help the way CPython's argparse does."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_columns() - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, max(width - 20,
                                                             indent_increment * 2))
        self._width = width
        self._sections = []  # (heading, [items])

    # The formatter collects pieces; format_help lays them out.
    def start_section(self, heading):
        self._sections.append([heading, []])

    def end_section(self):
        pass

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._current().append(("text", text))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._current().append(("usage", (usage, actions, groups, prefix)))

    def add_argument(self, action):
        if action.help is not SUPPRESS:
            self._current().append(("action", action))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def _current(self):
        if not self._sections:
            self._sections.append([None, []])
        return self._sections[-1][1]

    def format_help(self):
        # Column for help text: the widest invocation decides, up to max_help_position.
        max_len = 0
        for heading, items in self._sections:
            for kind, item in items:
                if kind == "action":
                    for inv, indent in self._invocations(item, 2):
                        max_len = max(max_len, len(inv) + indent)
        help_position = min(max_len + 2, self._max_help_position)
        out = []
        for heading, items in self._sections:
            parts = []
            for kind, item in items:
                if kind == "text":
                    indent = 2 if heading else 0
                    parts.append(self._format_text(item, indent))
                elif kind == "usage":
                    parts.append(self._format_usage(*item))
                elif kind == "action":
                    parts.append(self._format_action(item, help_position, 2))
            body = "".join(parts)
            if heading is None:
                out.append(body)
            elif body:
                out.append("%s:\n%s\n" % (heading, body))
        import re
        help = re.sub(r"\n\n\n+", "\n\n", "".join(out)).strip("\n")
        if help:
            help += "\n"
        return help

    def _invocations(self, action, indent):
        yield self._format_action_invocation(action), indent
        if isinstance(action, _SubParsersAction):
            for sub in action._get_subactions():
                yield self._format_action_invocation(sub), indent + 2

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = "usage: "
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif usage is None and not actions:
            usage = "%(prog)s" % dict(prog=self._prog)
        else:
            prog = "%(prog)s" % dict(prog=self._prog)
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            opt_parts = self._usage_parts(optionals, groups)
            pos_parts = self._usage_parts(positionals, groups)
            usage = " ".join([s for s in [prog] + opt_parts + pos_parts if s])
            text_width = self._width
            if len(prefix) + len(usage) > text_width:
                def get_lines(parts, indent, prefix=None):
                    lines = []
                    line = []
                    indent_length = len(indent)
                    if prefix is not None:
                        line_len = len(prefix) - 1
                    else:
                        line_len = indent_length - 1
                    for part in parts:
                        if line_len + 1 + len(part) > text_width and line:
                            lines.append(indent + " ".join(line))
                            line = []
                            line_len = indent_length - 1
                        line.append(part)
                        line_len += len(part) + 1
                    if line:
                        lines.append(indent + " ".join(line))
                    if prefix is not None:
                        lines[0] = lines[0][len(indent):]
                    return lines

                if len(prefix) + len(prog) <= 0.75 * text_width:
                    indent = " " * (len(prefix) + len(prog) + 1)
                    if opt_parts:
                        lines = get_lines([prog] + opt_parts, indent, prefix)
                        lines.extend(get_lines(pos_parts, indent))
                    elif pos_parts:
                        lines = get_lines([prog] + pos_parts, indent, prefix)
                    else:
                        lines = [prog]
                else:
                    indent = " " * len(prefix)
                    parts = opt_parts + pos_parts
                    lines = get_lines(parts, indent)
                    if len(lines) > 1:
                        lines = []
                        lines.extend(get_lines(opt_parts, indent))
                        lines.extend(get_lines(pos_parts, indent))
                    lines = [prog] + lines
                usage = "\n".join(lines)
        return "%s%s\n\n" % (prefix, usage)

    def _usage_parts(self, actions, groups):
        # Mutually exclusive groups print as [-a | -b] (or (-a | -b) when required).
        parts = []
        done = set()
        for action in actions:
            if id(action) in done:
                continue
            group = None
            for g in groups:
                if action in g._group_actions:
                    group = g
                    break
            if group is not None and len(group._group_actions) > 1 and all(
                    a in actions for a in group._group_actions):
                inner = []
                for a in group._group_actions:
                    done.add(id(a))
                    if a.help is SUPPRESS:
                        continue
                    inner.append(self._usage_part(a, bracket=False))
                if inner:
                    text = " | ".join(inner)
                    if group.required:
                        parts.append("(%s)" % text if len(inner) > 1 else text)
                    else:
                        parts.append("[%s]" % text)
                continue
            done.add(id(action))
            if action.help is SUPPRESS:
                continue
            part = self._usage_part(action, bracket=True)
            if part:
                parts.append(part)
        return parts

    def _usage_part(self, action, bracket):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            part = self._format_args(action, default)
            if bracket and action.nargs in (OPTIONAL, ZERO_OR_MORE) and False:
                part = "[%s]" % part
            return part
        option_string = action.format_usage()
        if action.nargs == 0:
            part = option_string
        else:
            default = self._get_default_metavar_for_optional(action)
            args_string = self._format_args(action, default)
            part = "%s %s" % (option_string, args_string)
        if not action.required and bracket:
            part = "[%s]" % part
        return part

    def _format_text(self, text, indent):
        if "%(prog)" in text:
            text = text % dict(prog=self._prog)
        text_width = max(self._width - indent, 11)
        return self._fill_text(text, text_width, " " * indent) + "\n\n"

    def _format_action(self, action, help_position, indent):
        help_width = max(self._width - help_position, 11)
        action_width = help_position - indent - 2
        action_header = self._format_action_invocation(action)
        if not action.help:
            tup = indent, "", action_header
            action_header = "%*s%s\n" % tup
        elif len(action_header) <= action_width:
            tup = indent, "", action_width, action_header
            action_header = "%*s%-*s  " % tup
            indent_first = 0
        else:
            tup = indent, "", action_header
            action_header = "%*s%s\n" % tup
            indent_first = help_position
        parts = [action_header]
        if action.help and action.help.strip():
            help_text = self._expand_help(action)
            if help_text:
                help_lines = self._split_lines(help_text, help_width)
                parts.append("%*s%s\n" % (indent_first, "", help_lines[0]))
                for line in help_lines[1:]:
                    parts.append("%*s%s\n" % (help_position, "", line))
        elif not action_header.endswith("\n"):
            parts.append("\n")
        if isinstance(action, _SubParsersAction):
            for sub in action._get_subactions():
                parts.append(self._format_action(sub, help_position, indent + 2))
        return "".join(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            return " ".join(self._metavar_formatter(action, default)(1))
        if action.nargs == 0:
            return ", ".join(action.option_strings)
        default = self._get_default_metavar_for_optional(action)
        args_string = self._format_args(action, default)
        return ", ".join(action.option_strings) + " " + args_string

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = "{%s}" % ",".join(map(str, action.choices))
        else:
            result = default_metavar

        def format(tuple_size):
            if isinstance(result, tuple):
                return result
            return (result,) * tuple_size
        return format

    def _format_args(self, action, default_metavar):
        get_metavar = self._metavar_formatter(action, default_metavar)
        if action.nargs is None:
            result = "%s" % get_metavar(1)
        elif action.nargs == OPTIONAL:
            result = "[%s]" % get_metavar(1)
        elif action.nargs == ZERO_OR_MORE:
            metavar = get_metavar(1)
            if len(metavar) == 2:
                result = "[%s [%s ...]]" % metavar
            else:
                result = "[%s ...]" % metavar
        elif action.nargs == ONE_OR_MORE:
            result = "%s [%s ...]" % get_metavar(2)
        elif action.nargs == REMAINDER:
            result = "..."
        elif action.nargs == PARSER:
            result = "%s ..." % get_metavar(1)
        elif action.nargs == SUPPRESS:
            result = ""
        else:
            try:
                formats = ["%s" for _ in range(action.nargs)]
            except TypeError:
                raise ValueError("invalid nargs value") from None
            result = " ".join(formats) % get_metavar(action.nargs)
        return result

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], "__name__"):
                params[name] = params[name].__name__
        if params.get("choices") is not None:
            params["choices"] = ", ".join([str(c) for c in params["choices"]])
        return self._get_help_string(action) % params

    def _split_lines(self, text, width):
        import textwrap
        text = " ".join(text.split())
        return textwrap.wrap(text, width)

    def _fill_text(self, text, width, indent):
        import textwrap
        text = " ".join(text.split())
        return textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog as written."""

    def _fill_text(self, text, width, indent):
        return "".join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps all help text as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds the default value to each argument's help."""

    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ""
        if "%(default)" not in help:
            if action.default is not SUPPRESS:
                defaulting_nargs = [OPTIONAL, ZERO_OR_MORE]
                if action.option_strings or action.nargs in defaulting_nargs:
                    help += " (default: %(default)s)"
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---------------------------------------------------------------------------------------------
# Containers and groups


class _ActionsContainer:
    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._registries = {}
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ..., name=value, ...) or add_argument(option_string, ...)"""
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0][0] not in chars:
            if args and "dest" in kwargs:
                raise TypeError("dest supplied twice for positional argument,"
                                " did you mean metavar?")
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        if "default" not in kwargs:
            dest = kwargs["dest"]
            if dest in self._defaults:
                kwargs["default"] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs["default"] = self.argument_default
        action_name = kwargs.pop("action", None)
        if isinstance(action_name, str) or action_name is None:
            action_class = self._registry_get("action", action_name)
            if action_class is None:
                raise ValueError("unknown action %r" % (action_name,))
        else:
            action_class = action_name
        if not callable(action_class):
            raise ValueError("unknown action %r" % (action_class,))
        action = action_class(**kwargs)
        type_func = action.type
        if type_func is not None and not callable(type_func):
            raise ValueError("%r is not callable" % (type_func,))
        if type_func is FileType:
            raise TypeError("%r is a FileType class object, instance of it must be passed"
                            % (type_func,))
        return self._add_action(action)

    def _registry_get(self, registry_name, value, default=None):
        if registry_name == "action":
            return _ACTIONS.get(value, default) if value not in self._registries.get(
                "action", {}) else self._registries["action"][value]
        return self._registries.get(registry_name, {}).get(value, default)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for option_string in action.option_strings:
            self._option_string_actions[option_string] = action
        for option_string in action.option_strings:
            if _is_negative_number(option_string):
                if not self._has_negative_number_optionals:
                    self._has_negative_number_optionals.append(True)
        return action

    def _get_positional_kwargs(self, dest, **kwargs):
        if "required" in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        if kwargs.get("nargs") not in [OPTIONAL, ZERO_OR_MORE, REMAINDER, SUPPRESS]:
            kwargs["required"] = True
        if kwargs.get("nargs") == ZERO_OR_MORE and "default" not in kwargs:
            kwargs["required"] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_option_strings = []
        for option_string in args:
            if not option_string[0] in self.prefix_chars:
                raise ValueError("invalid option string %r: must start with a character %r"
                                 % (option_string, self.prefix_chars))
            option_strings.append(option_string)
            if len(option_string) > 1 and option_string[1] in self.prefix_chars:
                long_option_strings.append(option_string)
        dest = kwargs.pop("dest", None)
        if dest is None:
            if long_option_strings:
                dest_option_string = long_option_strings[0]
            else:
                dest_option_string = option_strings[0]
            dest = dest_option_string.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError("dest= is required for options like %r" % option_string)
            dest = dest.replace("-", "_")
        return dict(kwargs, dest=dest, option_strings=option_strings)

    def _check_conflict(self, action):
        confl_optionals = []
        for option_string in action.option_strings:
            if option_string in self._option_string_actions:
                confl_optionals.append((option_string,
                                        self._option_string_actions[option_string]))
        if confl_optionals:
            if self.conflict_handler == "resolve":
                for option_string, a in confl_optionals:
                    a.option_strings.remove(option_string)
                    self._option_string_actions.pop(option_string, None)
                    if not a.option_strings:
                        a.container._remove_action(a)
            else:
                conflict_string = ", ".join(o for o, a in confl_optionals)
                raise ArgumentError(action, "conflicting option string%s: %s" % (
                    "s" if len(confl_optionals) > 1 else "", conflict_string))

    def _remove_action(self, action):
        if action in self._actions:
            self._actions.remove(action)


class _ArgumentGroup(_ActionsContainer):
    def __init__(self, container, title=None, description=None, **kwargs):
        update = kwargs.setdefault
        update("conflict_handler", container.conflict_handler)
        update("prefix_chars", container.prefix_chars)
        update("argument_default", container.argument_default)
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        self._registries = container._registries
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        if action in self._group_actions:
            self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError("mutually exclusive arguments must be optional")
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)


def _is_negative_number(s):
    if len(s) < 2 or s[0] != "-":
        return False
    try:
        float(s[1:])
    except ValueError:
        return False
    return s[1:2].isdigit() or s[1:2] == "."


class ArgumentParser(_ActionsContainer):
    """Object for parsing command line strings into Python objects."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars="-", fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler="error", add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default,
                         conflict_handler=conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv and _sys.argv[0] else "weft"
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group("positional arguments")
        self._optionals = self.add_argument_group("options")
        self._subparsers = None
        default_prefix = "-" if "-" in prefix_chars else prefix_chars[0]
        if self.add_help:
            self.add_argument(default_prefix + "h", default_prefix * 2 + "help",
                              action="help", default=SUPPRESS,
                              help="show this help message and exit")
        for parent in parents:
            for action in parent._actions:
                if action.option_strings and action.option_strings[0] in ("-h", "--help") \
                        and isinstance(action, _HelpAction):
                    continue
                self._add_action(action)
            self._defaults.update(parent._defaults)

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            raise ValueError("cannot have multiple subparser arguments")
        kwargs.setdefault("parser_class", type(self))
        if "title" in kwargs or "description" in kwargs:
            title = kwargs.pop("title", "subcommands")
            description = kwargs.pop("description", None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get("prog") is None:
            formatter = self._get_formatter()
            positionals = [a for a in self._actions if not a.option_strings]
            groups = self._mutually_exclusive_groups
            formatter.add_usage(self.usage, positionals, groups, "")
            kwargs["prog"] = formatter.format_help().strip()
        parsers_class = self._registry_get("action", "parsers")
        action = parsers_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # --- parsing -----------------------------------------------------------------------------

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            msg = "unrecognized arguments: %s" % " ".join(argv)
            if self.exit_on_error:
                self.error(msg)
            raise ArgumentError(None, msg)
        return args

    def parse_known_args(self, args=None, namespace=None):
        return self._parse_known_args2(args, namespace, intermixed=False)

    def parse_intermixed_args(self, args=None, namespace=None):
        return self.parse_args(args, namespace)

    def parse_known_intermixed_args(self, args=None, namespace=None):
        return self.parse_known_args(args, namespace)

    def _parse_known_args2(self, args, namespace, intermixed):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS:
                if not hasattr(namespace, action.dest):
                    if action.default is not SUPPRESS:
                        setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        if hasattr(namespace, "_UNRECOGNIZED_ARGS_ATTR"):
            args.extend(getattr(namespace, "_UNRECOGNIZED_ARGS_ATTR"))
            delattr(namespace, "_UNRECOGNIZED_ARGS_ATTR")
        return namespace, args

    def _looks_like_option(self, arg):
        if not arg or arg[0] not in self.prefix_chars or arg == "-" or arg == "--":
            return False
        if arg in self._option_string_actions:
            return True
        if _is_negative_number(arg) and not self._has_negative_number_optionals:
            return False
        if " " in arg and "=" not in arg.split(" ")[0]:
            return False
        return True

    def _match_option(self, arg):
        # Returns (action, option_string, explicit_arg) or raises for ambiguity; None if unknown.
        if arg in self._option_string_actions:
            return self._option_string_actions[arg], arg, None
        if "=" in arg:
            option_string, explicit_arg = arg.split("=", 1)
            if option_string in self._option_string_actions:
                return self._option_string_actions[option_string], option_string, explicit_arg
        chars = self.prefix_chars
        if arg[0] in chars and len(arg) > 1 and arg[1] not in chars:
            # Single-dash: -xVALUE or -xyz (combined flags).
            option_string = arg[:2]
            if option_string in self._option_string_actions:
                return self._option_string_actions[option_string], option_string, arg[2:]
        if self.allow_abbrev and arg.startswith(chars[0] * 2) or (
                self.allow_abbrev and len(arg) > 2 and arg[1] not in chars):
            if "=" in arg:
                prefix, explicit_arg = arg.split("=", 1)
            else:
                prefix, explicit_arg = arg, None
            matches = [o for o in self._option_string_actions
                       if o.startswith(prefix) and len(o) > 2 and o[1] in chars]
            if len(matches) > 1:
                options = ", ".join(matches)
                raise ArgumentError(None, "ambiguous option: %s could match %s"
                                    % (prefix, options))
            if len(matches) == 1:
                o = matches[0]
                return self._option_string_actions[o], o, explicit_arg
        return None

    def _parse_known_args(self, arg_strings, namespace):
        seen_actions = set()
        seen_non_default_actions = set()
        extras = []
        conflicts = {}
        for group in self._mutually_exclusive_groups:
            for i, a in enumerate(group._group_actions):
                conflicts.setdefault(a, []).extend(
                    group._group_actions[:i] + group._group_actions[i + 1:])

        def take_action(action, argument_strings, option_string=None):
            seen_actions.add(action)
            argument_values = self._get_values(action, argument_strings)
            if argument_values is not action.default:
                seen_non_default_actions.add(action)
                for conflict_action in conflicts.get(action, []):
                    if conflict_action in seen_non_default_actions:
                        msg = "not allowed with argument %s"
                        action_name = _get_action_name(conflict_action)
                        raise ArgumentError(action, msg % action_name)
            if argument_values is not SUPPRESS:
                action(self, namespace, argument_values, option_string)

        positionals = list(self._get_positional_actions())
        chunk = []

        def consume_chunk(rest, final):
            # Match as many positional actions as fit the strings met since the last option
            # (CPython: a chunk ends at each option; a subparser takes everything after it).
            nonlocal chunk, positionals
            if not chunk and not final:
                return False
            k = 0
            need = 0
            for a in positionals:
                need += self._min_count(a)
                if need > len(chunk):
                    break
                k += 1
            strings = chunk
            chunk = []
            for idx in range(k):
                action = positionals[idx]
                rest_min = sum(self._min_count(a) for a in positionals[idx + 1:k])
                avail = len(strings) - rest_min
                nargs = action.nargs
                if nargs is None:
                    count = 1
                elif nargs == OPTIONAL:
                    count = 1 if avail >= 1 else 0
                elif nargs in (ZERO_OR_MORE, ONE_OR_MORE):
                    count = max(avail, 0)
                elif nargs in (PARSER, REMAINDER):
                    take_action(action, strings + rest)
                    positionals = positionals[idx + 1:]
                    return True
                else:
                    count = nargs
                take_action(action, strings[:count])
                strings = strings[count:]
            positionals = positionals[k:]
            extras.extend(strings)
            return False

        i = 0
        n = len(arg_strings)
        while i < n:
            arg = arg_strings[i]
            if arg == "--":
                chunk.extend(arg_strings[i + 1:])
                i = n
                break
            if not self._looks_like_option(arg):
                chunk.append(arg)
                i += 1
                continue
            if consume_chunk(arg_strings[i:], False):
                i = n
                break
            match = self._match_option(arg)
            if match is None:
                extras.append(arg)
                i += 1
                continue
            action, option_string, explicit_arg = match
            i += 1
            while True:
                if explicit_arg is not None:
                    if action.nargs == 0 and len(option_string) == 2 and \
                            option_string[1] not in self.prefix_chars and explicit_arg != "" \
                            and "=" not in arg[:2]:
                        # Combined short flags: -vq -> -v then -q.
                        take_action(action, [], option_string)
                        char = option_string[0]
                        option_string = char + explicit_arg[0]
                        rest = explicit_arg[1:] or None
                        if option_string in self._option_string_actions:
                            action = self._option_string_actions[option_string]
                            explicit_arg = rest
                            continue
                        raise ArgumentError(action, "ignored explicit argument %r"
                                            % (option_string[1:] + (rest or "")))
                    if action.nargs == 0:
                        raise ArgumentError(action, "ignored explicit argument %r"
                                            % explicit_arg)
                    if action.nargs in (None, OPTIONAL, 1, ZERO_OR_MORE, ONE_OR_MORE):
                        take_action(action, [explicit_arg], option_string)
                        break
                    raise ArgumentError(action, self._expected(action))
                # The following non-option strings are this option's arguments.
                following = []
                j = i
                while j < n and arg_strings[j] != "--" and \
                        not self._looks_like_option(arg_strings[j]):
                    following.append(arg_strings[j])
                    j += 1
                nargs = action.nargs
                if nargs is None:
                    count = 1
                elif nargs == OPTIONAL:
                    count = min(1, len(following))
                elif nargs in (ZERO_OR_MORE, ONE_OR_MORE):
                    count = len(following)
                elif nargs in (REMAINDER, PARSER):
                    following = arg_strings[i:]
                    count = len(following)
                else:
                    count = nargs
                if len(following) < count or (nargs == ONE_OR_MORE and count == 0):
                    raise ArgumentError(action, self._expected(action))
                take_action(action, following[:count], option_string)
                i += count
                break
        consume_chunk([], True)

        required_actions = []
        for action in self._actions:
            if action not in seen_actions:
                if action.required:
                    required_actions.append(_get_action_name(action))
                else:
                    if (action.default is not None and isinstance(action.default, str) and
                            hasattr(namespace, action.dest) and
                            action.default is getattr(namespace, action.dest)):
                        setattr(namespace, action.dest,
                                self._get_value(action, action.default))
        if required_actions:
            raise ArgumentError(None, "the following arguments are required: %s"
                                % ", ".join(required_actions))
        for group in self._mutually_exclusive_groups:
            if group.required:
                for action in group._group_actions:
                    if action in seen_non_default_actions:
                        break
                else:
                    names = [_get_action_name(action) for action in group._group_actions
                             if action.help is not SUPPRESS]
                    msg = "one of the arguments %s is required"
                    raise ArgumentError(None, msg % " ".join(names))
        return namespace, extras

    def _min_count(self, action):
        nargs = action.nargs
        if nargs is None or nargs == PARSER:
            return 1
        if nargs in (OPTIONAL, ZERO_OR_MORE, REMAINDER):
            return 0
        if nargs == ONE_OR_MORE:
            return 1
        return nargs

    def _expected(self, action):
        nargs = action.nargs
        if nargs is None:
            return "expected one argument"
        if nargs == OPTIONAL:
            return "expected at most one argument"
        if nargs == ONE_OR_MORE:
            return "expected at least one argument"
        return "expected %s argument%s" % (nargs, "s" if nargs != 1 else "")

    def _get_values(self, action, arg_strings):
        if action.nargs not in (PARSER, REMAINDER):
            try:
                arg_strings.remove("--")
            except ValueError:
                pass
        if not arg_strings and action.nargs == OPTIONAL:
            if action.option_strings:
                value = action.const
            else:
                value = action.default
            if isinstance(value, str) and value is not SUPPRESS:
                value = self._get_value(action, value)
        elif (not arg_strings and action.nargs == ZERO_OR_MORE and
              not action.option_strings):
            if action.default is not None:
                value = action.default
            else:
                value = []
        elif len(arg_strings) == 1 and action.nargs in (None, OPTIONAL):
            arg_string, = arg_strings
            value = self._get_value(action, arg_string)
            self._check_value(action, value)
        elif action.nargs == REMAINDER:
            value = [self._get_value(action, v) for v in arg_strings]
        elif action.nargs == PARSER:
            value = [self._get_value(action, v) for v in arg_strings]
            self._check_value(action, value[0])
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        elif action.nargs == 0:
            value = action.const if action.const is not None else None
            value = SUPPRESS if False else value
            return value
        else:
            value = [self._get_value(action, v) for v in arg_strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        type_func = action.type if action.type is not None else (lambda x: x)
        if not callable(type_func):
            raise ArgumentError(action, "%r is not callable" % (type_func,))
        try:
            result = type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, "__name__", repr(action.type))
            raise ArgumentError(action, "invalid %s value: %r" % (name, arg_string))
        return result

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            args = {"value": str(value),
                    "choices": ", ".join(map(repr, action.choices))}
            msg = "invalid choice: %(value)r (choose from %(choices)s)"
            raise ArgumentError(action, msg % args)

    # --- help and errors ---------------------------------------------------------------------

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for action_group in self._action_groups:
            formatter.start_section(action_group.title)
            formatter.add_text(action_group.description)
            formatter.add_arguments(action_group._group_actions)
            formatter.end_section()
        formatter.start_section(None)
        formatter.add_text(self.epilog)
        formatter.end_section()
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_usage(), file)

    def print_help(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_help(), file)

    def _print_message(self, message, file=None):
        if message:
            file = file or _sys.stderr
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Prints a usage message incorporating the message to stderr and exits."""
        self.print_usage(_sys.stderr)
        args = {"prog": self.prog, "message": message}
        self.exit(2, "%(prog)s: error: %(message)s\n" % args)
