"""The site link: the site's kiosks and front desks ask its child-care station over the site LAN.

``envelope`` seals every body with the site's key, ``server`` is the child-care station's end
(``RoomLinkServer``), ``client`` the other stations' (``RoomLink``, ``room_link_for``, and
``probe_room_link`` for ``crc-kiosk doctor``). Modules load lazily: importing this package loads neither
the HTTP stack nor AES.
"""
