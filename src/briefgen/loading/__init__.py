"""Reading and writing the YAML people edit: strict loading, front matter, validation, one writer.

Takes the text of a YAML file or a Markdown file's front matter and gives plain
dicts, lists and strings with the line of every key, then pydantic models whose
errors point back at those lines (``path:line: message``).
"""
