print("my time module (never imported)")
