//! Programs the page offers before the user types anything.

/// The program in the editor on a first visit: a course-style ticket counter
/// that runs on today's engine and prints something worth reading.
pub const DEFAULT_PROGRAM: &str = r#"import json

# 抢票: the course's ticket office, one buyer at a time.
db = {"ticket_num": 2}

def search(name):
    print(f"{name} 查看余票: {db['ticket_num']}")

def buy(name):
    search(name)
    if db["ticket_num"] > 0:
        db["ticket_num"] -= 1
        print(f"{name} 买票成功")
    else:
        print(f"{name} 买票失败")

for i in range(4):
    buy(f"用户{i}")

print(json.dumps(db))
"#;
