"""Safe payoff formulas: text -> whitelisted syntax tree -> vectorised numpy evaluation.

A formula is parsed with :mod:`ast` into a tree, every node of which is checked against a
fixed whitelist (numbers, parameter names, arithmetic, comparisons, ``and``/``or``/``not``,
``a if cond else b`` and a fixed table of functions). Evaluation walks that tree with numpy,
so one call evaluates a formula over a whole array of parameter values. User text is never
handed to ``eval``, ``exec`` or ``compile``: the only thing Python does with it is parse it.

It stays one module (over 400 lines) so that the whitelist, its checks and its evaluation
can be read, and audited for safety, in one file.
"""

from __future__ import annotations

import ast
import difflib
import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]

#: Longest formula accepted, in characters.
MAX_LENGTH = 2000
#: Deepest nesting of the syntax tree (and of brackets) accepted.
MAX_DEPTH = 40
#: Most nodes a formula's tree may have.
MAX_NODES = 400
#: Largest constant exponent accepted in ``a ** b``.
MAX_EXPONENT = 1000.0
#: Largest magnitude of a number the explorer works with: a number written in a formula, a
#: parameter's range and default, a payoff. Far beyond any payoff of a teaching game, and far
#: enough below the largest double that differences, sums and plot ranges of such numbers
#: never overflow.
MAX_MAGNITUDE = 1e12


