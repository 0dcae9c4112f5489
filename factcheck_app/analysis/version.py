"""The detector version; bump whenever lexicons or rules change so stored findings can be redone."""

DETECTOR_VERSION = "2026.12.47"
