"""Finding, safely parsing and validating ``config.yaml``.

Every error is a :class:`ConfigError` whose message is one line naming the file,
the line and the key, with a "did you mean" for a misspelt key.
"""

from __future__ import annotations

import difflib
import os
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import ConfigError
from ..safe import yaml_loader as safeyaml
from ..safe.files import FileRefused, read_regular
from .rules import build_config
from .schema import Config

MAX_CONFIG_BYTES = 1_000_000


def default_config_text() -> str:
    return resources.files("briefing.config").joinpath("defaults.yaml").read_text(encoding="utf-8")


def find_config(path: str | Path | None = None, cwd: Path | None = None) -> Path | None:
    """``--config PATH``, else ./config.yaml, else $XDG_CONFIG_HOME/briefing/config.yaml, else None."""
    if path is not None:
        return Path(path)
    cwd = cwd or Path.cwd()
    local = cwd / "config.yaml"
    if local.is_file():
        return local
    xdg = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    user = Path(xdg) / "briefing" / "config.yaml"
    if user.is_file():
        return user
    return None


def load_config(path: str | Path | None = None) -> Config:
    """Load and validate the config (see :func:`find_config` for the search order)."""
    found = find_config(path)
    if found is None:
        return parse_config(default_config_text(), source="<built-in defaults>", base_dir=Path.cwd())
    if not found.exists():
        raise ConfigError("file not found", path=str(found))
    if found.is_dir():
        raise ConfigError("is a folder, not a file", path=str(found))
    try:
        raw = read_regular(found, MAX_CONFIG_BYTES)
    except FileRefused as exc:
        raise ConfigError(str(exc).replace("raise limits.max_file_mb to read it", "a config is at most 1 MB"),
                          path=str(found)) from None
    except IsADirectoryError:
        raise ConfigError("is a folder, not a file", path=str(found)) from None
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror or exc}", path=str(found)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"not UTF-8 text (byte {exc.start})", path=str(found)) from None
    cfg = parse_config(text, source=str(found), base_dir=found.resolve().parent, default_storylines=True)
    return cfg


class _Located:
    """Python values converted from YAML nodes, with the line of each key path."""

    def __init__(self, source: str):
        self.source = source
        self.lines: dict[tuple[str, ...], int] = {}

    def line(self, path: tuple[str, ...]) -> int | None:
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get(())

    def convert(self, node: yaml.Node, path: tuple[str, ...], depth: int = 0) -> Any:
        if depth > 20:
            raise ConfigError("nested too deeply", path=self.source, line=node.start_mark.line + 1, key=".".join(path) or None)
        self.lines.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            out: dict[str, Any] = {}
            for knode, vnode in node.value:
                if not isinstance(knode, yaml.ScalarNode):
                    raise ConfigError("keys must be plain words", path=self.source, line=knode.start_mark.line + 1)
                key = str(_scalar(knode, self.source))
                if key in out:
                    raise ConfigError("duplicate key", path=self.source, line=knode.start_mark.line + 1,
                                      key=".".join(path + (key,)))
                self.lines[path + (key,)] = knode.start_mark.line + 1
                out[key] = self.convert(vnode, path + (key,), depth + 1)
            return out
        if isinstance(node, yaml.SequenceNode):
            result = []
            for i, item in enumerate(node.value):
                result.append(self.convert(item, path + (str(i),), depth + 1))
            return result
        return _scalar(node, self.source)


_CONSTRUCTOR = yaml.constructor.SafeConstructor()


def _scalar(node: yaml.Node, source: str) -> Any:
    try:
        return _CONSTRUCTOR.construct_object(node)
    except yaml.YAMLError as exc:
        raise ConfigError(_one_line(str(exc)), path=source, line=node.start_mark.line + 1) from None
    except Exception as exc:  # PyYAML's constructors raise what they meet (ValueError, AttributeError, …)
        # "2024-13-45" read as a date, "!!int abc", a number of 5,000 digits
        raise ConfigError(f"a value that cannot be read ({type(exc).__name__}: {_one_line(str(exc))[:120]})",
                          path=source, line=node.start_mark.line + 1) from None


def _one_line(msg: str) -> str:
    return " ".join(msg.split())


MAX_CONFIG_NODES = 50_000


def parse_config(text: str, *, source: str, base_dir: Path, default_storylines: bool = False) -> Config:
    """The config ``text`` validated; ``default_storylines``: a text without a ``storylines`` key
    gets the built-in ones (as a config file does)."""
    try:
        root = safeyaml.compose(text, MAX_CONFIG_NODES)
    except safeyaml.YamlRefused as exc:
        raise ConfigError(f"not accepted: {exc}", path=source, line=exc.line) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise ConfigError("not valid YAML: " + _one_line(exc.problem or str(exc)), path=source, line=line) from None
    except yaml.YAMLError as exc:
        raise ConfigError("not valid YAML: " + _one_line(str(exc)), path=source) from None
    except RecursionError:
        raise ConfigError("not valid YAML: nested too deeply", path=source) from None
    located = _Located(source)
    data: Any = {} if root is None else located.convert(root, ())
    if not isinstance(data, dict):
        raise ConfigError("the top level must be a mapping of keys", path=source, line=located.line(()))
    if "storylines" not in data and default_storylines:
        # a key left out takes the value config.yaml shows (a file that only remaps keys keeps the beats);
        # ``storylines: {}`` is how a user asks for found storylines alone
        data["storylines"] = yaml.safe_load(default_config_text())["storylines"]
    return build_config(data, located.line, source=source, base_dir=base_dir,
                        path=None if source.startswith("<") else Path(source))


def did_you_mean(word: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""
