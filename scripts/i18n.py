"""Interface strings: extract, compile and check the translation catalogs (Qt's toolchain).

    .venv/bin/python scripts/i18n.py update   # extract into i18n/*.ts, then compile (make i18n)
    .venv/bin/python scripts/i18n.py check    # what the tests check, as a report (make i18n-check)
    .venv/bin/python scripts/i18n.py compile  # only .ts -> .qm

``update`` runs ``pyside6-lupdate`` over the desk's Python sources into ``i18n/operator_desk_
{de,es,nl}.ts`` (new strings arrive as unfinished entries for a translator; strings gone from
the code are dropped), ``i18n/operator_desk_en.ts`` (English plural forms only: the source
says "%n incident(s)"), then compiles every catalog with ``pyside6-lrelease`` into
``operator_desk/resources/i18n/*.qm``, where the desk (and its packages) load them from. The
pseudo-locale catalog is generated from the English source strings (stretched, accented,
bracketed) straight into ``operator_desk_pseudo.qm``: it needs no translator.

The compiled ``.qm`` files are committed, so neither running the desk nor building a wheel
needs lrelease; ``check`` (and the tests) fail when a ``.qm`` is older than its catalog.

``check`` fails when
- the sources use a form ``lupdate`` cannot read as the desk reads it at run time
  (``lint_sources``: f-strings, helpers, ``obj.tr``, variable contexts, ...);
- a catalog lacks a string of a fresh extraction, has an unfinished or obsolete entry, an
  empty or missing plural form, or a translation that breaks a placeholder (``{0}``,
  ``{name}``, ``%n``, HTML tags, file patterns);
- a compiled catalog is missing or stale.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "operator_desk"
CATALOGS = ROOT / "i18n"
COMPILED = PACKAGE / "resources" / "i18n"
DOMAIN = "operator_desk"
LANGUAGES = ("de", "es", "nl")  # fully translated; English is the source language
PLURAL_ONLY = ("en",)  # catalogs that only give plural forms of the source
PSEUDO = "pseudo"
# Modules that never show Qt text: the sandbox is a server with no interface.
EXCLUDED = ("sandbox",)
LUPDATE_FLAGS = ("-no-obsolete", "-locations", "none", "-sort-messages", "-silent")


def tool(name: str) -> str:
    """``pyside6-<name>`` next to this Python (the venv), else on PATH."""
    candidate = Path(sys.executable).parent / f"pyside6-{name}"
    if candidate.exists():
        return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 (make test does).")
    return found


def source_files() -> list[Path]:
    """Every Python module of the desk that may show text (sorted, so runs are stable)."""
    return sorted(p for p in PACKAGE.rglob("*.py")
                  if not set(p.relative_to(PACKAGE).parts) & set(EXCLUDED))


def catalog(language: str, folder: Path = CATALOGS) -> Path:
    return folder / f"{DOMAIN}_{language}.ts"


def compiled(language: str, folder: Path = COMPILED) -> Path:
    return folder / f"{DOMAIN}_{language}.qm"


# -- running Qt's tools ---------------------------------------------------------------------
def run_lupdate(ts_files: Iterable[Path], *, plural_only: bool = False) -> str:
    """Extract into ``ts_files`` (merging with what they hold); returns lupdate's warnings."""
    with tempfile.TemporaryDirectory() as temp:
        listing = Path(temp) / "sources.lst"
        listing.write_text("\n".join(str(p) for p in source_files()) + "\n", "utf-8")
        command = [tool("lupdate"), *LUPDATE_FLAGS, f"@{listing}", "-ts",
                   *(str(t) for t in ts_files)]
        if plural_only:
            command.insert(1, "-pluralonly")
        done = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
    if done.returncode != 0:
        raise SystemExit(f"lupdate failed:\n{done.stdout}{done.stderr}")
    return "\n".join(line for line in (done.stdout + done.stderr).splitlines()
                     if line.strip() and not line.lstrip().startswith(("Updating", "Found")))


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],  # noqa: S603
                          capture_output=True, text=True, check=False)
    if done.returncode != 0 or not qm_file.exists():
        raise SystemExit(f"lrelease failed on {ts_file.name}:\n{done.stdout}{done.stderr}")


# -- the catalog format ---------------------------------------------------------------------
@dataclass
class Entry:
    """One message of a ``.ts`` file."""

    context: str
    source: str
    comment: str
    plural: bool
    kind: str  # "" (finished), "unfinished", "vanished", "obsolete"
    forms: list[str] = field(default_factory=list)  # one text, or the plural forms

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment


