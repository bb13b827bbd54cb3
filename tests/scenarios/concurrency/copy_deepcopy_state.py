import copy
import threading

base = {"users": ["a"], "count": 1}
snap = copy.deepcopy(base)
shallow = copy.copy(base)
base["users"].append("b")
base["count"] = 2
print(snap, shallow)