class FormulaError(ValueError):
    """A formula that cannot be parsed or evaluated, with the 1-based column of the problem."""

    def __init__(self, message: str, column: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.column = column


def _variadic(reduce: Callable[..., FloatArray]) -> Callable[..., FloatArray]:
    def apply(*args: FloatArray) -> FloatArray:
        result: FloatArray = reduce(np.broadcast_arrays(*args), axis=0)
        return result

    return apply


def _where(condition: FloatArray, then: FloatArray, otherwise: FloatArray) -> FloatArray:
    return np.where(condition != 0, then, otherwise)


@dataclass(frozen=True)
class _Function:
    implementation: Callable[..., FloatArray]
    min_args: int
    max_args: int | None
    signature: str


#: The only functions a formula can call.
FUNCTIONS: dict[str, _Function] = {
    "min": _Function(_variadic(np.min), 2, None, "min(a, b, ...)"),
    "max": _Function(_variadic(np.max), 2, None, "max(a, b, ...)"),
    "exp": _Function(np.exp, 1, 1, "exp(x)"),
    "log": _Function(np.log, 1, 1, "log(x)"),
    "sqrt": _Function(np.sqrt, 1, 1, "sqrt(x)"),
    "abs": _Function(np.abs, 1, 1, "abs(x)"),
    "where": _Function(_where, 3, 3, "where(condition, value_if_true, value_if_false)"),
    "clip": _Function(np.clip, 3, 3, "clip(x, low, high)"),
}

#: Names a parameter may not take because formulas would confuse them with something else.
RESERVED_NAMES = frozenset(FUNCTIONS) | frozenset({"and", "or", "not", "if", "else"})

_BINARY: dict[type[ast.operator], Callable[[FloatArray, FloatArray], FloatArray]] = {
    ast.Add: np.add,
    ast.Sub: np.subtract,
    ast.Mult: np.multiply,
    ast.Div: np.divide,
    ast.Pow: np.power,
}
_COMPARE: dict[type[ast.cmpop], Callable[[FloatArray, FloatArray], Any]] = {
    ast.Lt: np.less,
    ast.LtE: np.less_equal,
    ast.Gt: np.greater,
    ast.GtE: np.greater_equal,
    ast.Eq: np.equal,
    ast.NotEq: np.not_equal,
}
_DESCRIPTIONS: dict[type[ast.AST], str] = {
    ast.Attribute: "attribute access",
    ast.Subscript: "indexing",
    ast.Lambda: "lambda",
    ast.ListComp: "a list comprehension",
    ast.SetComp: "a set comprehension",
    ast.DictComp: "a dict comprehension",
    ast.GeneratorExp: "a generator expression",
    ast.List: "a list",
    ast.Tuple: "a tuple",
    ast.Set: "a set",
    ast.Dict: "a dict",
    ast.NamedExpr: "assignment (:=)",
    ast.JoinedStr: "an f-string",
    ast.Starred: "unpacking (*)",
    ast.Await: "await",
    ast.Yield: "yield",
    ast.Slice: "slicing",
    ast.FloorDiv: "floor division (//)",
    ast.Mod: "the remainder operator (%)",
    ast.MatMult: "matrix multiplication (@)",
    ast.BitAnd: "the bitwise operator &",
    ast.BitOr: "the bitwise operator |",
    ast.BitXor: "the bitwise operator ^ (for powers write **)",
    ast.LShift: "the shift operator <<",
    ast.RShift: "the shift operator >>",
    ast.Invert: "the bitwise operator ~",
    ast.Is: "'is' (use ==)",
    ast.IsNot: "'is not' (use !=)",
    ast.In: "'in'",
    ast.NotIn: "'not in'",
}


def _column(node: ast.AST) -> int | None:
    offset = getattr(node, "col_offset", None)
    return None if offset is None else offset + 1 + getattr(node, "indent", 0)


def _at(node: ast.AST) -> str:
    column = _column(node)
    return "" if column is None else f" at column {column}"


def _describe(node: ast.AST) -> str:
    if isinstance(node, ast.Constant):
        shown = repr(node.value)
        return f"the value {shown if len(shown) <= 40 else shown[:36] + '...'}"
    return _DESCRIPTIONS.get(type(node), f"'{type(node).__name__}'")


class _Validator:
    """Checks a parsed tree against the whitelist and collects the parameter names it uses."""

    def __init__(self, parameters: frozenset[str] | None) -> None:
        self.parameters = parameters
        self.names: set[str] = set()
        self.nodes = 0

    def check(self, node: ast.AST, depth: int = 0) -> None:
        self.nodes += 1
        if depth > MAX_DEPTH:
            raise FormulaError(f"formula is nested too deeply (limit {MAX_DEPTH})", _column(node))
        if self.nodes > MAX_NODES:
            raise FormulaError(f"formula is too complex (more than {MAX_NODES} parts)")
        match node:
            case ast.Constant(value=value):
                self._check_number(node, value)
            case ast.Name(id=name):
                self._check_name(node, name)
            case ast.UnaryOp(op=ast.UAdd() | ast.USub() | ast.Not(), operand=operand):
                self.check(operand, depth + 1)
            case ast.BinOp(op=op, left=left, right=right) if type(op) in _BINARY:
                self.check(left, depth + 1)
                self.check(right, depth + 1)
                if isinstance(op, ast.Pow):
                    self._check_exponent(right)
            case ast.BoolOp(values=operands):
                for operand in operands:
                    self.check(operand, depth + 1)
            case ast.Compare(left=first, ops=comparisons, comparators=comparators):
                for comparison in comparisons:
                    if type(comparison) not in _COMPARE:
                        raise FormulaError(
                            f"{_describe(comparison)} is not allowed{_at(node)}", _column(node)
                        )
                for operand in [first, *comparators]:
                    self.check(operand, depth + 1)
            case ast.IfExp(test=test, body=body, orelse=orelse):
                for part in (test, body, orelse):
                    self.check(part, depth + 1)
            case ast.Call():
                self._check_call(node, depth)
            case ast.UnaryOp(op=op) | ast.BinOp(op=op):
                raise FormulaError(f"{_describe(op)} is not allowed{_at(node)}", _column(node))
            case _:
                raise FormulaError(
                    f"{_describe(node)} is not allowed in a formula{_at(node)}", _column(node)
                )

    def _check_number(self, node: ast.Constant, value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise FormulaError(f"{_describe(node)} is not a number{_at(node)}", _column(node))
        try:
            number = float(value)
        except OverflowError:
            number = math.inf
        if not abs(number) <= MAX_MAGNITUDE:
            raise FormulaError(
                f"number too large{_at(node)} (the limit is {MAX_MAGNITUDE:g})", _column(node)
            )

    def _check_name(self, node: ast.Name, name: str) -> None:
        if self.parameters is not None and name not in self.parameters:
            raise FormulaError(_unknown_name_message(name, node, self.parameters), _column(node))
        self.names.add(name)

    def _check_exponent(self, exponent: ast.AST) -> None:
        # A constant exponent is known now: reject absurd ones with a clear message instead of
        # producing infinities later. (Evaluation is in float64, so nothing can run away.)
        try:
            with np.errstate(all="ignore"):  # 10 ** 400 is infinite: said below, not warned
                value = float(_walk(exponent, {}))
        except (FormulaError, TypeError, ValueError):
            return
        if not math.isfinite(value) or abs(value) > MAX_EXPONENT:
            raise FormulaError(
                f"exponent is too large (limit {MAX_EXPONENT:g}){_at(exponent)}", _column(exponent)
            )

    def _check_call(self, node: ast.Call, depth: int) -> None:
        if not isinstance(node.func, ast.Name):
            raise FormulaError(
                f"only the functions {', '.join(sorted(FUNCTIONS))} can be called{_at(node)}",
                _column(node),
            )
        function = FUNCTIONS.get(node.func.id)
        if function is None:
            raise FormulaError(
                f"unknown function '{node.func.id}'{_at(node)}; "
                f"functions are: {', '.join(sorted(FUNCTIONS))}",
                _column(node),
            )
        if node.keywords:
            raise FormulaError(f"keyword arguments are not allowed{_at(node)}", _column(node))
        count = len(node.args)
        too_few = count < function.min_args
        too_many = function.max_args is not None and count > function.max_args
        if too_few or too_many:
            raise FormulaError(
                f"{node.func.id}() takes {_arity(function)}, not {count}{_at(node)}; "
                f"use {function.signature}",
                _column(node),
            )
        for argument in node.args:
            self.check(argument, depth + 1)


def _arity(function: _Function) -> str:
    if function.max_args is None:
        return f"at least {function.min_args} arguments"
    plural = "" if function.min_args == 1 else "s"
    return f"{function.min_args} argument{plural}"


def _unknown_name_message(name: str, node: ast.AST, parameters: Iterable[str]) -> str:
    known = sorted(parameters)
    message = f"unknown name '{name}'{_at(node)}"
    close = difflib.get_close_matches(name, known, n=1)
    if close:
        message += f" (did you mean '{close[0]}'?)"
    if known:
        return message + f"; parameters are: {', '.join(known)}"
    return message + "; this game has no parameters"


def _bracket_depth(text: str) -> int:
    depth = deepest = 0
    for char in text:
        if char in "([{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in ")]}":
            depth -= 1
    return deepest