def read_catalog(path: Path) -> tuple[str, list[Entry]]:
    """(language, entries) of a ``.ts`` file."""
    root = ET.parse(path).getroot()  # noqa: S314 - our own catalogs
    entries: list[Entry] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            plural = message.get("numerus") == "yes"
            forms: list[str] = []
            kind = ""
            if translation is not None:
                kind = translation.get("type", "")
                if plural:
                    forms = [f.text or "" for f in translation.iter("numerusform")]
                else:
                    forms = [translation.text or ""]
            entries.append(Entry(name, message.findtext("source") or "",
                                 message.findtext("comment") or "", plural, kind, forms))
    return root.get("language", ""), entries


def write_translations(path: Path, translations: dict[tuple[str, str, str], list[str]],
                       *, finished: bool = True) -> int:
    """Put ``translations`` into the ``.ts`` file at ``path`` (a tool for filling catalogs:
    lupdate keeps them on the next run); returns how many entries changed."""
    tree = ET.parse(path)  # noqa: S314 - our own catalogs
    changed = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            if key not in translations:
                continue
            forms = translations[key]
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[0]
            if finished:
                translation.attrib.pop("type", None)
            else:
                translation.set("type", "unfinished")
            changed += 1
    _write_ts(tree, path)
    return changed


def _write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    "utf-8")


# -- placeholders ---------------------------------------------------------------------------
_PLACEHOLDERS = re.compile(r"\{[A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|%n|%L?\d|\*\.\w+")
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")


def placeholders(text: str) -> list[str]:
    """What a translation must keep exactly: ``{0}``, ``{name}``, ``%n``, ``%1``, file
    patterns such as ``*.pdf``, and HTML tags (sorted: their order may change)."""
    return sorted(_PLACEHOLDERS.findall(text) + _TAG.findall(text))


def entry_problems(entry: Entry, forms_needed: int) -> list[str]:
    """What is wrong with one finished-looking entry of a translated catalog."""
    where = f"{entry.context}: {entry.source!r}"
    if entry.kind in ("vanished", "obsolete"):
        return [f"{where}: {entry.kind} (no longer in the code; run make i18n)"]
    if entry.kind == "unfinished":
        return [f"{where}: unfinished"]
    problems = []
    if entry.plural and len(entry.forms) != forms_needed:
        problems.append(f"{where}: {len(entry.forms)} plural forms, {forms_needed} needed")
    wanted = placeholders(entry.source)
    for form in entry.forms:
        if not form.strip():
            problems.append(f"{where}: empty translation")
            continue
        got = placeholders(form)
        if entry.plural:
            # A singular form may say "one" instead of "%n"; every other placeholder stays.
            got = [p for p in got if p != "%n"]
            expected = [p for p in wanted if p != "%n"]
        else:
            expected = wanted
        if got != expected:
            problems.append(f"{where}: placeholders {expected} became {got} in {form!r}")
        if entry.source.count("&") - entry.source.count("&&") * 2 > 0 and "&" not in form:
            problems.append(f"{where}: the keyboard mnemonic (&) is missing in {form!r}")
    if entry.plural and entry.forms and "%n" not in entry.forms[-1]:
        problems.append(f"{where}: the last plural form must show the number (%n)")
    return problems


PLURAL_FORMS = {"de": 2, "es": 2, "nl": 2, "en": 2}


# -- the pseudo-locale ----------------------------------------------------------------------
_ACCENTED = str.maketrans(
    "abcdeghiklnorstuwyzABCDEGHIKLNORSTUWYZ",
    "ȧƀċḓéġħíķļñöŗšŧüŵýžÅƁÇḒÉĜĦÎĶĻÑÖŘŠŦÜŴÝŽ")
_PROTECTED = re.compile(r"\{[^{}]*\}|%n|%L?\d|\*\.\w+|</?[A-Za-z][^<>]*>|&[a-z]+;|&&"
                        r"|https?://\S+|\b(?:Ctrl|Shift|Alt|Return|Enter|Esc|F\d+)\b")
STRETCH = 0.4


