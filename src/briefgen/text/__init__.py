"""English text knowledge shared by every stage: dates, quote folding, month names, numbers, sentences.

Takes plain strings and gives plain values (partial dates, folded text, sentence spans).
It imports nothing else from briefgen but :mod:`briefgen.errors`, so every other stage may use it.
"""
