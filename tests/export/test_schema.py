"""The JSON brief matches its documented schema, briefing/export/brief.schema.json.

A small validator for the part of JSON Schema the file uses (type, properties, required,
additionalProperties, items, enum, pattern, minimum, format date/date-time, $ref) keeps the
tests free of extra dependencies; it is itself tested to reject what it must."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from briefing.export import render
from briefing.export.json_export import SCHEMA, brief_to_dict
from briefing.pipeline.build import build_brief
from tests.golden.fixture_brief import fixture_brief

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "briefing" / "export" / "brief.schema.json"
TYPES = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}


def _is(value: Any, kind: str) -> bool:
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, TYPES[kind])


def validate(value: Any, node: dict[str, Any], root: dict[str, Any], where: str = "$") -> list[str]:
    if "$ref" in node:
        name = node["$ref"].removeprefix("#/$defs/")
        return validate(value, root["$defs"][name], root, where)
    errors: list[str] = []
    kinds = node.get("type")
    if kinds is not None:
        kinds = [kinds] if isinstance(kinds, str) else kinds
        if not any(_is(value, k) for k in kinds):
            return [f"{where}: {type(value).__name__} is not {kinds}"]
    if "enum" in node and value not in node["enum"]:
        errors.append(f"{where}: {value!r} not in {node['enum']}")
    if isinstance(value, str):
        if "pattern" in node and not re.search(node["pattern"], value):
            errors.append(f"{where}: {value!r} does not match {node['pattern']}")
        fmt = node.get("format")
        try:
            if fmt == "date":
                dt.date.fromisoformat(value)
            elif fmt == "date-time":
                assert dt.datetime.fromisoformat(value).tzinfo is not None
        except (ValueError, AssertionError):
            errors.append(f"{where}: {value!r} is not a {fmt}")
    if _is(value, "number") and "minimum" in node and value < node["minimum"]:
        errors.append(f"{where}: {value} < {node['minimum']}")
    if isinstance(value, dict):
        props = node.get("properties", {})
        errors += [f"{where}: missing {k!r}" for k in node.get("required", []) if k not in value]
        if node.get("additionalProperties") is False:
            errors += [f"{where}: undocumented key {k!r}" for k in value if k not in props]
        for k, v in value.items():
            if k in props:
                errors += validate(v, props[k], root, f"{where}.{k}")
    if isinstance(value, list) and "items" in node:
        for i, v in enumerate(value):
            errors += validate(v, node["items"], root, f"{where}[{i}]")
    return errors


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


def test_fixture_brief_matches_the_schema(schema: dict[str, Any]) -> None:
    data = json.loads(render(fixture_brief(), "json"))
    assert validate(data, schema, schema) == []
    assert data["schema"] == SCHEMA


def test_pipeline_brief_matches_the_schema(schema: dict[str, Any], make, repo_config) -> None:  # type: ignore[no-untyped-def]
    arts = [
        make("Talks collapse\n\nThe summit was cancelled on 3 November 2025, the minister said. "
             "“We will not meet,” said Foreign Minister Sergey Lavrov.", name="a.txt", date="2025-11-03"),
        make("Drone strike\n\nA drone strike hit a refinery and caused fires.", name="b.txt"),
    ]
    brief = build_brief(arts, repo_config, now=dt.datetime(2025, 11, 3, tzinfo=dt.timezone.utc))
    assert validate(json.loads(render(brief, "json")), schema, schema) == []


def test_every_documented_key_has_a_description(schema: dict[str, Any]) -> None:
    def walk(node: dict[str, Any], where: str) -> list[str]:
        missing = []
        for k, sub in node.get("properties", {}).items():
            if "description" not in sub and "$ref" not in sub:
                missing.append(f"{where}.{k}")
            missing += walk(sub, f"{where}.{k}")
        return missing

    missing = walk(schema, "$")
    for name, node in schema["$defs"].items():
        missing += walk(node, name)
    assert missing == []


@pytest.mark.parametrize("breakage", [
    lambda d: d.pop("schema"),
    lambda d: d.__setitem__("date", "3 Nov 2025"),
    lambda d: d["articles"][0].__setitem__("words", "many"),
    lambda d: d["articles"][0].__setitem__("surprise", 1),
    lambda d: d["storylines"][0]["summary"][0].__setitem__("sources", "a1"),
    lambda d: d["quotes"][0].__setitem__("key", "yes"),
    lambda d: d["storylines"][0]["players"][0].__setitem__("kind", "robot"),
    lambda d: d["counts"].__setitem__("articles", -1),
])
def test_the_validator_rejects_a_broken_brief(schema: dict[str, Any], breakage) -> None:  # type: ignore[no-untyped-def]
    data = copy.deepcopy(brief_to_dict(fixture_brief()))
    breakage(data)
    assert validate(data, schema, schema) != []


def test_the_json_brief_carries_each_articles_text_block_by_block(make, repo_config) -> None:  # type: ignore[no-untyped-def]
    arts = [make("Talks collapse\n\nThe summit was cancelled on 3 November 2025, the minister said.\n\n"
                 "Officials in Lisk said no new date had been set.", name="a.txt", date="2025-11-03")]
    brief = build_brief(arts, repo_config, now=dt.datetime(2025, 11, 3, tzinfo=dt.timezone.utc))
    data = json.loads(render(brief, "json"))
    (article,) = data["articles"]
    assert [p["text"] for p in article["paragraphs"]] == [b.text for b in arts[0].blocks]
    assert article["author"] is None
    for s in data["storylines"]:
        for p in s["passages"]:  # a passage points at its paragraph in the article's list
            assert p["text"] in article["paragraphs"][p["paragraph"]]["text"]
