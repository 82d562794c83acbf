x = 3 + 4
print(x)
