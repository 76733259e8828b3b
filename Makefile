# Science City Q&A. `make run` serves the chat at http://localhost:8080; `make test` runs every test.
# Both start what they need (PostgreSQL + pgvector, built once) through scripts/.
SHELL := /bin/bash
MVN := ./mvnw -B -q
JAR := target/science-city-qa-0.1.0-SNAPSHOT.jar

.PHONY: run test test-fast build ingest import export translate up up-scale down e2e eval train bench load image db-start db-stop db-status clean

run: build ## Start the database (unless DATABASE_URL is set) and the service on PORT (default 8080)
	@scripts/db start >/dev/null
	DATABASE_URL="$$(scripts/db url)" java -jar $(JAR)

test: ## All tests, against a real PostgreSQL + pgvector: unit tests and slices, then the *IT suites
	@scripts/test

test-fast: ## Only the fast layer (unit tests and slices, Surefire), against the same database
	@scripts/test test

build: $(JAR)

$(JAR): pom.xml $(shell find src/main frontend prompts -type f 2>/dev/null)
	@scripts/ensure-tools
	$(MVN) -DskipTests package

ingest: build ## Bring the index in step with corpus/ and exit
	@scripts/db start >/dev/null
	DATABASE_URL="$$(scripts/db url)" java -jar $(JAR) ingest

import: build ## Turn a raw article into corpus format: make import FILE=raw.txt ID=my-article
	java -jar $(JAR) import "$(FILE)" --id "$(ID)" --out "corpus/articles/$(ID).md"

export: build ## Write the database's articles (staff's included) back into corpus/ in the corpus format, for git
	@scripts/db start >/dev/null
	DATABASE_URL="$$(scripts/db url)" java -jar $(JAR) export --out corpus

translate: build ## Draft every missing corpus/articles/*.en.md with the configured language model, for review
	java -jar $(JAR) translate

db-start:
	@scripts/db start
db-stop:
	@scripts/db stop
db-status:
	@scripts/db status

clean:
	$(MVN) clean

# eval and bench run the evaluation harness from test scope: it is not part of the service's jar.
eval: ## (a) the served corpus, (b) the corpus as it grows (evaluation articles added untranslated), (c) translations hidden; EVAL=growing|mixed|sealed|probe
	@scripts/ensure-tools
	@scripts/db start >/dev/null
	DATABASE_URL="$$(scripts/db url)" $(MVN) -DskipTests -Dscqa.eval.command=$(or $(EVAL),eval) test-compile exec:exec@eval

train: ## Retrain the answer scorer from the dev questions (writes src/main/resources/answer/answer-scorer.json)
	@scripts/ensure-tools
	@scripts/db start >/dev/null
	DATABASE_URL="$$(scripts/db url)" $(MVN) -DskipTests -Dscqa.eval.command=train test-compile exec:exec@eval

bench: ## Search latency (HTTP, stages, naive baseline) and a 100 000-passage pgvector scale run
	@scripts/ensure-tools
	@scripts/db start >/dev/null
	DATABASE_URL="$$(scripts/db url)" $(MVN) -DskipTests test-compile exec:exec@bench

load: build ## 200 concurrent SSE conversations + /api/ask for 60 s, one instance vs two (wrk)
	@scripts/load/run

up: ## The service in containers (compose.yaml): database + service on 127.0.0.1:8080, images built here
	@scripts/compose up

up-scale: ## Two instances behind nginx on 127.0.0.1:8090 (rate limits shared through PostgreSQL)
	@scripts/compose up scale

down: ## Stop the containers (the database volume stays)
	@scripts/compose down

e2e: ## The compose deployment end to end: questions, database restart, down/up, two instances behind nginx
	@scripts/e2e

image: ## The service as a container image tar (Jib, no Docker daemon): target/science-city-qa-image.tar
	@scripts/image