def pseudo(text: str) -> str:
    """``Close incident`` -> ``[Çļöšé íñçíḓéñŧ ~~~~~]``: accented (missing fonts and
    untranslated text show), 40 % longer (German and Dutch run long), bracketed (a cut end
    shows). Placeholders, tags, mnemonics and shortcuts stay as they are."""
    if not text.strip():
        return text
    out: list[str] = []
    position = 0
    letters = 0
    for match in _PROTECTED.finditer(text):
        plain = text[position:match.start()]
        out.append(plain.translate(_ACCENTED))
        letters += sum(c.isalpha() for c in plain)
        out.append(match.group())
        position = match.end()
    tail = text[position:]
    out.append(tail.translate(_ACCENTED))
    letters += sum(c.isalpha() for c in tail)
    padding = "~" * max(1, round(letters * STRETCH))
    body = "".join(out)
    if "\n" in body:  # several lines: stretch the longest one, keep the brackets outside
        lines = body.split("\n")
        longest = max(range(len(lines)), key=lambda i: len(lines[i]))
        lines[longest] += " " + padding
        return "[" + "\n".join(lines) + "]"
    return f"[{body} {padding}]"


def write_pseudo_catalog(fresh: Path, target: Path) -> None:
    """A catalog with every source string of ``fresh`` (an extraction) made pseudo."""
    tree = ET.parse(fresh)  # noqa: S314 - lupdate's output
    root = tree.getroot()
    root.set("language", "en")
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(PLURAL_FORMS["en"]):
                ET.SubElement(translation, "numerusform").text = pseudo(source)
        else:
            translation.text = pseudo(source)
    _write_ts(tree, target)


# -- reading the sources as lupdate must ----------------------------------------------------
TRANSLATE_NAMES = {"translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"}


@dataclass(frozen=True)
class Found:
    """A literal string the code translates, with the context it is looked up under."""

    path: str
    line: int
    context: str
    source: str
    plural: bool


def _helper_names(tree: ast.Module) -> dict[str, int]:
    """Functions whose parameter flows into a translation call as the text (name -> that
    parameter's position): calling them with a literal there hides it from lupdate."""
    helpers: dict[str, int] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef):
            continue
        params = [a.arg for a in node.args.args if a.arg not in ("self", "cls")]
        for call in ast.walk(node):
            name = _call_name(call.func) if isinstance(call, ast.Call) else None
            if not isinstance(call, ast.Call) or name not in TRANSLATE_NAMES | {"translate", "tr"}:
                continue
            position = 0 if name == "tr" else 1
            if len(call.args) > position and isinstance(call.args[position], ast.Name) and \
                    call.args[position].id in params:
                helpers[node.name] = params.index(call.args[position].id)
    return helpers


def _call_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return None


def lint_sources(paths: Iterable[Path] | None = None) -> tuple[list[Found], list[str]]:
    """(literal strings the code translates, forms lupdate would misread).

    The desk's rule: ``self.tr("literal")`` inside the class whose name is the context,
    ``Class.tr("literal")`` for a class of the same module, or
    ``QCoreApplication.translate("Context", "literal")`` / ``QT_TRANSLATE_NOOP("Context",
    "literal")`` (plurals: ``self.tr(text, "", n)`` / ``translate(ctx, text, None, n)``).
    Text that is not a literal (a variable holding a ``QT_TRANSLATE_NOOP`` text) is fine."""
    found: list[Found] = []
    problems: list[str] = []
    for path in paths if paths is not None else source_files():
        tree = ast.parse(path.read_text("utf-8"), str(path))
        name = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
        helpers = _helper_names(tree)
        aliases = {t.id for node in ast.walk(tree) if isinstance(node, ast.Assign)
                   and isinstance(node.value, ast.Attribute) and node.value.attr == "translate"
                   for t in node.targets if isinstance(t, ast.Name)}
        for alias in aliases - {"translate"}:
            problems.append(f"{name}: '{alias} = ....translate': lupdate reads only calls "
                            "named translate(...)")
        classes = {node.name for node in tree.body if isinstance(node, ast.ClassDef)}
        helpers.update({f"class:{c}": -1 for c in classes})
        _walk(tree, None, name, helpers, found, problems)
    return found, problems


def _walk(node: ast.AST, cls: str | None, path: str, helpers: dict[str, int],
          found: list[Found], problems: list[str]) -> None:
    for child in ast.iter_child_nodes(node):
        inner = child.name if isinstance(child, ast.ClassDef) else cls
        if isinstance(child, ast.Call):
            _check_call(child, cls, path, helpers, found, problems)
        _walk(child, inner, path, helpers, found, problems)


