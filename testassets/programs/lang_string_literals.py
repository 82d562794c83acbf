# String and bytes literals: escapes, raw strings, concatenation, triple quotes, unicode names.
print("tab\there", 'quote\'s', "dq\"s", "back\\slash")
print("\x41\x42", "\101\102", "\u00e9", "\U0001F600" == "\N{GRINNING FACE}", "\N{LATIN SMALL LETTER A}")
print(len("\n"), len(r"\n"), r"raw\t\n", R"RAW\d")
print("adjacent" " literals" ' concatenate', ("across"
      " lines"))
s = """triple
quoted 'with' "quotes"
"""
print(repr(s), len(s))
print('''single triple''', repr('''a\
b'''))
print(b"bytes\x00\xff", rb"\x00", b"a" b"b", len(b"\xff"))
print(repr("\a\b\f\v\r\0"), repr("\x7f\x80"), repr("é"), ascii("é\u2603"))
print(repr("'"), repr('"'), repr("'\""), repr("it's"))
print("\N{EM DASH}".encode("utf-8"), "ÿ".encode("utf-8"), b"caf\xc3\xa9".decode())
print(f"{'nested'}", f'{"dq"}', f"{{braces}}", rf"\d{1+1}", fr"{2}\n")
print(u"unicode prefix", type(u"").__name__, type(b"").__name__)
print("a" "b" == "ab", "ab" != None)
print(str(b"x"), repr(b"'"), repr(b'"'), repr(b"'\""))
print("multi\
line continuation")
print(ord("\t"), chr(9) == "\t", "\1" == "\x01", "\177" == "\x7f")
print("é".isascii(), "abc".isascii(), "\u0660".isdigit(), "Ⅷ".isnumeric())
print([c for c in "a\tb"], list(b"ab"), bytes([65, 66]))
parts = ["x", "y"]
print("-".join(parts), "%s=%r" % ("k", "v"), "{0}{1}{0}".format("a", "b"))
print("\r\n".splitlines(), "line1\nline2\r\nline3".splitlines(True))
try:
    eval('"unterminated')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval(r'"\N{NOT A REAL NAME}"')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval('b"é"')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval(r'"\x4"')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print(len("🎉"), "🎉".encode("utf-8"), "a🎉b"[1], "a🎉b"[::-1])
print("straße".upper() in ("STRASSE", "STRAßE"), "ǅ".lower(), "ÀÉ".lower())
