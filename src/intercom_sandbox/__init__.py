"""Local Intercom API sandbox server."""
