total = 0
for i in range(100):
    if i % 3 == 0:
        continue
    if i > 50:
        break
    total += i
else:
    total = -1
while total > 0:
    total -= 7
print(total)
