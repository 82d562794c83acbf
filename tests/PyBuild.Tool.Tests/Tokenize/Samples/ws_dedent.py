if x:
    y
  
