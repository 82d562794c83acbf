# Huge ints at the edges: the 4300-digit limit of decimal conversion, and sizes and widths too big to use.
B = 2**70
cases = [
    "int('1' * 5000)", "str(10**5000)", "len(str(int('1' * 4300)))", "len(repr(10**4299))", "repr(10**4300)",
    "int(' ' + '1' * 4301 + ' ')", "len(str(int('1_' * 3000 + '1')))", "'%d' % 10**5000", "f'{10**5000}'",
    "hex(10**5000)[:5]", "int(b'1' * 5000)", "int('x' * 5000)", "format(10**5000, ',')", "len(str(-10**4299))",
    "len(str(int('0x' + 'f' * 5000, 16)))", "int('9' * 4301, 36) > 0",
    "[1, 2][B:]", "'abc'[-B:B]", "[1, 2, 3][::B]", "[1, 2].pop(B)", "[1, 2].index(1, B)", "[1, 2].index(2, -B)",
    "'ab'.center(B)", "'ab'.ljust(2**62)", "'ab'.zfill(2**62)", "'a\\tb'.expandtabs(2**62)", "'ab'.split(None, B)",
    "'a b'.split(None, -B)", "'aaa'.replace('a', 'b', B)", "len(range(B))", "'ab'.find('a', B)",
    "'ab'.count('a', -B, B)", "chr(-1)", "(1).to_bytes(B)", "divmod(B, 0)", "pow(2, -1, 5)", "1 >> B", "-1 >> B",
    "'%*d' % (B, 1)", "format(1.5, '.{}f'.format(B))", "list(range(5))[B:-B:-1]", "bytes(range(3))[-B:]",
    "(1, 2, 3)[::-B]", "slice(1, B).indices(10)", "float(B)", "float(10**400)", "int(1e300) > 0", "abs(-B)",
]
for c in cases:
    try:
        r = eval(c)
        print(c, "->", repr(r)[:60])
    except Exception as e:
        print(c, "->", type(e).__name__ + ":", str(e)[:80])
