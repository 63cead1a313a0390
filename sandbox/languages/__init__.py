"""Languages a room can be written in: the registry, compile-error markers, their sandboxes."""

from sandbox.languages.diagnostics import CompileDiagnostic, parse_diagnostics
from sandbox.languages.registry import (
    Language,
    LanguageLimits,
    LanguageRegistry,
    PhaseLimits,
    RootfsRecipe,
    default_language,
    get_language,
    list_languages,
    load_registry,
)

__all__ = [
    "CompileDiagnostic",
    "Language",
    "LanguageLimits",
    "LanguageRegistry",
    "PhaseLimits",
    "RootfsRecipe",
    "default_language",
    "get_language",
    "list_languages",
    "load_registry",
    "parse_diagnostics",
]
