"""Load stage: consolidated workbooks, feedback workbooks and the canonical CSV in outbox/."""
