y = 2 * 21
print(y)
