"""A lossless JSON form of the whole :class:`Brief`, for the reopen cache.

Only the model's own record types can be rebuilt (a fixed registry, never a class named by
the data), so a cache file that was tampered with can at worst fail to decode; it can never
run code.  Any decoding failure raises :class:`BriefDecodeError`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
from functools import partial
from typing import Any

import orjson

from .. import model

_TYPES: dict[str, type] = {
    cls.__name__: cls
    for cls in vars(model).values()
    if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__module__ == model.__name__
}
_FIELDS = {name: tuple(f.name for f in dataclasses.fields(cls) if f.init) for name, cls in _TYPES.items()}


_PASS_RECORDS = orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_DATETIME  # both to _record


class BriefDecodeError(ValueError):
    """The JSON is not a brief this version wrote."""


def _record(value: Any, finite: bool = False) -> Any:
    """What the JSON encoder cannot write itself: a record (its fields, which the encoder then
    writes, calling this again for the records among them) or a date.  A field the brief never
    holds (a dict or a list, which an encoder would write as they are but the decoder would not
    give back) raises TypeError; with ``finite``, so does a float that is not finite (orjson
    writes NaN and infinities as null; the json module writes them as it reads them)."""
    name = type(value).__name__
    fields = _FIELDS.get(name)
    if fields is not None and type(value) is _TYPES[name]:
        out = [getattr(value, f) for f in fields]
        for v in out:
            _check(v, finite)
        return {"@": name, "f": out}
    if isinstance(value, dt.datetime):
        return {"@": "datetime", "v": value.isoformat()}
    if isinstance(value, dt.date):
        return {"@": "date", "v": value.isoformat()}
    raise TypeError(f"cannot encode {type(value).__name__}")


def _check(value: Any, finite: bool) -> None:
    kind = type(value)
    if kind is tuple:
        for v in value:
            if type(v) in _CHECKED:
                _check(v, finite)
    elif kind is dict or kind is list:
        raise TypeError(f"cannot encode {kind.__name__}")
    elif kind is float and finite and not math.isfinite(value):
        raise TypeError("a float that is not finite")


_CHECKED = frozenset({tuple, dict, list, float})
_FINITE = partial(_record, finite=True)


def encode_brief(brief: model.Brief) -> str:
    """The brief as JSON: orjson walks the tuples and strings in C and asks :func:`_record`
    only for the records and dates (a 10k brief in about 0.2 s; 1.6 s walked in Python).  The
    json module, told the same, is the fallback for a text orjson refuses (a lone surrogate
    from a file name that is not UTF-8) or a float it would write as null; the brief is a
    tree, so neither checks for cycles.  A value no record holds raises TypeError."""
    try:
        return orjson.dumps(brief, default=_FINITE, option=_PASS_RECORDS).decode("utf-8")
    except orjson.JSONEncodeError:
        return json.dumps(brief, default=_record, ensure_ascii=False, separators=(",", ":"), check_circular=False)


def _hook(obj: dict[str, Any]) -> Any:
    """Called by the JSON decoder for every object, innermost first, so a record's fields
    arrive already decoded; the model holds tuples where JSON has lists."""
    tag = obj.get("@")
    if tag == "date":
        return dt.date.fromisoformat(obj["v"])
    if tag == "datetime":
        return dt.datetime.fromisoformat(obj["v"])
    cls = _TYPES.get(tag) if isinstance(tag, str) else None
    if cls is None or not isinstance(tag, str):
        raise BriefDecodeError(f"unknown record {tag!r}")
    values = obj["f"]
    if not isinstance(values, list) or len(values) != len(_FIELDS[tag]):
        raise BriefDecodeError(f"{tag}: wrong number of fields")
    return cls(*[tuple(v) if isinstance(v, list) else v for v in values])


def decode_brief(text: str) -> model.Brief:
    try:
        brief = json.loads(text, object_hook=_hook)
    except BriefDecodeError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise BriefDecodeError(str(exc)) from None
    if not isinstance(brief, model.Brief):
        raise BriefDecodeError("not a brief")
    return brief
