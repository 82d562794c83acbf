# format() mini-language for floats: precision, types e/f/g/%, signs, zero padding, specials.
vals = [0.0, -0.0, 1.5, -2.25, 1234.5678, 0.000123456, 1e16, 1.0e-7, 123456789.0, 2.5, 3.5, 0.125]
specs = ["", ".2f", "10.3f", "<10.1f", "^12.2e", "e", "E", ".0e", "g", ".3g", ".10g", "G", "%", ".1%", "+.2f", " .2f",
         ",.2f", "_.3f", "010.2f", "#.0f", "#g", ".0f", "z.1f", "=+10.2f", ".3", "r" if False else "n"]
for v in vals:
    row = []
    for spec in specs:
        try:
            row.append(format(v, spec))
        except ValueError as e:
            row.append("ValueError: " + str(e))
    print(repr(v), row)
for v in [float("inf"), float("-inf"), float("nan")]:
    print([format(v, s) for s in ["", "f", ".2e", "10", "<8", "+g", "%", "010f"]])
print(format(1e100, ".2f")[:20], format(2 ** 0.5, ".15f"), format(1 / 3, ".17g"), format(2 / 3, ""), format(1e22, ""), format(1e-5, ""))
print(f"{3.14159:.2f}", f"{-1.0:+.1f}", f"{1234567.891:,.2f}", f"{0.5:.0f}", f"{1.5:.0f}", f"{2.675:.2f}")
for spec in ["d", "x", "c", "#x", ",d", "b"]:
    try:
        print(format(1.5, spec))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
print(format(5, ".2f"), format(5, "e"), format(5, "%"), format(True, ".1f"), "{:.3}".format(3.14159), "{:10.4}|".format(2.0))
