import json
money = 100
def child_task():
    money = 0
    print('子任务内 money =', money)
def child_task_global():
    global money
    money = 666
child_task()
print('主 money =', money)
snapshot = json.loads(json.dumps({'money': money}))
child_task_global()
print('主 money =', money, '快照 =', snapshot['money'])
data = {'x': [1, 2]}
copy = json.loads(json.dumps(data))
copy['x'].append(3)
print(data, copy)
