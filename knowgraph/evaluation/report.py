"""The result of an evaluation run: per-case scores, totals, a table per relation, as text or JSON.

>>> report = knowgraph.evaluate("corpus/dev/fr", "corpus/dev/fr")   # doctest: +SKIP
>>> print(report.summary_line())                                     # doctest: +SKIP
TOTAL 24 cases, 0 failed, 61.2 s | entities F1 0.871 | facts P 0.884 R 0.802 F1 0.841 | events F1 0.702 | ...
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field

from knowgraph.evaluation.scoring import CaseScore, Counts, Hits


@dataclass(frozen=True)
class RelationRow:
    """One line of the per-relation table: gold facts, found, missed (of which both entities were
    found: a relation rule is missing, not an entity) and wrong predictions."""

    relation: str
    gold: int
    found: int
    missed: int
    missed_with_entities: int
    wrong: int


@dataclass
class EvaluationReport:
    """Scores of a set of cases. Totals are micro-averaged: counts are summed over cases first."""

    cases: list[CaseScore] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (case id, why it was not scored)
    seconds: float = 0.0
    show_errors: bool = False

    def _sum(self, key: str) -> Counts:
        return sum((getattr(case, key) for case in self.cases), Counts())

    @property
    def entities(self) -> Counts:
        return self._sum("entities")

    @property
    def facts(self) -> Counts:
        return self._sum("facts")

    @property
    def events(self) -> Counts:
        return self._sum("events")

    @property
    def amounts(self) -> Hits:
        return sum((case.amounts for case in self.cases), Hits())

    @property
    def dates(self) -> Hits:
        return sum((case.dates for case in self.cases), Hits())

    @property
    def hedged_asserted(self) -> int:
        return sum(len(case.hedged_asserted) for case in self.cases)

    def by_relation(self) -> list[RelationRow]:
        """Per relation, most frequent in the gold first, then relations only predicted."""
        gold, missed, with_entities, wrong = Counter(), Counter(), Counter(), Counter()
        for case in self.cases:
            lost = {name for name, _ in case.missed_entities}
            gold.update(relation for _, relation, _ in case.gold_facts)
            wrong.update(relation for _, relation, _ in case.wrong_facts)
            for subject, relation, obj in case.missed_facts:
                missed[relation] += 1
                with_entities[relation] += subject not in lost and obj not in lost
        rows = [
            RelationRow(rel, n, n - missed[rel], missed[rel], with_entities[rel], wrong[rel])
            for rel, n in gold.most_common()
        ]
        rows += [RelationRow(rel, 0, 0, 0, 0, wrong[rel]) for rel in sorted(set(wrong) - set(gold))]
        return rows

    def summary(self) -> dict:
        out: dict = {
            "cases": len(self.cases),
            "failures": [list(f) for f in self.failures],
            "seconds": round(self.seconds, 1),
        }
        if self.cases:
            out |= {
                "entities": self.entities.as_dict(),
                "facts": self.facts.as_dict(),
                "events": self.events.as_dict(),
                "amounts": [self.amounts.right, self.amounts.total],
                "amounts_found": self.amounts.found,
                "dates": [self.dates.right, self.dates.total],
                "dates_found": self.dates.found,
                "hedged_asserted": self.hedged_asserted,
            }
        return out

    def as_dict(self) -> dict:
        return {
            "summary": self.summary(),
            "by_relation": [row.__dict__ for row in self.by_relation()],
            "cases": [case.as_dict() for case in self.cases],
        }

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=1)

    def summary_line(self) -> str:
        if not self.cases:
            return f"TOTAL 0 cases scored, {len(self.failures)} failed"
        e, f, v, a = self.entities, self.facts, self.events, self.amounts
        return (
            f"TOTAL {len(self.cases)} cases, {len(self.failures)} failed, {self.seconds:.1f} s | "
            f"entities F1 {e.f1:.3f} | facts P {f.precision:.3f} R {f.recall:.3f} F1 {f.f1:.3f} | "
            f"events F1 {v.f1:.3f} | amounts {a.right}/{a.total} ({a.right} of {a.found} found) | dates {self.dates.right}/{self.dates.total} | "
            f"hedged asserted {self.hedged_asserted}"
        )

    def relation_table(self) -> str:
        lines = [f"{'relation':18} {'gold':>5} {'found':>5} {'missed':>6} {'both entities found':>20} {'wrong':>5}"]
        for row in self.by_relation():
            lines.append(
                f"{row.relation:18} {row.gold:5d} {row.found:5d} {row.missed:6d} "
                f"{row.missed_with_entities:20d} {row.wrong:5d}"
            )
        return "\n".join(lines)

    def text(self, *, by_relation: bool = False) -> str:
        """One line per case (and its errors when ``show_errors``), the failures, the totals."""
        lines = []
        for case in self.cases:
            lines.append(
                f"{case.id:10} entities F1 {case.entities.f1:.2f}  facts P {case.facts.precision:.2f} "
                f"R {case.facts.recall:.2f} F1 {case.facts.f1:.2f}  events {case.events.tp}/"
                f"{case.events.tp + case.events.fn}  amounts {case.amounts.right}/{case.amounts.total}"
                f" ({case.amounts.right} of {case.amounts.found} found)"
            )
            if self.show_errors:
                for label, errors in (
                    ("wrong facts", case.wrong_facts),
                    ("missed facts", case.missed_facts),
                    ("wrong entities", case.wrong_entities),
                    ("missed entities", case.missed_entities),
                    ("HEDGED ASSERTED", case.hedged_asserted),
                ):
                    if errors:
                        lines.append(f"    {label}: " + "; ".join(" ".join(item) for item in errors))
        lines += [f"{case_id:10} FAILED {why}" for case_id, why in self.failures]
        if by_relation and self.cases:
            lines.append(self.relation_table())
        lines.append(self.summary_line())
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.text()
