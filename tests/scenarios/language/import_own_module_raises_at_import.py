print("main starts")
import config
print("never printed")
