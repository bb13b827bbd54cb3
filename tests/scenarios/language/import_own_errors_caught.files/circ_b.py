from circ_a import a
def b():
    return 'b'
