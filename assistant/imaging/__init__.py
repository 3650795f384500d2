"""Measuring media: pixels, colours, text found by OCR, video streams, subtitles.

Every module here reads files or runs tools; rules never call them directly but read the
results through `assistant.media.MediaFacts`, which caches them per file.
"""
