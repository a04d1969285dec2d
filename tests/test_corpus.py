"""Score the tool on the labelled corpus: short articles about five other events, with what a
careful reader would flag in each (tests/corpus/<event>/expected.json). Prints recall and false alarms."""

from __future__ import annotations

import json

import pytest

from factcheck import compare_paths
from factcheck.group import normalise_subject
from factcheck.models import Discrepancy

from .conftest import CORPUS

EVENTS = sorted(p.parent.name for p in CORPUS.glob("*/expected.json"))


def _matches(expected: dict, found: Discrepancy) -> bool:
    """Same slot and severity, same subject, and for a single-source flag the same person."""
    if (found.slot, found.severity) != (expected["slot"], expected["severity"]):
        return False
    if normalise_subject(found.subject) != normalise_subject(expected["subject"]):
        return False
    person = expected.get("person")
    return person is None or any(person in getattr(c.value, "canonical", "") for c in found.claims)


def score(event: str, nlp) -> tuple[list[dict], list[Discrepancy]]:  # type: ignore[no-untyped-def]
    """(expected flags that were missed, flags raised that nobody expected)."""
    expected = json.loads((CORPUS / event / "expected.json").read_text())["discrepancies"]
    found = compare_paths([CORPUS / event], nlp=nlp).discrepancies
    missed = [e for e in expected if not any(_matches(e, f) for f in found)]
    false_alarms = [f for f in found if not any(_matches(e, f) for e in expected)]
    return missed, false_alarms


def test_corpus_has_five_events_of_three_articles_or_more() -> None:
    assert len(EVENTS) >= 5
    for event in EVENTS:
        articles = [p for p in (CORPUS / event).iterdir() if p.suffix in (".txt", ".md", ".html")]
        assert len(articles) >= 3, event


def test_recall_and_false_alarms_on_the_labelled_corpus(nlp, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    total = hits = alarms = 0
    lines = []
    for event in EVENTS:
        expected = len(json.loads((CORPUS / event / "expected.json").read_text())["discrepancies"])
        missed, false_alarms = score(event, nlp)
        total += expected
        hits += expected - len(missed)
        alarms += len(false_alarms)
        lines.append(f"{event:15} found {expected - len(missed)}/{expected}, false alarms {len(false_alarms)}")
        lines += [f"    missed: {m['slot']} / {m['subject']} ({m['severity']}): {m['why']}" for m in missed]
        lines += [f"    false alarm: {f.severity} {f.slot} / {f.subject}: {f.explanation}" for f in false_alarms]
    recall = hits / total
    report = "\n".join([*lines, f"recall {hits}/{total} = {recall:.0%}, false alarms {alarms}"])
    with capsys.disabled():
        print("\n" + report)
    assert recall >= 0.9, report
    assert alarms == 0, report
