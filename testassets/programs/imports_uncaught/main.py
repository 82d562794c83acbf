# An exception escaping a module body during import: the traceback runs through the importing
# lines of each module (CPython hides its importlib frames), and the exit status is 1.
print("before")
import lib.loader
print("never")
