"""Module docstring with spaces."""
def f():
    """func_doc"""
class K:
    'Class doc, with comma'
    def m(self):
        'method doc'
        return 1
