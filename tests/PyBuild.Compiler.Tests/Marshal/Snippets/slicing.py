s = list(range(10))
print(s[1:3], s[::2], s[-1], s[1:], s[:-1])
s[2:4] = [0]
del s[0]
del s[1:2]
