# complex ** folds as CPython's complex_pow: repeated squaring for small whole exponents, polar form
# otherwise; zero to a negative or complex power and overflows are left to run time.
a = 3j ** 0j
b = 3j ** 0
c = (1+2j) ** 2
d = (1+2j) ** -3
e = (1.5+0.5j) ** (0.3-0.7j)
f = 2 ** (1+1j)
g = (0.5+0.25j) ** 2.5
h = 1j ** 101
i = 0j ** 2
j = (1e200+1e200j) ** 2
k = 0j ** -1
l = 0j ** 1j
m = (-8+0j) ** (1/3)
