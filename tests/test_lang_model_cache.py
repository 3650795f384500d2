"""The decompressed language model kept in the user cache gives the same model."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from py3langid import modelio
from py3langid.langid import MODEL_DIR, MODEL_FILE

from assistant import lang_detect as L


def test_cached_copy_equals_the_packaged_model(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ASSISTANT_CACHE_DIR", str(tmp_path))
    packaged = Path(MODEL_DIR) / MODEL_FILE
    first = L._load_decompressed(modelio, packaged)  # writes the copy
    copies = list((tmp_path / "models").glob("*.npz"))
    assert len(copies) == 1 and not list((tmp_path / "models").glob("*.part*"))
    again = L._load_decompressed(modelio, packaged)  # reads the copy
    reference = modelio.load_model(packaged)
    for got in (first, again):
        assert got[2] == reference[2]  # the language list
        np.testing.assert_array_equal(got[0], reference[0])
        assert got[3] == reference[3] and got[4] == reference[4] and got[5] == reference[5]


def test_cache_turned_off_writes_nothing_and_still_detects(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ASSISTANT_CACHE_DIR", "off")
    monkeypatch.setenv("HOME", str(tmp_path))
    L._model.cache_clear()
    L._identifier.cache_clear()
    L.detect.cache_clear()
    try:
        guess = L.detect("Die Brötchen werden jeden Morgen frisch gebacken und verkauft")
        assert guess is not None and guess.language == "de"
        assert not any(tmp_path.rglob("*.npz"))
    finally:
        L._model.cache_clear()
        L._identifier.cache_clear()
        L.detect.cache_clear()
