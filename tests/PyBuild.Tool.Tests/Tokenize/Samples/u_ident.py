x = 1
y = aöb