def _parse(text: str) -> tuple[ast.expr, int]:
    """Parse formula text; return the expression and the width of its leading white space."""
    if len(text) > MAX_LENGTH:
        raise FormulaError(f"formula is too long ({len(text)} characters; limit {MAX_LENGTH})")
    if not text.strip():
        raise FormulaError("formula is empty")
    if "\x00" in text:
        raise FormulaError("formula contains a null character")
    if "\n" in text or "\r" in text:
        raise FormulaError("a formula must be written on one line")
    if _bracket_depth(text) > MAX_DEPTH:
        raise FormulaError(f"formula is nested too deeply (limit {MAX_DEPTH})")
    stripped = text.strip()
    indent = len(text) - len(text.lstrip())
    try:
        tree = ast.parse(stripped, mode="eval")
    except SyntaxError as error:
        raise _syntax_error(stripped, error.offset, indent) from None
    except (RecursionError, MemoryError, ValueError) as error:
        raise FormulaError(f"formula cannot be read ({type(error).__name__})") from None
    return tree.body, indent


def _syntax_error(text: str, offset: int | None, indent: int) -> FormulaError:
    if not offset or offset > len(text):
        return FormulaError("syntax error: the formula is incomplete")
    column = offset + indent
    return FormulaError(f"syntax error at column {column}: unexpected '{text[offset - 1]}'", column)


