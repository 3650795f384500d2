"""YAML parsing that remembers where each value is, so errors can name the line."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

try:  # libyaml is 5-10x faster; fall back to the pure-Python parser where it is missing
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


@dataclass(frozen=True, slots=True)
class YamlSyntaxError(Exception):
    line: int  # 1-based, in the file
    column: int
    problem: str


@dataclass(frozen=True)
class Parsed:
    data: Any
    lines: dict[str, int]  # dotted path ("media.0.alt") -> 1-based line in the file
    nodes: dict[str, yaml.Node]


def parse(text: str, first_line: int = 1) -> Parsed:
    """Parse one YAML document; `first_line` is the file line where `text` starts."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = (mark.line if mark else 0) + first_line
        column = (mark.column if mark else 0) + 1
        problem = " ".join(p for p in (error.context, error.problem) if p)
        raise YamlSyntaxError(line, column, problem) from None
    except yaml.YAMLError as error:
        raise YamlSyntaxError(first_line, 1, str(error)) from None
    finally:
        loader.dispose()
    lines: dict[str, int] = {}
    nodes: dict[str, yaml.Node] = {}
    if node is not None:
        _walk(node, "", first_line, lines, nodes)
    return Parsed(data, lines, nodes)


def _walk(
    node: yaml.Node, path: str, first_line: int, lines: dict[str, int], nodes: dict[str, yaml.Node]
) -> None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = f"{path}.{key_node.value}" if path else str(key_node.value)
            lines[key] = key_node.start_mark.line + first_line
            nodes[key] = value_node
            _walk(value_node, key, first_line, lines, nodes)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            key = f"{path}.{index}" if path else str(index)
            lines[key] = item.start_mark.line + first_line
            nodes[key] = item
            _walk(item, key, first_line, lines, nodes)
