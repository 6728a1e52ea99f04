"""The screens over the dashboard: the reader, the keys, the load problems."""
