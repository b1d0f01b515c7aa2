"""The web pages: server-rendered HTML over the store (templates and assets ship in the package)."""
