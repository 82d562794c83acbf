# The bytes methods that pad, split from the right, split lines, translate and handle ASCII case,
# on bytes and on bytearray (whose results are bytearrays).

for kind in (bytes, bytearray):
    print("--", kind.__name__)
    s = kind(b"hello World")
    print(s.capitalize(), kind(b"HELLO").capitalize(), kind(b"").capitalize(), kind(b"1abc").capitalize())
    print(s.title(), kind(b"they're bill's friends").title(), kind(b"x1y2 z_w").title())
    print(kind(b"abc").islower(), kind(b"aBc").islower(), kind(b"123").islower(), kind(b"a1").islower())
    print(kind(b"ABC").isupper(), kind(b"AbC").isupper(), kind(b"").isupper(), kind(b"A1!").isupper())
    print(kind(b"Hello World").istitle(), kind(b"Hello world").istitle(), kind(b"HEllo").istitle(), kind(b"1A").istitle(), kind(b"").istitle())
    print(kind(b"ab").center(7), kind(b"ab").center(6, b"*"), kind(b"abc").center(6, b"-"), kind(b"abc").center(2))
    print(kind(b"ab").ljust(5, b"."), kind(b"ab").rjust(5), kind(b"abc").ljust(1), kind(b"x").rjust(3, bytearray(b"0")))
    print(kind(b"42").zfill(5), kind(b"-42").zfill(5), kind(b"+7").zfill(4), kind(b"").zfill(3), kind(b"abc").zfill(2))
    print(kind(b"a\tb\tc").expandtabs(), kind(b"a\tbc\td").expandtabs(4), kind(b"x\ny\tz").expandtabs(2), kind(b"\t").expandtabs(0))
    print(kind(b"prefix-body").removeprefix(b"prefix-"), kind(b"body.txt").removesuffix(b".txt"), kind(b"same").removeprefix(b"x"))
    print(kind(b"a b  c ").rsplit(), kind(b"a,b,c").rsplit(b",", 1), kind(b"  a b c").rsplit(None, 1), kind(b"a--b--").rsplit(b"--"))
    print(kind(b"k=v=w").rpartition(b"="), kind(b"abc").rpartition(b"="))
    print(kind(b"one\ntwo\r\nthree\rfour").splitlines(), kind(b"a\n\nb\n").splitlines(True), kind(b"").splitlines())
    table = bytes.maketrans(b"abc", b"xyz")
    print(len(table), kind(b"aabbcc").translate(table), kind(b"hello").translate(None, b"l"), kind(b"abc").translate(table, b"c"))
    for bad in (lambda: kind(b"a").center(5, b"ab"), lambda: kind(b"a").translate(b"short"),
                lambda: bytes.maketrans(b"ab", b"c"), lambda: kind(b"a").rsplit(b""), lambda: kind(b"a").rpartition(b"")):
        try:
            bad()
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
