"""realtime package."""

__all__: list[str] = []