def _check_call(call: ast.Call, cls: str | None, path: str, helpers: dict[str, int],
                found: list[Found], problems: list[str]) -> None:
    """``helpers`` holds the module's translation helpers and, as ``class:Name``, its
    top-level classes: ``Name.tr("...")`` is read under ``Name`` by lupdate and by PySide."""
    name = _call_name(call.func)
    where = f"{path}:{call.lineno}"
    args = call.args
    if name == "tr":
        owner = call.func.value if isinstance(call.func, ast.Attribute) else None
        if not args:
            return
        if isinstance(owner, ast.Name) and f"class:{owner.id}" in helpers:
            _record(args[0], owner.id, len(args) >= 3, where, path, call, found, problems)
            return
        if owner is None or not (isinstance(owner, ast.Name) and owner.id == "self"):
            shown = ast.unparse(owner) + "." if owner is not None else ""
            if _is_literal_text(args[0]) or isinstance(args[0], ast.JoinedStr):
                problems.append(f"{where}: {shown}tr(...) is read by lupdate under the "
                                f"context {shown[:-1]!r}; use self.tr, Class.tr (a class "
                                "of this module) or QCoreApplication.translate('Context', ...)")
            return
        if cls is None:
            problems.append(f"{where}: self.tr outside a class")
            return
        _record(args[0], cls, len(args) >= 3, where, path, call, found, problems)
    elif name in TRANSLATE_NAMES:
        if len(args) < 2:
            return  # str.translate(table) and the like
        if not (isinstance(args[0], ast.Constant) and isinstance(args[0].value, str)):
            if _is_literal_text(args[1]) or isinstance(args[1], ast.JoinedStr):
                problems.append(f"{where}: the context of {name}() must be a literal "
                                "string (lupdate does not read variables)")
            return  # a looked-up variable: its text was marked where it was written
        _record(args[1], args[0].value, len(args) >= 4, where, path, call, found, problems)
    elif name in helpers and 0 <= helpers[name] < len(args) and \
            _is_literal_text(args[helpers[name]]):
        problems.append(f"{where}: {name}('...') hides the text from lupdate; call "
                        "QCoreApplication.translate('Context', '...') or self.tr")


def _is_literal_text(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _record(text: ast.expr, context: str, plural: bool, where: str, path: str,
            call: ast.Call, found: list[Found], problems: list[str]) -> None:
    if isinstance(text, ast.JoinedStr):
        problems.append(f"{where}: an f-string is looked up after formatting, so no "
                        "catalog entry can match; translate first, then .format()")
    elif isinstance(text, ast.BinOp):
        problems.append(f"{where}: '+' inside a translated text: lupdate skips the call; "
                        "write adjacent literals instead")
    elif _is_literal_text(text):
        assert isinstance(text, ast.Constant)
        found.append(Found(path, call.lineno, context, text.value, plural))


def subclassed_plurals(found: list[Found], paths: Iterable[Path] | None = None) -> list[str]:
    """PySide's ``self.tr`` tries the instance's own class name first and, for plurals,
    takes the untranslated "%n ..." as an answer: a plural ``self.tr`` in a class that has
    subclasses is never translated for them. Those need ``QCoreApplication.translate``."""
    bases: dict[str, set[str]] = {}
    for path in paths if paths is not None else source_files():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ClassDef):
                for base in node.bases:
                    if isinstance(base, ast.Name):
                        bases.setdefault(base.id, set()).add(node.name)
    return [f"{f.path}:{f.line}: plural self.tr in {f.context}, which "
            f"{', '.join(sorted(bases[f.context]))} subclass(es); use "
            f"QCoreApplication.translate({f.context!r}, ..., None, n)"
            for f in found if f.plural and f.context in bases]


# -- the commands ---------------------------------------------------------------------------
def update() -> None:
    """Extract into every catalog, then compile them all (``make i18n``)."""
    CATALOGS.mkdir(exist_ok=True)
    warnings = run_lupdate([catalog(lang) for lang in LANGUAGES])
    run_lupdate([catalog(lang) for lang in PLURAL_ONLY], plural_only=True)
    if warnings:
        print(warnings, file=sys.stderr)
    compile_all()
    for lang in (*LANGUAGES, *PLURAL_ONLY):
        _, entries = read_catalog(catalog(lang))
        todo = sum(1 for e in entries if e.kind == "unfinished")
        print(f"{catalog(lang).relative_to(ROOT)}: {len(entries)} strings"
              + (f", {todo} to translate" if todo else ""))


