"""Every text the app shows has a Spanish translation: the catalogues are refreshed from the source
(in a copy of translations/, so the repository is left alone) and nothing may be missing."""

from __future__ import annotations

import shutil
import sys


from tests.conftest import ROOT


def test_every_source_text_has_a_spanish_translation(tmp_path):
    sources = tmp_path / "translations"
    shutil.copytree(ROOT / "translations", sources)
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import translations

        translations.update(["es"], sources=sources)
        missing = translations.missing(["es"], sources=sources)
    finally:
        sys.path.pop(0)
    assert missing == [], f"{len(missing)} texts without Spanish, for example: " + "; ".join(missing[:10])
