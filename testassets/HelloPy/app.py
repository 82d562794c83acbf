x = 3 + 4
y = x * 2
print(x, y)
print("hello, world")
