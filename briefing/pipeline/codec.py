"""A lossless JSON form of the whole :class:`Brief`, for the reopen cache.

Only the model's own record types can be rebuilt (a fixed registry, never a class named by
the data), so a cache file that was tampered with can at worst fail to decode; it can never
run code.  Any decoding failure raises :class:`BriefDecodeError`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

from .. import model

_TYPES: dict[str, type] = {
    cls.__name__: cls
    for cls in vars(model).values()
    if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__module__ == model.__name__
}
_FIELDS = {name: tuple(f.name for f in dataclasses.fields(cls) if f.init) for name, cls in _TYPES.items()}


class BriefDecodeError(ValueError):
    """The JSON is not a brief this version wrote."""


def _enc(value: Any) -> Any:
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, tuple):
        return [_enc(v) for v in value]
    if isinstance(value, dt.datetime):
        return {"@": "datetime", "v": value.isoformat()}
    if isinstance(value, dt.date):
        return {"@": "date", "v": value.isoformat()}
    name = type(value).__name__
    if name in _TYPES and dataclasses.is_dataclass(value):
        return {"@": name, "f": [_enc(getattr(value, f)) for f in _FIELDS[name]]}
    raise TypeError(f"cannot encode {type(value).__name__}")


def encode_brief(brief: model.Brief) -> str:
    return json.dumps(_enc(brief), ensure_ascii=False, separators=(",", ":"))


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
