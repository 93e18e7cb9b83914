# The two commands a newcomer needs:  make run   and   make test
# Both create .venv with a Python >= 3.12 and install the project into it when missing.

VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
export QT_QPA_PLATFORM ?=

.PHONY: run test lint typecheck contracts clean-venv sandbox screenshots package package-smoke \
        reliability i18n i18n-check

$(STAMP): pyproject.toml scripts/find-python
	@PY="$$(scripts/find-python)" || exit 1; \
	 if [ ! -x $(BIN)/python ] || ! $(BIN)/python -c 'import sys; sys.exit(sys.version_info < (3, 12))'; then \
	   echo "Creating $(VENV) with $$PY"; rm -rf $(VENV); "$$PY" -m venv $(VENV) || exit 1; \
	 fi
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/operator-desk $(ARGS)

test: $(STAMP)
	$(BIN)/ruff check operator_desk tests $(wildcard bench)
	$(BIN)/mypy
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# The reliability suite at full size (SIGKILLs, injected faults); prints the table recorded in
# docs/PERFORMANCE.md. `make test` runs its CI tier (tests/reliability).
reliability: $(STAMP)
	$(BIN)/python -m tests.reliability.run --tier full

lint: $(STAMP)
	$(BIN)/ruff check operator_desk tests $(wildcard bench)

typecheck: $(STAMP)
	$(BIN)/mypy

contracts: $(STAMP)
	$(BIN)/lint-imports

sandbox: $(STAMP)
	$(BIN)/operator-desk sandbox serve $(ARGS)

clean-venv:
	rm -rf $(VENV)

# Interface strings (Qt's toolchain, see docs/ARCHITECTURE.md): extract into i18n/*.ts, compile
# every catalog (and the pseudo-locale) into operator_desk/resources/i18n/*.qm. New strings
# arrive unfinished; `make test` fails until they are translated.
i18n: $(STAMP)
	$(BIN)/python scripts/i18n.py update

i18n-check: $(STAMP)
	$(BIN)/python scripts/i18n.py check

# Screenshots for docs/: the desk on a fresh sandbox, offscreen (README's on a 1600×1000 screen,
# so the window opens at its first-start size, not squeezed into offscreen's 800×800); the main pages in every
# language and the pseudo-locale (scripts/i18n_screenshots.py); in a dark palette and at
# QT_SCALE_FACTOR=2 (scripts/theme_screenshots.py: dark-*.png, scale2-en.png).
screenshots: $(STAMP)
	rm -rf .screens && mkdir -p docs/screenshots
	QT_QPA_PLATFORM=offscreen:configfile=scripts/offscreen-screen.json $(BIN)/operator-desk \
	    --data-dir .screens --language en --screenshot docs/screenshots/queue-en.png
	QT_QPA_PLATFORM=offscreen:configfile=scripts/offscreen-screen.json $(BIN)/operator-desk \
	    --data-dir .screens --language de --screenshot docs/screenshots/queue-de.png
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/case_screenshots.py --out docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/decision_screenshots.py --out docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/sellers_screenshots.py docs/screenshots
	for lang in en de es nl pseudo; do \
	  QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/i18n_screenshots.py --language $$lang \
	    --data-dir .screens/i18n --out docs/screenshots || exit 1; done
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/theme_screenshots.py --dark \
	    --data-dir .screens/theme --out docs/screenshots
	QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=2 $(BIN)/python scripts/theme_screenshots.py \
	    --data-dir .screens/theme --out docs/screenshots
	rm -rf .screens

# The installable application folder (PyInstaller, onedir) with its desktop entry, icon and
# AppStream metadata, and a tarball: dist/operator-desk/, dist/operator-desk-*.tar.gz.
# PyInstaller comes from the `package` extra, installed here only (make test needs none of it).
package: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,package]'
	rm -rf dist/operator-desk build/pyinstaller
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN packaging/operator-desk.spec \
	    --distpath dist --workpath build/pyinstaller
	$(BIN)/python packaging/finish.py dist/operator-desk

# Builds the package, runs the packaged binary's --self-test (offscreen, embedded sandbox, one
# sync through the frozen sync sub-command) and times its start-up. Not part of make test.
package-smoke: package
	$(BIN)/python packaging/smoke.py dist/operator-desk
