"""The front-desk station: staff sign in, find and register people, fix check-ins, see the day."""
