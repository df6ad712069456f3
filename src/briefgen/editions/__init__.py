"""The editions stage: briefs and dates in, files under ``build/`` out.

Takes what ``briefgen build`` asks for; decides what is out of date by input
hashes (the manifest), renders editions in worker processes under one lock,
writes each output atomically, and keeps the editions index and change pages.
It also reads editions back: ``diff`` between two editions, ``verify`` a PDF.
"""
