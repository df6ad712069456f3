"""Drafting: an archived source in, draft facts under ``facts/drafts/`` out, for an editor to curate.

Takes one source's body; finds its check-worthy sentences, proposes a verbatim
quote, a date, a value and topics for each, and writes drafts that can never be
cited until an editor moves them into a fact file.
"""
