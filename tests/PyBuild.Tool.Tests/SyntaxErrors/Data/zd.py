x = [i for i in range(3) if i
     for j in y]
y = )
