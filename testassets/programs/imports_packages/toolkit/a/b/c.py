LEVEL = "c in a namespace package"
