import threading

local = threading.local()
results = {}


def handle(user):
    local.user = user
    process()


def process():
    results[threading.current_thread().name] = f"processing {local.user}"


ts = [threading.Thread(target=handle, args=(u,), name=f"T-{u}") for u in ("alice", "bob")]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results.items()))
print(hasattr(local, "user"))
local.user = "main"
print(local.user)
