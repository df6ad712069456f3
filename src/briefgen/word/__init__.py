"""The Word stage: a brief's finished HTML and its notes in, a ``.docx`` out.

Takes the :class:`~briefgen.render.document.Document` the render stage built
(its self-contained HTML and its numbered notes) and gives the bytes of a Word
document whose notes are real Word footnotes.  pandoc (shipped in the
``pypandoc-binary`` wheel) does the conversion; python-docx adds what pandoc
cannot: the classification marking in the page header and footer, and the
document's properties.  The conversion runs in a process of its own
(``briefgen.word.convert``), beside the PDF.  Nothing here is imported unless a
``.docx`` is asked for.
"""
