# big ints: pi digits by the spigot algorithm, factorials and Fibonacci numbers beyond 64 bits.


def pi_digits(n):
    digits = []
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    while len(digits) < n:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return digits


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def main():
    d = pi_digits(3500)
    print("".join(str(x) for x in d[:20]), sum(d))
    f = factorial(1000)
    print(len(str(f)), f % 1000000007)
    total = 0
    for i in range(300):
        total += fib(i * 10) % 998244353
    print(total)
    x = 3 ** 5000
    print(x.bit_length(), (x >> 7000) & 0xFFFF, hex(x % (1 << 64)))


main()
