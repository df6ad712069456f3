"""The corpus stage: ``facts/`` in, a checked :class:`~briefgen.corpus.loader.Corpus` out.

Takes the archived sources (``facts/sources/*.md``), the fact files and the
vocabulary; gives the validated sources and facts, every quote found word for
word in its source, the discrepancies between sources, and the ``check``
report.  Nothing here knows about briefs, templates or output formats.
"""
