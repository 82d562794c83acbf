# format() mini-language for ints: fill, align, sign, width, grouping, bases, errors.
n = 1234567
specs = ["", "d", "10", "<10", ">10", "^10", "*^11", "0=10", "+", "-", " ", "+10", "010", "_", ",", "10,", "+,", "e", "f", ".2f",
         "%", "b", "o", "x", "X", "#b", "#o", "#x", "#X", "_x", "#_b", "c", "n", "=+12", "g", ".3e", "G", "08.1f"]
for spec in specs:
    for v in (n, -n, 0):
        try:
            out = format(v, spec)
        except (ValueError, OverflowError) as e:
            out = type(e).__name__ + ": " + str(e)
        print(repr(spec), v, repr(out))
print(format(True, ""), format(True, "d"), format(False, "5"), format(65, "c"), format(0x1F600, "c") == "\U0001F600")
for spec in [".2d", "=s", "s"]:
    try:
        print(repr(spec), repr(format(42, spec)))
    except (ValueError, OverflowError) as e:
        print(repr(spec), type(e).__name__ + ":", e)
print(f"{42:>{8}}", f"{42:{'*'}^{9}}", f"{-42:0{7}}", "{:,}".format(10**12), "{0:_d}".format(-10**9))
