a = [0, 00, 0_0, 1_000, 0x_1f, 0XFF, 0o17, 0O1_7, 0b1_0, 0B11, 1., .5, 1.5e10, 1E-5, 1e+5_0, 1_0.0_1e1_0j, 10j, 0j, 0.j, .0e0J]
b = 1if x else 2
c = 0x1f or 1
d = [1and 2, 1or 2, 1in x, 1is x, 1not in y]
e = x.real, 1 .real, 1..real
