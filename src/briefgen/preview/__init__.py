"""The live preview: a project in, pages on a loopback HTTP server that reload as files are saved.

Takes the project folder; renders each brief in-process with the same
rendering stage as ``build`` (on the main thread, under the same limits),
watches the files each render read, and tells open tabs when a page changes.
"""