def compile_all(target: Path = COMPILED) -> None:
    for lang in (*LANGUAGES, *PLURAL_ONLY):
        run_lrelease(catalog(lang), compiled(lang, target))
    with tempfile.TemporaryDirectory() as temp:
        fresh = Path(temp) / f"{DOMAIN}_en_US.ts"
        run_lupdate([fresh])
        pseudo_ts = Path(temp) / f"{DOMAIN}_{PSEUDO}.ts"
        write_pseudo_catalog(fresh, pseudo_ts)
        run_lrelease(pseudo_ts, compiled(PSEUDO, target))


def fresh_extraction(folder: Path, shipped: Path = CATALOGS) -> tuple[dict[str, Path], str]:
    """The shipped catalogs, copied into ``folder`` and extracted into from the code as it
    is now: whatever the code says that the shipped catalog lacks shows as unfinished.
    Returns the copies and lupdate's warnings."""
    copies = {}
    for lang in (*LANGUAGES, *PLURAL_ONLY):
        copy = catalog(lang, folder)
        if catalog(lang, shipped).exists():
            shutil.copy(catalog(lang, shipped), copy)
        copies[lang] = copy
    warnings = run_lupdate([copies[lang] for lang in LANGUAGES])
    run_lupdate([copies[lang] for lang in PLURAL_ONLY], plural_only=True)
    return copies, warnings


def catalog_problems(copies: dict[str, Path], shipped: Path = CATALOGS) -> list[str]:
    """Everything a catalog lacks or breaks, against a fresh extraction (``copies``)."""
    problems = []
    for lang, copy in copies.items():
        _, fresh = read_catalog(copy)
        shipped_keys = set()
        if catalog(lang, shipped).exists():
            _, shipped_entries = read_catalog(catalog(lang, shipped))
            shipped_keys = {e.key for e in shipped_entries}
            fresh_keys = {e.key for e in fresh}
            for entry in shipped_entries:
                if entry.kind in ("vanished", "obsolete") or entry.key not in fresh_keys:
                    problems.append(f"{lang}: {entry.context}: {entry.source!r}: no longer in "
                                    "the code (run make i18n)")
        for entry in fresh:
            if entry.key not in shipped_keys and entry.kind != "vanished":
                problems.append(f"{lang}: {entry.context}: {entry.source!r}: not in the "
                                "catalog (run make i18n, then translate it)")
                continue
            if entry.kind == "vanished":
                problems.append(f"{lang}: {entry.context}: {entry.source!r}: no longer in "
                                "the code (run make i18n)")
                continue
            problems += [f"{lang}: {p}" for p in entry_problems(entry, PLURAL_FORMS[lang])]
    return problems


def stale_compiled() -> list[str]:
    """Compiled catalogs that are missing or differ from compiling the catalogs now."""
    problems = []
    with tempfile.TemporaryDirectory() as temp:
        compile_all(Path(temp))
        for lang in (*LANGUAGES, *PLURAL_ONLY, PSEUDO):
            shipped, fresh = compiled(lang), compiled(lang, Path(temp))
            if not shipped.exists():
                problems.append(f"{shipped.relative_to(ROOT)} is missing (run make i18n)")
            elif shipped.read_bytes() != fresh.read_bytes():
                problems.append(f"{shipped.relative_to(ROOT)} is stale (run make i18n)")
    return problems


def check() -> list[str]:
    found, problems = lint_sources()
    problems += subclassed_plurals(found)
    with tempfile.TemporaryDirectory() as temp:
        copies, warnings = fresh_extraction(Path(temp))
        problems += [f"lupdate: {line}" for line in warnings.splitlines()]
        _, extracted = read_catalog(copies[LANGUAGES[0]])
        keys = {(e.context, e.source) for e in extracted}
        problems += [f"{f.path}:{f.line}: lupdate did not extract {f.source!r} under "
                     f"{f.context!r}" for f in found if (f.context, f.source) not in keys]
        problems += catalog_problems(copies)
    problems += stale_compiled()
    return problems


def iter_untranslated(language: str) -> Iterator[Entry]:
    """Entries of a catalog still waiting for a translator."""
    _, entries = read_catalog(catalog(language))
    yield from (e for e in entries if e.kind == "unfinished")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("update", "compile", "check", "todo"))
    parser.add_argument("--language", default="de", help="for todo: which catalog")
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "compile":
        compile_all()
    elif args.command == "todo":
        for entry in iter_untranslated(args.language):
            print(f"{entry.context}\t{entry.source!r}" + ("\t(plural)" if entry.plural else ""))
    else:
        problems = check()
        for problem in problems:
            print(problem)
        print(f"{len(problems)} problem(s)" if problems else "catalogs complete")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
