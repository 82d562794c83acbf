"""Writes LexicalErrors.jsonl: sources whose compile() fails in CPython 3.12's tokenizer, with the error.

Usage (from this folder): /work/shared/oracle/py312 lexical_errors.py
Each line: {"name", "source" (latin-1 text of the bytes), "type", "msg", "lineno", "offset", "end_lineno",
"end_offset", "text"}; None positions become 0.
"""
import json

CASES = {
    'unterminated_string': b'x = 1\ny = "abc\nz=2\n',
    'unterminated_triple': b'x = 1\ny = """abc\nz=2\n\n',
    'unterminated_after_continuation': b'x = "a\\\nb',
    'unterminated_backslash_eof': b'"abc\\\n',
    'unterminated_bytes_prefix': b"x = rb'abc\n",
    'unterminated_fstring': b'x = f"abc\n',
    'unterminated_triple_fstring': b'x = f"""abc\n\n',
    'invalid_decimal': b'x = 1abc\n',
    'invalid_decimal_double_underscore': b'x = 1__0\n',
    'invalid_decimal_trailing_underscore': b'x = 1_\n',
    'invalid_decimal_exponent': b'x = 1e\n',
    'invalid_decimal_exponent_sign': b'x = 1e+\n',
    'invalid_decimal_after_exponent': b'x = 1.5e5x\n',
    'invalid_imaginary': b'x = 1jx\n',
    'invalid_hex': b'x = 0x\n',
    'invalid_hex_letter': b'x = 0xg\n',
    'invalid_hex_underscore': b'x = 0x_\n',
    'invalid_octal_digit': b'x = 0o8\n',
    'invalid_octal': b'x = 0o\n',
    'invalid_octal_late_digit': b'x = 0o17_9\n',
    'invalid_binary_digit': b'x = 0b2\n',
    'invalid_binary': b'x = 0b\n',
    'invalid_binary_name': b'x = 0b1a\n',
    'leading_zeros': b'x = 0123\n',
    'leading_zeros_nine': b'x = 09\n',
    'leading_zeros_underscore': b'x = 0_7\n',
    'zero_underscore_end': b'x = 0_\n',
    'invalid_character_euro': 'x = a\u20ac\n'.encode(),
    'invalid_character_start': 'x = \u20acb\n'.encode(),
    'nonprintable_nbsp': 'x = \u00a01\n'.encode(),
    'nonprintable_control': b'x = \x01\n',
    'nonprintable_del': b'x = 1 \x7f\n',
    'invalid_utf8_in_name': b'x = 1\ny = a\xf6b\n',
    'unindent_mismatch': b'if x:\n    a\n  b\n',
    'tab_space_mix': b'if x:\n\tif y:\n        a\n',
    'tab_after_spaces': b'if x:\n        a\n\tb\n',
    'too_deep': b''.join(b' ' * i + b'if x:\n' for i in range(101)) + b' ' * 101 + b'pass\n',
    'too_many_parentheses': b'x = ' + b'(' * 201 + b')' * 201 + b'\n',
    'unmatched_paren': b'x = 1)\n',
    'unmatched_brace': b'x = 1}\n',
    'mismatched': b'x = (1]\n',
    'mismatched_other_line': b'x = (1,\n2]\n',
    'never_closed': b'x = (1,\n2\n',
    'never_closed_inner': b'x = [1,\n(2\n',
    'never_closed_no_newline': b'x = (',
    'continuation_garbage': b'x = 1 \\ 2\n',
    'continuation_eof': b'x = 1 \\',
    'continuation_eof_newline': b'x = 1 \\\n',
    'continuation_line_start_eof': b'x\n\\\n',
    'fstring_expecting_brace': b'x = f"{"\n',
    'fstring_expecting_brace_name': b"x = f'{a'\n",
    'fstring_single_brace': b"x = f'}'\n",
    'fstring_unmatched_paren': b'x = f"{)}"\n',
    'fstring_nested_too_deeply': b"f'{1:{2:{3:{4}}}}'\n",
    'null_byte': b'x = 1\x00\n',
    'fstring_open_field_eof': b'x = f"{a',
    'fstring_open_field_newline': b'x = f"{a\n',
    'fstring_triple_open_field': b"x = f'''{a\n\n",
    'fstring_format_spec_eof': b'x = f"{a:>10',
    'fstring_nested_quote_unterminated': b'x = f"{\'a}"\n',
    'too_many_nested_fstrings': b'f"{' * 150 + b'1' + b'}"' * 150 + b'\n',
    'too_many_nested_brackets_in_fstring': b'f"{' + b'(' * 200 + b'}"\n',
    # Errors CPython's parser raises keep UTF-8 byte offsets unless the encoding was declared (or a BOM given).
    'unindent_non_ascii': 'if x:\n  a\n \u00e9\n'.encode(),
    'unindent_non_ascii_declared': '# coding: utf-8\nif x:\n  \u00e9\n \u00e9\n'.encode(),
    'continuation_non_ascii': '\u00e9 = 1 \\ 2\n'.encode(),
    'continuation_non_ascii_bom': b'\xef\xbb\xbf' + '\u00e9 = 1 \\ 2\n'.encode(),
    'never_closed_non_ascii': '\u00e9 = (1,\n'.encode(),
    'never_closed_non_ascii_declared': '# coding: latin-1\n\u00e9 = (1,\n'.encode('latin-1'),
    'unterminated_non_ascii': 'x = "\u00e9\u00e9" + "abc\n'.encode(),
    'unknown_encoding': b'# coding: uft-8\nx=1\n',
    'bom_with_latin1': b'\xef\xbb\xbf# coding: latin-1\nx=1\n',
    'bom_with_utf8_spelling': b'\xef\xbb\xbf# coding: utf8\nx=1\n',
}


def main():
    with open('LexicalErrors.jsonl', 'w', encoding='utf-8', newline='\n') as out:
        for name, data in CASES.items():
            try:
                compile(data, name + '.py', 'exec')
                raise SystemExit(f'{name} compiles')
            except SyntaxError as e:
                row = {'name': name, 'source': data.decode('latin-1'), 'type': type(e).__name__, 'msg': e.msg,
                       'lineno': e.lineno or 0, 'offset': e.offset or 0, 'end_lineno': e.end_lineno or 0,
                       'end_offset': e.end_offset or 0, 'text': e.text}
                out.write(json.dumps(row) + '\n')


if __name__ == '__main__':
    main()
