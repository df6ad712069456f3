"""The PDF stage: a rendered document in, PDF bytes with their provenance record out.

Takes the :class:`~briefgen.render.document.Document` and runs WeasyPrint on it
behind a confined URL fetcher, with WeasyPrint's log turned into located
problems and the provenance JSON embedded as an attachment.
"""
