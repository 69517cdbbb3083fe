"""YAML and JSON read strictly: no aliases (they can blow up in size) and no key given twice."""

from __future__ import annotations

from cos_desktop.core.translation import translate

from typing import Any


def yaml_loader():
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class StrictLoader(base):  # type: ignore[misc, valid-type]
        """Safe YAML without aliases (they can blow up in size) and without repeated keys."""

        def construct_object(self, node, deep=False):
            if node in self.constructed_objects or node in self.recursive_objects:
                raise yaml.constructor.ConstructorError(
                    None, None, "repeats a block with an alias (*name); write it out instead", node.start_mark
                )
            return super().construct_object(node, deep=deep)

        def construct_mapping(self, node, deep=False):
            seen: set[Any] = set()
            for key_node, _ in node.value:
                key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
                if key is not None and key in seen:
                    raise yaml.constructor.ConstructorError(
                        None, None, translate(
                            "Curriculum", "{key} appears twice in the same place").format(
                                key=repr(key)), key_node.start_mark
                    )
                seen.add(key)
            return super().construct_mapping(node, deep=deep)

    return StrictLoader


def json_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(translate("Curriculum", "{key} appears twice in the same place").format(key=repr(key)))
        result[key] = value
    return result
