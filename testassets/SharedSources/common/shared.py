z = 5 * 6
print(z)
