a = 2j
b = 1 + 2j
c = -3.5j
d = 1e300j * 1e300j
e = (0.5 - 0j)
