print("fails starts")
x = 1 / 0
