print("init solid", __name__, __package__)
