"""Qt item models over the service layer's dataclasses (no SQL, no widgets)."""
