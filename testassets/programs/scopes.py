counter = 0

def bump():
    global counter
    counter += 1

for _ in range(3):
    bump()
print(counter)

def make():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    def get():
        return items
    return add, get

add, get = make()
add(1)
add(2)
print(get())

def nonlocal_chain():
    a = 1
    def f1():
        nonlocal a
        a += 1
        def f2():
            nonlocal a
            a *= 10
        f2()
    f1()
    return a

print(nonlocal_chain())

class K:
    x = 1
    y = [x * 2 for _ in range(2)] if False else None
    def m(self):
        return x_global

x_global = "xg"
print(K().m(), K.x)

def shadow(len=len):
    return len("abc")

print(shadow(), shadow(lambda s: 99))

def default_eval():
    v = 5
    def inner(a=v):
        return a
    v = 6
    return inner()

print(default_eval())

def cls_in_func(n):
    class Local:
        val = n
        def get(self):
            return self.val + n
    return Local().get()

print(cls_in_func(4))

def gen_scope():
    total = 0
    def acc(v):
        nonlocal total
        total += v
        return total
    return [acc(i) for i in range(5)]

print(gen_scope())
try:
    exec
    print("exec exists")
except NameError:
    pass
import math as m
from math import sqrt, pi as PI
print(m.floor(3.7), sqrt(9), round(PI, 2))
print(__name__)
