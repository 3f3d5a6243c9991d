"""One module per screen: a QWidget plus its small controller."""
