"""The child-care station's end of the site link: kiosks and front desks sign children up here.

Started once the window is painted (the HTTP server and AES load off the start-up path) and stopped
with the app. A link that cannot start (no site key provisioned, the port taken) leaves the room
working for itself and says so on its screen: the lobby kiosks would send every parent to the desk.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk import keystore
from kiosk.config import SITE_LINK_KEY_BYTES, SITE_LINK_SECRET, StationMode
from kiosk.errors import KioskError
from kiosk.station import Station

if TYPE_CHECKING:
    from sync.site_link.server import RoomLinkServer

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LinkStart:
    """The server when it runs; else why not (``problem``: "no_key" or "port"), for the room's screen."""

    server: RoomLinkServer | None
    problem: str | None = None
    port: int = 0


def start_room_link(station: Station) -> LinkStart | None:
    """Serve the site link when this is the child-care station of a site that has one; else None."""
    site_link = station.config.site_link
    if site_link is None or station.config.station.mode is not StationMode.CHILD_CARE:
        return None
    try:
        key = keystore.get_secret(SITE_LINK_SECRET)
    except KioskError as error:
        log.error("site link not started: the site key cannot be read (%s)", error.code)
        key = None
    if key is None or len(key) != SITE_LINK_KEY_BYTES:
        log.error("site link not started: no usable site key provisioned on this station")
        return LinkStart(None, "no_key", site_link.port)
    from sync.site_link.server import RoomLinkServer

    server = RoomLinkServer(station, key, site_link.listen_host, site_link.port)
    try:
        server.start()
    except OSError as error:
        log.error("site link not started: port %d cannot be opened (%s)", site_link.port, error.strerror)
        return LinkStart(None, "port", site_link.port)
    log.info("site link serving on port %d", site_link.port)
    return LinkStart(server, None, site_link.port)
