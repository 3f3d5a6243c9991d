"""The child-care station: staff sign in to the room, see its roster live, check children in and out."""
