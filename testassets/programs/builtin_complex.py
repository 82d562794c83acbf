# complex numbers: literals, construction, repr, arithmetic, powers, abs, equality, hashing and errors.
z = 3 + 4j
w = complex(1, -2)
print(z, w, 1j, -1j, 2.5j, 0j, complex(), complex(2), complex(1.5, 0), complex(0, 0.5), complex(-0.0, 1), complex(1, -0.0))
print(z.real, z.imag, z.conjugate(), abs(z), abs(-1j), type(z).__name__, type(z.real).__name__, (5).imag, 2.0.imag)
print(z + w, z - w, z * w, z / w, -z, +w, z + 1, 1 + z, z * 2.5, 2 / z, z - 0.5, 1 - z)
print(z ** 2, w ** 3, 1j ** 2, (1 + 1j) ** 8, z ** -1, z ** 0, (2 + 0j) ** 10, 0j ** 2, 1j ** 4)
print(z == 3 + 4j, z != w, complex(2, 0) == 2, complex(2, 0) == 2.0, 1j == 1, hash(complex(2, 0)) == hash(2), hash(1j) == hash(1j))
print(bool(0j), bool(1j), bool(complex(0, -0.0)), [1j, 2 + 0j], {1j: "i"}[1j], (1e300 + 1e300j) * 1, 1e200j * 1e200j)
print(complex(1, 2) * complex(3, 4), (1 + 2j) / (3 - 4j), (6 + 8j) / 2, 1 / 1j, (1 + 1j) / (1 - 1j), complex(complex(1, 2), complex(3, 4)))
print(repr(1e16 + 1j), repr(1.5e-7j), repr(complex(float("inf"), float("-inf"))), repr(complex(float("nan"), 1)), str(2 + 3j), f"{z}")
total = 0j
for k in range(1, 5):
    total += k * 1j ** k
print(total, sum([1j, 2, 3.5]), [x * 1j for x in range(3)])
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: z / 0)
attempt(lambda: z / 0j)
attempt(lambda: 0j ** -1)
attempt(lambda: z < w)
attempt(lambda: z // 2)
attempt(lambda: z % 2)
attempt(lambda: complex(None))
attempt(lambda: complex(1, "2"))
attempt(lambda: int(z))
attempt(lambda: float(z))
attempt(lambda: abs(complex(1e308, 1e308)))
attempt(lambda: round(z))
