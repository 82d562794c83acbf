"""Writes the token stream CPython 3.12's C tokenizer gives its parser, for every .py file under a corpus.

Usage: py312 cpython_parser_tokens.py CORPUS_DIR OUT_DIR
For each CORPUS_DIR/REL.py it writes OUT_DIR/REL.py.ptok: one line per token, TYPE|repr(string)|SL,SC-EL,EC
(character columns, -1 where the C tokenizer has none), or a last line ERROR|message when tokenizing fails.
It uses the C tokenizer through tokenize's internal iterator with extra_tokens=False (parser mode).
"""
import io
import os
import sys
import tokenize


def tokens(path):
    with open(path, 'rb') as f:
        original = src = f.read()
    # What compile() hands its tokenizer: no BOM, CRLF and CR read as LF (the iterator would keep them).
    if src.startswith(b'\xef\xbb\xbf'):
        src = src[3:]
    src = src.replace(b'\r\n', b'\n').replace(b'\r', b'\n')
    lines = []
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(original).readline)
        if encoding == 'utf-8-sig':
            encoding = 'utf-8'
        for t in tokenize._generate_tokens_from_c_tokenizer(io.BytesIO(src).readline, encoding=encoding, extra_tokens=False):
            lines.append(f'{t.type}|{t.string!r}|{t.start[0]},{t.start[1]}-{t.end[0]},{t.end[1]}')
    except Exception as e:  # the comparison reports it
        lines.append(f'ERROR|{e}')
    return '\n'.join(lines) + '\n'


def main():
    corpus, dest = sys.argv[1], sys.argv[2]
    for root, _, files in os.walk(corpus):
        for name in sorted(files):
            if name.endswith('.py'):
                path = os.path.join(root, name)
                target = os.path.join(dest, os.path.relpath(path, corpus) + '.ptok')
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with open(target, 'w', encoding='utf-8', errors='surrogateescape', newline='') as f:
                    f.write(tokens(path))


if __name__ == '__main__':
    main()