def _walk(node: ast.AST, values: Mapping[str, Any]) -> Any:
    """Evaluate a validated tree; numbers broadcast against the parameter arrays."""
    match node:
        case ast.Constant(value=int() | float() as number):
            return np.float64(number)
        case ast.Name(id=name):
            if name not in values:
                raise FormulaError(f"no value given for '{name}'{_at(node)}", _column(node))
            return values[name]
        case ast.UnaryOp(op=ast.USub(), operand=operand):
            return np.negative(_walk(operand, values))
        case ast.UnaryOp(op=ast.UAdd(), operand=operand):
            return _walk(operand, values)
        case ast.UnaryOp(op=ast.Not(), operand=operand):
            return np.equal(_walk(operand, values), 0).astype(np.float64)
        case ast.BinOp(op=op, left=left, right=right):
            return _BINARY[type(op)](_walk(left, values), _walk(right, values))
        case ast.BoolOp(op=connective, values=operands):
            truths = [np.not_equal(_walk(v, values), 0) for v in operands]
            combine = np.logical_and if isinstance(connective, ast.And) else np.logical_or
            return combine.reduce(np.broadcast_arrays(*truths), axis=0).astype(np.float64)
        case ast.Compare(left=first, ops=comparisons, comparators=comparators):
            sides = [_walk(v, values) for v in (first, *comparators)]
            truth: Any = True
            for comparison, a, b in zip(comparisons, sides, sides[1:], strict=False):
                truth = np.logical_and(truth, _COMPARE[type(comparison)](a, b))
            return np.asarray(truth, dtype=np.float64)
        case ast.IfExp(test=test, body=body, orelse=orelse):
            return _where(*(_walk(part, values) for part in (test, body, orelse)))
        case ast.Call(func=ast.Name(id=name), args=args):
            return FUNCTIONS[name].implementation(*(_walk(a, values) for a in args))
    raise FormulaError(f"{_describe(node)} is not allowed in a formula")  # pragma: no cover


class Formula:
    """A validated payoff formula (or plain number) over named parameters.

    Parameters
    ----------
    source
        The formula text, or a number.
    parameters
        The names the formula may use; ``None`` accepts any name (checked at evaluation).

    Raises
    ------
    FormulaError
        If the text is not a formula of the whitelisted language.
    """

    __slots__ = ("_tree", "names", "source")

    def __init__(self, source: str | float, parameters: Iterable[str] | None = None) -> None:
        if isinstance(source, bool) or not isinstance(source, str | int | float):
            raise FormulaError(f"a payoff must be a number or a formula, not {source!r}")
        self.source: str | float = source
        known = None if parameters is None else frozenset(parameters)
        if isinstance(source, str):
            tree, indent = _parse(source)
            if indent:
                for node in ast.walk(tree):
                    node.indent = indent  # type: ignore[attr-defined]
        else:
            tree = ast.Constant(value=source)
        validator = _Validator(known)
        validator.check(tree)
        self._tree = tree
        self.names: frozenset[str] = frozenset(validator.names)

    @property
    def text(self) -> str:
        """The formula as the user would type it."""
        if isinstance(self.source, str):
            return self.source
        return repr(self.source) if isinstance(self.source, float) else str(self.source)

    @property
    def is_constant(self) -> bool:
        """True if the formula uses no parameter."""
        return not self.names

    def evaluate(self, values: Mapping[str, npt.ArrayLike]) -> FloatArray:
        """Evaluate over parameter values that broadcast together; non-finite results stay in.

        Parameters
        ----------
        values
            Parameter name to a number or an array; all arrays must broadcast together.

        Returns
        -------
        ndarray
            float64 values with the broadcast shape of the parameters the formula uses
            (NaN or infinity where the formula is undefined, such as ``log(0)``).
        """
        arrays = {
            name: np.asarray(values[name], dtype=np.float64)
            for name in self.names
            if name in values
        }
        shape = np.broadcast_shapes(*(a.shape for a in arrays.values())) if arrays else ()
        with np.errstate(all="ignore"):
            result = _walk(self._tree, arrays)
        return np.broadcast_to(np.asarray(result, dtype=np.float64), shape)

    def value(self, values: Mapping[str, float]) -> float:
        """Evaluate at one point; raise :class:`FormulaError` if the result is not finite."""
        result = float(self.evaluate(values))
        if not math.isfinite(result):
            raise FormulaError(
                f"'{self.text}' is {describe_nonfinite(result)} at {_point(values, self.names)}"
            )
        return result

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Formula) and self.source == other.source

    def __hash__(self) -> int:
        return hash(self.source)

    def __repr__(self) -> str:
        return f"Formula({self.source!r})"


def _point(values: Mapping[str, float], names: Iterable[str]) -> str:
    used = sorted(names)
    if not used:
        return "every parameter value"
    return ", ".join(f"{name} = {float(values[name]):g}" for name in used if name in values)


def describe_nonfinite(value: float) -> str:
    """'not a number (NaN)' or 'infinite', for messages about a payoff."""
    return "not a number (NaN)" if math.isnan(value) else "infinite"
