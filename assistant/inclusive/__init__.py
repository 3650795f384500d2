"""Inclusive-language matching: French generics, contracted forms, English terms.

Pure text functions (no Post, no findings): `assistant.checks.inclusive_*` turn their hits
into findings. The term data lives in rules/inclusive/ and is read once, on first use.
"""
