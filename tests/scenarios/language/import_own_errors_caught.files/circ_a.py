from circ_b import b
def a():
    return 'a'
