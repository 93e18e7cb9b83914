"""The translation catalogs against the code as it is now (Qt's lupdate runs in the test).

A string the code shows that a catalog lacks, an unfinished or obsolete entry, a missing
plural form, a broken placeholder or a stale compiled catalog fails here, so a new untranslated
string fails ``make test``. ``scripts/i18n.py check`` prints the same findings.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "scripts" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["i18n_tool"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


@pytest.fixture(scope="module")
def extraction(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Path], str]:
    return tool.fresh_extraction(tmp_path_factory.mktemp("extraction"))


def test_the_code_uses_only_forms_lupdate_reads_as_the_desk_does(
        extraction: tuple[dict[str, Path], str]) -> None:
    found, problems = tool.lint_sources()
    problems += tool.subclassed_plurals(found)
    copies, warnings = extraction
    assert not warnings, warnings  # e.g. a string lupdate's tokenizer could not follow
    _, extracted = tool.read_catalog(copies["de"])
    keys = {(e.context, e.source) for e in extracted}
    problems += [f"{f.path}:{f.line}: {f.source!r} not extracted under {f.context!r}"
                 for f in found if (f.context, f.source) not in keys]
    assert not problems, "\n".join(problems)
    assert len(found) > 900  # the desk's texts are there, not a lucky empty scan


def test_every_catalog_has_every_string_finished_with_its_placeholders(
        extraction: tuple[dict[str, Path], str]) -> None:
    copies, _warnings = extraction
    problems = tool.catalog_problems(copies)
    assert not problems, "\n".join(problems[:40])
    sizes = {lang: len(tool.read_catalog(tool.catalog(lang))[1]) for lang in tool.LANGUAGES}
    assert len(set(sizes.values())) == 1 and min(sizes.values()) > 1000, sizes


def test_no_translation_is_left_in_english() -> None:
    """Catches a copied source text: a translation equal to a long English source."""
    same = []
    for lang in tool.LANGUAGES:
        for entry in tool.read_catalog(tool.catalog(lang))[1]:
            words = re.findall(r"[A-Za-z]{4,}", entry.source)
            if len(words) >= 3 and any(form == entry.source for form in entry.forms):
                same.append(f"{lang}: {entry.context}: {entry.source!r}")
    assert not same, "\n".join(same)


def test_the_compiled_catalogs_are_those_of_the_sources() -> None:
    assert not tool.stale_compiled()


def test_a_missing_unfinished_or_broken_translation_fails(tmp_path: Path) -> None:
    shipped = tmp_path / "shipped"
    shutil.copytree(tool.CATALOGS, shipped)
    _edit(shipped / "operator_desk_de.ts", "CloseIncidentDialog", "Close incident", remove=True)
    _edit(shipped / "operator_desk_es.ts", "CloseIncidentDialog", "Close incident",
          unfinished=True)
    _edit(shipped / "operator_desk_nl.ts", "DiagnosticsPage", "last sync {0}",
          text="laatste synchronisatie")
    _edit(shipped / "operator_desk_de.ts", "BulkCloseDialog", "Close %n incident(s)",
          forms=["%n Reklamation schließen"])
    (tmp_path / "fresh").mkdir()
    copies, _warnings = tool.fresh_extraction(tmp_path / "fresh", shipped)
    problems = "\n".join(tool.catalog_problems(copies, shipped))
    assert "de: CloseIncidentDialog: 'Close incident': not in the catalog" in problems
    assert "es: CloseIncidentDialog: 'Close incident': unfinished" in problems
    assert "nl: DiagnosticsPage: 'last sync {0}': placeholders ['{0}'] became []" in problems
    # lupdate pads the missing plural form with an empty one
    assert "de: BulkCloseDialog: 'Close %n incident(s)': empty translation" in problems
    assert len(problems.splitlines()) == 5, problems  # and the last form lacks the %n


def _edit(path: Path, context: str, source: str, *, remove: bool = False,
          unfinished: bool = False, text: str | None = None,
          forms: list[str] | None = None) -> None:
    tree = ET.parse(path)  # noqa: S314 - our own catalog
    for ctx in tree.getroot().iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.findall("message"):
            if message.findtext("source") != source:
                continue
            translation = message.find("translation")
            assert translation is not None
            if remove:
                ctx.remove(message)
            elif unfinished:
                translation.set("type", "unfinished")
            elif text is not None:
                translation.text = text
            elif forms is not None:
                for child in list(translation):
                    translation.remove(child)
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            tree.write(path, encoding="utf-8", xml_declaration=True)
            return
    raise AssertionError(f"{context}: {source!r} not in {path.name}")


def test_placeholders_and_plural_forms_are_checked_per_entry() -> None:
    entry = tool.Entry("Ctx", "Close %n incident(s) on {0}", "", True, "",
                       ["Eine Reklamation auf {0} schließen", "%n Reklamationen auf {0}"])
    assert tool.entry_problems(entry, 2) == []  # the singular may say "one" instead of %n
    entry.forms = ["%n Reklamation auf {0}", "Reklamationen auf {0}"]
    assert any("must show the number" in p for p in tool.entry_problems(entry, 2))
    html = tool.Entry("Ctx", "<b>{0}</b> in <i>{1}</i>", "", False, "", ["<b>{0}</b> in {1}"])
    assert tool.entry_problems(html, 2)  # a dropped tag is a broken placeholder
    files = tool.Entry("Ctx", "PDF document (*.pdf)", "", False, "", ["PDF-Dokument (*.PDF)"])
    assert tool.entry_problems(files, 2)  # the file pattern must stay as written
    mnemonic = tool.Entry("Ctx", "&Quit", "", False, "", ["Beenden"])
    assert tool.entry_problems(mnemonic, 2)


def test_the_lint_names_what_lupdate_would_miss(tmp_path: Path) -> None:
    source = tmp_path / "widget.py"
    source.write_text('''
from PySide6.QtCore import QCoreApplication, QObject
CONTEXT = "Widget"
tr = QCoreApplication.translate

def helper(text):
    return QCoreApplication.translate("Widget", text)

class Widget(QObject):
    def build(self, parent, count):
        self.tr(f"Hello {count}")
        parent.tr("Save as")
        QCoreApplication.translate(CONTEXT, "Variable context")
        self.tr("Joined " + "text")
        helper("Hidden from lupdate")
        self.tr("%n item(s)", "", count)
        Widget.tr("Fine: a class of this module")
        QCoreApplication.translate("Widget", "Fine too")

class Special(Widget):
    pass
''', "utf-8")
    found, problems = tool.lint_sources([source])
    text = "\n".join(problems + tool.subclassed_plurals(found, [source]))
    for expected in ("'tr = ....translate'", "f-string", "parent.tr(...)", "must be a literal",
                     "'+' inside", "helper('...')", "plural self.tr in Widget"):
        assert expected in text, (expected, text)
    assert {f.source for f in found} >= {"Fine: a class of this module", "Fine too"}
    assert len(problems) == 6


def test_the_pseudo_locale_stretches_accents_and_keeps_what_must_stay() -> None:
    text = tool.pseudo("&Close %n incident(s) on {0} (Ctrl+Return) <b>now</b>")
    assert text.startswith("[&Ç") and text.endswith("]")
    for kept in ("%n", "{0}", "Ctrl", "Return", "<b>", "</b>"):
        assert kept in text
    plain = "Marked solved by the seller – waiting for us"
    stretched = tool.pseudo(plain)
    assert len(stretched) >= len(plain) * 1.35 and not any(c in stretched for c in "aeiou")
    assert tool.pseudo("PDF document (*.pdf)").count("*.pdf") == 1
    lines = tool.pseudo("First line\nsecond line")
    assert lines.count("\n") == 1 and lines.startswith("[") and lines.endswith("]")
