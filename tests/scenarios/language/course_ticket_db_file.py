import json
import time
def search(name):
    with open('db.txt', encoding='utf-8') as f:
        dic = json.load(f)
    print(f'用户{name}查询余票：{dic.get("ticket_num")}')
def buy(name):
    with open('db.txt', encoding='utf-8') as f:
        dic = json.load(f)
    time.sleep(0.001)
    if dic.get('ticket_num') > 0:
        dic['ticket_num'] -= 1
        with open('db.txt', 'w', encoding='utf-8') as f:
            json.dump(dic, f)
        print(f'用户{name}买票成功')
    else:
        print(f'用户{name}买票失败')
def run(name):
    search(name)
    buy(name)
for i in range(4):
    run(i)
with open('db.txt', encoding='utf-8') as f:
    print('最终数据库内容:', f.read())
