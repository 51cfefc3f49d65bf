# Two commands for a fresh machine: `make demo` (install + run on the sample) and `make test`.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= tally.duckdb

.PHONY: demo test install install-dev browser ocr-engine sample lint corpus bench clean

$(BIN)/activate:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/activate
	$(BIN)/pip install -q -e '.[ocr]'
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/activate
	$(BIN)/pip install -q -e '.[dev,dask,ocr]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

## demo: install, then run tally on the sample report; its failed check is the report's, not the command's
demo: install ocr-engine
	@$(BIN)/tally run samples/ziyang_2018.pdf --db $(DB); rc=$$?; \
	if [ $$rc -eq 1 ]; then echo "(exit 1 above means: the report has a failed check, as expected for the sample)"; exit 0; fi; exit $$rc

## browser: Debian's chromium for the review's browser test (apt as root, never a browser download)
browser:
	@if [ "$$(id -u)" -ne 0 ]; then command -v chromium >/dev/null || echo "browser: not root, so chromium is not installed; the review browser test will be skipped"; \
	else command -v chromium >/dev/null || (apt-get update && apt-get install -y --no-install-recommends chromium); fi

## ocr-engine: tesseract with its Simplified Chinese model, for scanned reports (apt as root)
ocr-engine:
	@if [ "$$(id -u)" -ne 0 ]; then command -v tesseract >/dev/null || echo "ocr-engine: not root, so tesseract is not installed; scanned PDFs will fail with no_text_layer"; \
	else command -v tesseract >/dev/null && tesseract --list-langs 2>/dev/null | grep -qx chi_sim || \
	(apt-get update && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-chi-sim); fi

## test: install with dev extras (and chromium, tesseract), then run the whole test suite
test: install-dev browser ocr-engine
	$(BIN)/python -m pytest

## sample: rebuild samples/ziyang_2018.pdf (installs a CJK font with apt when missing)
sample: install-dev
	$(BIN)/python samples/make_sample.py

lint: install-dev
	$(BIN)/ruff check extract schemas warehouse flows review tests benchmarks
	$(BIN)/mypy

## corpus: the labelled evaluation set (12 reports; LibreOffice variants need libreoffice-writer)
corpus: install-dev
	@if [ "$$(id -u)" -eq 0 ]; then command -v libreoffice >/dev/null || (apt-get update && apt-get install -y --no-install-recommends libreoffice-writer fonts-wqy-zenhei); \
	else command -v libreoffice >/dev/null || echo "corpus: not root, so LibreOffice is not installed; its variants are skipped"; fi
	$(BIN)/python benchmarks/corpus.py --out benchmarks/corpus

## bench: accuracy and speed figures (printed, not asserted)
bench: corpus
	$(BIN)/python benchmarks/cold_start.py
	$(BIN)/python benchmarks/figures.py
	$(BIN)/python benchmarks/checks.py
	$(BIN)/python benchmarks/review.py

clean:
	rm -rf $(VENV) $(DB) build *.egg-info
