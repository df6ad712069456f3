"""The rendering stage: a brief and a corpus in, one self-contained HTML document out (in memory).

Takes ``briefs/<slug>.md`` and the corpus as of the edition's date (the
:class:`~briefgen.render.scope.Scope`); runs the narrative in the Jinja2 sandbox
with the helpers, turns its Markdown into HTML with citation marks, numbers the
notes, builds the evidence annex, lints uncited sentences and lays the document out.
It writes no file and never imports the PDF, editions or preview stages.
"""
