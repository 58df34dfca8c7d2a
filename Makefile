# MIA portal. `make help` lists the targets. Everything runs inside .venv, created on demand.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# `make run` serves as production does (DEBUG off); these are its local values.
RUN_ENV = DJANGO_SECRET_KEY="$$(cat .secret_key)" DJANGO_ALLOWED_HOSTS=$(HOST),localhost \
	DJANGO_SITE_URL=http://$(HOST):$(PORT)
DEV_ENV = DJANGO_DEBUG=1
# The outgoing mail worker, started beside the web server and stopped with it (Ctrl-C, or the
# server ending): `$(ENV) $(START_MAIL_WORKER)` then the server in the foreground.
MAIL_WORKER = $(MANAGE) send_queued_mail
START_MAIL_WORKER = $(MAIL_WORKER) & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM;

.DEFAULT_GOAL := help
.PHONY: help install test-tools run dev test test-browser lint format messages compilemessages catalogs check ci bench backup restore audit

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

# Test tools from npm (axe-core, the Nu Html Checker), pinned in package-lock.json.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

install: $(VENV)/.installed ## Create the virtualenv and install the pinned requirements

test-tools: node_modules/.installed ## Install the npm test tools (axe-core, the Nu Html Checker)

.secret_key:
	$(PYTHON) -c "import secrets; print(secrets.token_urlsafe(50))" > $@
	chmod 600 $@

compilemessages: install ## Build the .mo files from locale/*.po
	$(DEV_ENV) $(MANAGE) compilemessages --ignore=.venv --ignore=node_modules -v0

catalogs: ## Fail when a catalog has untranslated or fuzzy messages
	@for po in locale/*/LC_MESSAGES/*.po locale/admin/*/LC_MESSAGES/*.po; do \
		stats=$$(msgfmt --check --statistics -o /dev/null $$po 2>&1) || { echo "$$po: $$stats"; exit 1; }; \
		case "$$stats" in *untranslated*|*fuzzy*) echo "$$po: $$stats"; exit 1;; esac; \
		echo "$$po: $$stats"; \
	done

messages: install ## Extract the interface strings into locale/{tg,ru,en}
	$(DEV_ENV) $(MANAGE) makemessages -l tg -l ru -l en --no-location --ignore=.venv --ignore=bench --ignore=tests --ignore=node_modules

run: install compilemessages .secret_key ## Serve the site with demo content at http://127.0.0.1:8000/ (and send its mail)
	$(RUN_ENV) $(MANAGE) migrate --no-input -v0
	$(RUN_ENV) $(MANAGE) load_demo
	$(RUN_ENV) $(MANAGE) collectstatic --no-input -v0
	@echo "Admin: create an account with 'DJANGO_SECRET_KEY=\"\$$(cat .secret_key)\" $(MANAGE) createsuperuser', then open http://$(HOST):$(PORT)/admin/"
	$(RUN_ENV) $(START_MAIL_WORKER) \
	$(RUN_ENV) $(VENV)/bin/gunicorn mia_portal.wsgi --config gunicorn.conf.py --bind $(HOST):$(PORT) --workers 2 --access-logfile -

dev: install compilemessages ## Serve with DEBUG on and auto-reload
	$(DEV_ENV) $(MANAGE) migrate --no-input -v0
	$(DEV_ENV) $(MANAGE) load_demo
	$(DEV_ENV) $(START_MAIL_WORKER) \
	$(DEV_ENV) $(MANAGE) runserver $(HOST):$(PORT)

lint: install ## ruff, django-upgrade and djhtml, as pre-commit runs them
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/django-upgrade --target-version 5.2 --check $$(git ls-files '*.py')
	$(VENV)/bin/djhtml --check --tabwidth 2 templates

# What the pre-commit hooks do, with the tools of .venv; git's list of Python files leaves out
# .venv and node_modules, as pre-commit does.
format: install ## Upgrade and format the code (django-upgrade, ruff) and indent the templates (djhtml)
	$(VENV)/bin/django-upgrade --target-version 5.2 --exit-zero-even-if-changed $$(git ls-files '*.py')
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/djhtml --tabwidth 2 templates

check: install ## Migrations up to date, deploy checks with production settings
	$(DEV_ENV) $(MANAGE) makemigrations --check --dry-run -v1
	DJANGO_SECRET_KEY="$$($(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(50))')" \
		DJANGO_ALLOWED_HOSTS=mia.tj DJANGO_HTTPS=1 DJANGO_SITE_URL=https://mia.tj \
		$(MANAGE) check --deploy --fail-level WARNING

test: install test-tools compilemessages catalogs check lint ## The whole suite: lint, migrations, catalogs, pytest (browser tests included)
	$(VENV)/bin/pytest -n auto

test-browser: install test-tools compilemessages ## Only the browser tests (screenshots in test-results/)
	$(VENV)/bin/pytest tests/browser -m browser

bench: install ## Load test on this machine (PostgreSQL archive, gunicorn, wrk, Varnish): PASS/FAIL lines, bench/results.json
	$(PY) -m bench.run $(BENCH_ARGS)
	$(PY) -m bench.newsroom $(NEWSROOM_ARGS)

backup: install ## Save the database and media into backups/mia-<time>.tar.gz
	DJANGO_SECRET_KEY="$${DJANGO_SECRET_KEY:-$$(cat .secret_key)}" $(MANAGE) backup_site

restore: install ## Restore a backup: make restore ARCHIVE=backups/mia-….tar.gz (replaces everything)
	DJANGO_SECRET_KEY="$${DJANGO_SECRET_KEY:-$$(cat .secret_key)}" $(MANAGE) restore_site "$(ARCHIVE)"

audit: install ## Check the pinned requirements against known vulnerabilities (pip-audit)
	$(VENV)/bin/pip-audit -r requirements.txt --progress-spinner off

ci: test audit ## What CI runs after installing system packages
