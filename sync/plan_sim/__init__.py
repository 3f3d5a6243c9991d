"""The plan API stand-in: the server side of both sync adapters on loopback, with fault injection.

A test stand-in (``crc-kiosk plan-sim``); production talks to the plans' own servers.
"""

from sync.plan_sim.faults import FaultSpec, FaultSpecError
from sync.plan_sim.server import KEY_SYSTEM, PlanSim
from sync.plan_sim.store import DB_FILENAME

__all__ = ["DB_FILENAME", "KEY_SYSTEM", "FaultSpec", "FaultSpecError", "PlanSim"]
