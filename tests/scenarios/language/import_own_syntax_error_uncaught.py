print("before")
def load():
    import syn
    return syn
load()
