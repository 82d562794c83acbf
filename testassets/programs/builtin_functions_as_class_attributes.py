# Native functions and methods stored in a class: a builtin function (len) is no descriptor and is
# called without the instance; a method descriptor (list.append) binds, and checks its receiver.


class C:
    f = len
    g = abs
    app = list.append


class L(list):
    add = list.append


c = C()
print(c.f is len, c.f([1, 2, 3]), C.f("ab"), c.g(-4))
try:
    c.f()
except TypeError as e:
    print("TypeError", e)
try:
    c.app(1)
except TypeError as e:
    print("TypeError", e)
l = L()
l.add(5)
l.add(6)
print(l, L.add is list.append)


class S(L):
    def add(self, x):
        super().add(x * 10)


s = S()
s.add(1)
print(s)
