"""Findings: every kind declared once (code, severity, tags, messages in id/en, fix hint)."""

from pipeline.findings.catalogue import KINDS, FindingKind, Severity
from pipeline.findings.model import Finding, FindingList

__all__ = ["KINDS", "Finding", "FindingKind", "FindingList", "Severity"]
