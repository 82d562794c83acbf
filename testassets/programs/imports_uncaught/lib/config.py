SETTINGS = {"present": 1}
