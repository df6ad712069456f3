"""Intake: a saved page, text file or URL in, an archived source under ``facts/sources/`` out.

Takes the article as found; extracts its body word for word (trafilatura for
HTML, rules for page debris in plain text), reads only the metadata the text
states, and writes a source file with notes on everything it changed.
"""
