"""OpenAPI details Litestar leaves out: request bodies that refuse unknown fields say so."""

from __future__ import annotations

from typing import Any

from litestar._openapi.schema_generation import SchemaCreator
from litestar.openapi.spec import Schema
from litestar.plugins.pydantic import PydanticSchemaPlugin
from litestar.typing import FieldDefinition
from pydantic import BaseModel

__all__ = ["ClosedModelSchemaPlugin"]


class ClosedModelSchemaPlugin(PydanticSchemaPlugin):
    """Pydantic models with `extra="forbid"` get `additionalProperties: false`.

    Litestar's own Pydantic plugin drops that fact, so generated clients and property-based
    tests would believe extra fields are accepted when the server answers 400.
    """

    @staticmethod
    def is_plugin_supported_type(value: Any) -> bool:
        """Only closed Pydantic models; everything else goes to Litestar's plugins."""
        return (
            isinstance(value, type)
            and issubclass(value, BaseModel)
            and value.model_config.get("extra") == "forbid"
        )

    def to_openapi_schema(
        self, field_definition: FieldDefinition, schema_creator: SchemaCreator
    ) -> Schema:
        """The Pydantic schema, closed."""
        schema = super().to_openapi_schema(field_definition, schema_creator)
        schema.additional_properties = False
        return schema
