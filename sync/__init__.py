"""The Qt-free sync engine: pushes outbox entries to each plan's API exactly once.

The outbox, the worker, the adapters and the plan API stand-in arrive with the
Sync issue; entries are already written by ``kiosk.services`` in each record's
own transaction.
"""
