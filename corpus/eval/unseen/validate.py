#!/usr/bin/env python3
"""Checks the project's own evaluation articles (corpus/eval/unseen): every question file parses, ids
are unique, each question's article exists, every gold string occurs verbatim in its article and is
4-15 characters without punctuation, gold and facts agree, and each article has the raw-page shape
(title, blank line, a 来源 line with a date, paragraphs). Exit 1 on any problem."""
import json, re, sys
from pathlib import Path

here = Path(__file__).resolve().parent
articles = {p.stem: p.read_text(encoding="utf-8") for p in (here / "articles").glob("*.txt")}
KINDS = {"plain", "colloquial", "traditional", "investor", "mixed", "followup", "timeline", "unanswerable", "near-miss"}
PUNCT = re.compile(r"[，。、；：？！“”‘’（）《》「」,.;:?!()\"'\s]")
seen, problems, total = set(), [], 0
for stem, text in articles.items():
    lines = text.split("\n")
    if len(lines) < 5 or lines[1].strip() or not re.match(r"来源：.*\d{4}-\d{2}(-\d{2})?\s*$", lines[2]):
        problems.append(f"{stem}: header must be title, blank line, '来源：... YYYY-MM-DD'")
    if not (2500 <= len(text) <= 7000):
        problems.append(f"{stem}: {len(text)} characters (want 2500-7000)")
for f in sorted(here.glob("questions-*.json")):
    for q in json.loads(f.read_text(encoding="utf-8")):
        total += 1
        if q["id"] in seen:
            problems.append(f"{f.name}: duplicate id {q['id']}")
        seen.add(q["id"])
        if q.get("kind") not in KINDS or q.get("lang") not in ("zh", "en"):
            problems.append(f"{q['id']}: kind/lang {q.get('kind')}/{q.get('lang')}")
        if q["kind"] == "followup" and not q.get("history"):
            problems.append(f"{q['id']}: a follow-up needs history")
        text = articles.get(q["article"])
        if text is None:
            problems.append(f"{q['id']}: no article {q['article']}")
            continue
        for g in q.get("gold", []):
            if g not in text:
                problems.append(f"{q['id']}: gold {g!r} not in {q['article']}")
            if not (4 <= len(g) <= 15) or PUNCT.search(g):
                problems.append(f"{q['id']}: gold {g!r} must be 4-15 characters with no punctuation")
        if bool(q.get("gold")) != bool(q.get("facts") or q.get("facts_all")):
            problems.append(f"{q['id']}: gold and facts must be both empty (unanswerable) or both given")
        if q["kind"] in ("unanswerable", "near-miss") and q.get("gold"):
            problems.append(f"{q['id']}: {q['kind']} questions have gold []")
print("\n".join(problems) or f"ok: {len(articles)} articles, {total} questions")
sys.exit(1 if problems else 0)
