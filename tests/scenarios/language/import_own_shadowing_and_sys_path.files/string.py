print("my string module")
ascii_letters = "mine"
