"""JSON Schema validation of row records, with findings mapped to the cell they concern.

Formats ``kode``, ``rupiah`` and ``target`` are checked by the same parsers the extractor uses
(``jsonschema`` FormatChecker extended), on the values as the cells hold them; the ``number``
type accepts ``Decimal``. A compiled fast path checks the keywords our schemas use and calls
``jsonschema.iter_errors`` only for rows it flags (a test proves both agree); it settles most
``str`` and ``float`` cells without calling a check.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from functools import cache
from typing import Any

import jsonschema
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from pipeline.codes import parse_code
from pipeline.documents import DocumentType
from pipeline.values import ValueProblem, parse_rupiah, parse_target


def _check_kode(value: object) -> bool:
    if value is None:
        return True
    return not isinstance(parse_code(value), ValueProblem)  # type: ignore[arg-type]


def _check_rupiah(value: object) -> bool:
    if value is None:
        return True
    return not isinstance(parse_rupiah(value), ValueProblem)  # type: ignore[arg-type]


def _check_target(value: object) -> bool:
    if value is None:
        return True
    return not isinstance(parse_target(value), ValueProblem)  # type: ignore[arg-type]


FORMATS: dict[str, Callable[[object], bool]] = {"kode": _check_kode, "rupiah": _check_rupiah, "target": _check_target}


def format_checker() -> jsonschema.FormatChecker:
    checker = jsonschema.FormatChecker()
    for name, func in FORMATS.items():
        checker.checks(name)(func)
    return checker


def _is_number(checker: object, instance: object) -> bool:
    if isinstance(instance, bool):
        return False
    return isinstance(instance, int | float | Decimal)


def _is_integer(checker: object, instance: object) -> bool:
    if isinstance(instance, bool):
        return False
    if isinstance(instance, float):
        return instance.is_integer()
    if isinstance(instance, Decimal):
        return instance == instance.to_integral_value()
    return isinstance(instance, int)


_TYPE_CHECKER = Draft202012Validator.TYPE_CHECKER.redefine_many({"number": _is_number, "integer": _is_integer})
PipelineValidator = jsonschema.validators.extend(Draft202012Validator, type_checker=_TYPE_CHECKER)


@cache
def validator_for(doc: DocumentType) -> Any:
    return PipelineValidator(doc.schema, format_checker=format_checker())


# --- compiled fast path -------------------------------------------------------------------------

_SUPPORTED = {"type", "format", "maxLength", "minLength", "enum", "const", "title", "description"}


def _prop_check(prop: dict[str, Any]) -> Callable[[object], bool] | None:
    if any(not k.startswith("x-") and k not in _SUPPORTED for k in prop):
        return None
    types = prop.get("type")
    names: tuple[str, ...] | None = None
    if types is not None:
        names = (types,) if isinstance(types, str) else tuple(types)
    type_ok = _type_test(names) if names is not None else None
    fmt = FORMATS.get(prop.get("format", "")) if "format" in prop else None
    max_len, min_len = prop.get("maxLength"), prop.get("minLength")
    enum = prop.get("enum")
    has_const, const = "const" in prop, prop.get("const")

    def check(v: object) -> bool:
        if type_ok is not None and not type_ok(v):
            return False
        if isinstance(v, str):
            if max_len is not None and len(v) > max_len:
                return False
            if min_len is not None and len(v) < min_len:
                return False
        if enum is not None and v not in enum:
            return False
        if has_const and v != const:
            return False
        return fmt is None or fmt(v)

    return check


def _type_test(names: tuple[str, ...]) -> Callable[[object], bool]:
    """``instance`` is of one of the JSON types ``names``, as ``_TYPE_CHECKER`` decides, in plain
    ``isinstance`` checks (the type checker's own lookup costs more than the rest of the row)."""
    is_type = _TYPE_CHECKER.is_type
    if not set(names) <= {"string", "null", "boolean", "number", "integer", "object", "array"}:
        return lambda v: any(is_type(v, n) for n in names)
    null_ok, str_ok, bool_ok = "null" in names, "string" in names, "boolean" in names
    number_ok, integer_ok = "number" in names, "integer" in names
    object_ok, array_ok = "object" in names, "array" in names

    def test(v: object) -> bool:
        if v is None:
            return null_ok
        if isinstance(v, str):
            return str_ok
        if isinstance(v, bool):
            return bool_ok
        if isinstance(v, int | float | Decimal):
            return number_ok or (integer_ok and _is_integer(None, v))
        if isinstance(v, dict):
            return object_ok
        if isinstance(v, list):
            return array_ok
        return any(is_type(v, n) for n in names)

    return test


# Verdicts that take no call, for the two kinds of value nearly every cell holds: what
# ``_prop_check(prop)`` decides for an exact ``str`` is (min length, max length, the allowed texts
# or None for any, a format check or None), and for an exact ``float`` a constant. ``_str_rule`` /
# ``_float_rule`` give None where the verdict needs more (the check is then called).
_StrRule = tuple[int, float, frozenset[str] | None, Callable[[object], bool] | None]
_FORMATS_TRUE_FOR_FLOATS = {"rupiah", "target"}  # parse_rupiah / parse_target read every float


_JSON_TYPES = {"string", "null", "boolean", "number", "integer", "object", "array"}


def _type_names(prop: dict[str, Any]) -> tuple[str, ...] | None:
    types = prop.get("type")
    return None if types is None else ((types,) if isinstance(types, str) else tuple(types))


def _str_rule(prop: dict[str, Any]) -> _StrRule | None:
    names = _type_names(prop)
    if names is not None and not set(names) <= _JSON_TYPES:
        return None
    if names is not None and "string" not in names:
        return (1, 0, None, None)  # no str passes
    allowed: set[str] | None = None
    if "enum" in prop:
        allowed = {v for v in prop["enum"] if type(v) is str}  # a str equals only a str
    if "const" in prop:
        const = prop["const"]
        allowed = ({const} if type(const) is str else set()) & (allowed if allowed is not None else {const})
    fmt = FORMATS.get(prop.get("format", "")) if "format" in prop else None
    low, high = prop.get("minLength"), prop.get("maxLength")
    return (0 if low is None else low, float("inf") if high is None else high,
            None if allowed is None else frozenset(allowed), fmt)


def _float_rule(prop: dict[str, Any]) -> bool | None:
    names = _type_names(prop)
    if "enum" in prop or "const" in prop or (names is not None and ("number" not in names
                                                                    or not set(names) <= _JSON_TYPES)):
        return None  # the value itself decides (an integer-only type asks whether it is whole)
    if "format" in prop and prop["format"] not in _FORMATS_TRUE_FOR_FLOATS:
        return None
    return True


@cache
def fast_path(doc: DocumentType) -> Callable[[dict[str, Any]], bool] | None:
    """A function telling quickly whether a row is valid, or ``None`` if the schema is too rich."""
    schema = doc.schema
    allowed_top = {"$schema", "$id", "title", "description", "type", "properties", "allOf", "required"}
    if any(not k.startswith("x-") and k not in allowed_top for k in schema):
        return None
    props = {}
    str_rules: dict[str, _StrRule] = {}
    float_rules: dict[str, bool] = {}
    for name, prop in schema.get("properties", {}).items():
        c = _prop_check(prop)
        if c is None:
            return None
        props[name] = c
        if (rule := _str_rule(prop)) is not None:
            str_rules[name] = rule
        if (verdict := _float_rule(prop)) is not None:
            float_rules[name] = verdict
    required = tuple(schema.get("required", ()))
    conditionals = []
    for sub in schema.get("allOf", []):
        if set(sub) - {"if", "then"}:
            return None
        cond = sub["if"]
        if set(cond) - {"properties", "required"} or list(cond.get("properties", {})) != ["level"]:
            return None
        lv = cond["properties"]["level"]
        levels = set(lv["enum"]) if "enum" in lv else {lv["const"]}
        then = sub["then"]
        if set(then) - {"required", "properties"}:
            return None
        then_props = {}
        for name, prop in then.get("properties", {}).items():
            c = _prop_check(prop)
            if c is None:
                return None
            then_props[name] = (_str_rule(prop), _float_rule(prop), c)
        conditionals.append((levels, tuple(then.get("required", ())), then_props))

    # The commonest str verdict, a length limit and nothing else, on its own: one lookup, one comparison.
    str_max = {name: high for name, (low, high, allowed, fmt) in str_rules.items()
               if low == 0 and allowed is None and fmt is None}
    # Level -> what every conditional that level meets asks, in schema order: one lookup per row.
    by_level: dict[Any, tuple[tuple[str, ...], tuple[_ThenCheck, ...]]] = {}
    for levels, req, then_props in conditionals:
        for level in levels:
            required_so_far, checks_so_far = by_level.get(level, ((), ()))
            by_level[level] = (required_so_far + req, checks_so_far + tuple(
                (name, *_length_bounds(str_rule), float_rule, c) for name, (str_rule, float_rule, c) in then_props.items()))

    def valid(row: dict[str, Any]) -> bool:
        for name in required:
            if name not in row:
                return False
        for name, value in row.items():
            # The verdicts that need no call first (``_str_rule`` / ``_float_rule``), else the check.
            cls = value.__class__
            if cls is str:
                high = str_max.get(name)
                if high is not None:
                    if len(value) <= high:
                        continue
                    return False
                rule = str_rules.get(name)
                if rule is not None:
                    low, high, allowed, fmt = rule
                    if low <= len(value) <= high and (allowed is None or value in allowed) \
                            and (fmt is None or fmt(value)):
                        continue
                    return False
            elif cls is float:
                verdict = float_rules.get(name)
                if verdict is not None:
                    if verdict:
                        continue
                    return False
            c = props.get(name)
            if c is not None and not c(value):
                return False
        if "level" not in row:
            return True
        extra = by_level.get(row["level"])
        if extra is None:
            return True
        for name in extra[0]:
            if name not in row:
                return False
        for name, shortest, longest, float_verdict, c in extra[1]:
            if name not in row:
                continue
            value = row[name]
            cls = value.__class__
            if cls is str and shortest is not None and longest is not None:
                if shortest <= len(value) <= longest:
                    continue
                return False
            if cls is float and float_verdict is not None:
                if float_verdict:
                    continue
                return False
            if not c(value):
                return False
        return True

    return valid


# A ``then`` property as ``valid`` checks it: name, the str length bounds when they are the whole str
# verdict (else None, None), the float verdict, the check.
_ThenCheck = tuple[str, int | None, float | None, bool | None, Callable[[object], bool]]


def _length_bounds(rule: _StrRule | None) -> tuple[int | None, float | None]:
    if rule is None or rule[2] is not None or rule[3] is not None:
        return None, None
    return rule[0], rule[1]


def iter_row_errors(doc: DocumentType, row: dict[str, Any]) -> Iterator[ValidationError]:
    """All schema errors of a row; the fast path skips jsonschema for rows that are clean."""
    quick = fast_path(doc)
    if quick is not None and quick(row):
        return iter(())
    return validator_for(doc).iter_errors(row)


def error_fields(error: ValidationError, row: dict[str, Any]) -> list[str]:
    """The fields an error is about: its path, or the properties a ``required`` misses."""
    if error.validator == "required":
        return [p for p in error.validator_value if p not in row]
    if error.path:
        return [str(error.path[0])]
    return []
