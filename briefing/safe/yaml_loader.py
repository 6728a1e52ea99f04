"""The one way YAML is read: config.yaml and articles' front matter.

PyYAML's safe loader builds no Python objects, but it still expands aliases: a few hundred
bytes of nested ``&a [*b, *b, ...]`` ("billion laughs") become billions of values when a
document is walked.  This loader refuses what a config or a front matter never needs:

* aliases (``*name``): refused where they appear, before anything is expanded;
* tags other than YAML's plain ones (``!!python/object``, ``!custom``): refused by name;
* more than ``max_nodes`` values, or nesting deeper than :data:`MAX_DEPTH`.

Each refusal is a :class:`YamlRefused` with the line it is on, so a config error names the
line and a front matter error is reported for its article, in milliseconds.
"""

from __future__ import annotations

from typing import Any

import yaml

MAX_DEPTH = 20
_PLAIN_TAGS = frozenset(
    "tag:yaml.org,2002:" + t for t in ("str", "int", "float", "bool", "null", "seq", "map", "timestamp", "binary")
) | {"!"}  # "!" is the non-specific tag of a quoted scalar


class YamlRefused(Exception):
    """The document uses what is refused here; ``line`` is 1-based (None when unknown)."""

    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.line = line


class _Loader(yaml.SafeLoader):
    """Composes nodes, refusing aliases, unknown tags, too many nodes and deep nesting."""

    def __init__(self, text: str, max_nodes: int) -> None:
        super().__init__(text)
        self._max_nodes = max_nodes
        self._nodes = 0
        self._depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise YamlRefused(f"aliases (*{event.anchor}) are not allowed", event.start_mark.line + 1)
        event = self.peek_event()  # type: ignore[no-untyped-call]
        tag = getattr(event, "tag", None)
        if tag is not None and tag not in _PLAIN_TAGS:
            shown = "!!" + tag[len("tag:yaml.org,2002:"):] if tag.startswith("tag:yaml.org,2002:") else tag
            raise YamlRefused(f"the tag {shown} is not allowed", event.start_mark.line + 1)
        self._nodes += 1
        if self._nodes > self._max_nodes:
            raise YamlRefused(f"more than {self._max_nodes} values", event.start_mark.line + 1)
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise YamlRefused(f"nested more than {MAX_DEPTH} deep", event.start_mark.line + 1)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def compose(text: str, max_nodes: int) -> yaml.Node | None:
    """The document's root node (None for an empty document).  Raises :class:`YamlRefused`,
    or ``yaml.YAMLError`` for text that is not YAML."""
    loader = _Loader(text, max_nodes)
    try:
        node: yaml.Node | None = loader.get_single_node()
        return node
    finally:
        loader.dispose()


def load(text: str, max_nodes: int) -> Any:
    """The document as plain values (dicts, lists, strings, numbers, dates): :func:`compose`,
    then PyYAML's safe constructor over nodes that hold no alias."""
    node = compose(text, max_nodes)
    if node is None:
        return None
    try:
        return yaml.constructor.SafeConstructor().construct_document(node)
    except yaml.YAMLError:
        raise
    except Exception as exc:  # PyYAML's constructors raise what they meet (ValueError, AttributeError, …)
        # a value YAML cannot build: "2024-13-45" read as a date, "!!int abc", a number of 5,000 digits
        mark = getattr(node, "start_mark", None)
        raise YamlRefused(f"a value that cannot be read ({type(exc).__name__}: {' '.join(str(exc).split())[:120]})",
                          mark.line + 1 if mark is not None else None) from None
