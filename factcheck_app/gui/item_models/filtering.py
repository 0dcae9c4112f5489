"""Re-running a proxy's filter across Qt versions (``invalidateFilter`` is deprecated)."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel


def refilter(proxy: QSortFilterProxyModel) -> None:
    """Tell the proxy its filter changed (Qt >= 6.9 API, with the old call as fallback)."""
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        proxy.endFilterChange()
    else:  # pragma: no cover - older Qt
        proxy.invalidateFilter()
