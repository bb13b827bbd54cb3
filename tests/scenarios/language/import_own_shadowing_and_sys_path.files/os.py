print("my os module (never imported)")
