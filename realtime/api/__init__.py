"""The REST API: rooms, invites, notes, sign-in configuration (Litestar controllers)."""

from realtime.api.errors import ApiError, exception_handlers
from realtime.api.wiring import AccessWiring, openapi_components, wire_access

__all__ = ["AccessWiring", "ApiError", "exception_handlers", "openapi_components", "wire_access"]
