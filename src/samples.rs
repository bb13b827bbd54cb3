//! Programs the page offers before the user types anything.

/// The program in the editor on a first visit: the course's ticket sale (抢票).
/// Four buyers race for one ticket; without the lock more than one "buys" it.
pub const DEFAULT_PROGRAM: &str = r#"from multiprocessing import Process, Lock
import json
import time

USE_LOCK = False  # 改成 True: the lock lets one buyer in at a time


def search(name):
    with open("db.txt") as f:
        print(f"{name} 查看余票: {json.load(f)['ticket_num']}")


def buy(name):
    with open("db.txt") as f:
        db = json.load(f)
    time.sleep(0.1)  # 模拟网络延迟
    if db["ticket_num"] > 0:
        db["ticket_num"] -= 1
        with open("db.txt", "w") as f:
            json.dump(db, f)
        print(f"{name} 买票成功")
    else:
        print(f"{name} 买票失败")


def run(name, lock):
    search(name)
    if USE_LOCK:
        with lock:
            buy(name)
    else:
        buy(name)


if __name__ == "__main__":
    with open("db.txt", "w") as f:
        json.dump({"ticket_num": 1}, f)
    lock = Lock()
    buyers = [Process(target=run, args=(f"用户{i}", lock)) for i in range(4)]
    for p in buyers:
        p.start()
    for p in buyers:
        p.join()
"#;

#[cfg(test)]
mod tests {
    use super::DEFAULT_PROGRAM;
    use interleave_engine::{run_program, RunOptions};

    #[test]
    fn the_default_program_shows_the_race_and_the_lock_fixes_it() {
        let race = run_program(DEFAULT_PROGRAM, &RunOptions::default());
        assert_eq!(race.exit_code, 0, "{}", race.stderr);
        assert_eq!(race.stdout.matches("买票成功").count(), 4, "every buyer read 1 before anyone wrote");
        let locked = DEFAULT_PROGRAM.replace("USE_LOCK = False", "USE_LOCK = True");
        let fixed = run_program(&locked, &RunOptions::default());
        assert_eq!(fixed.stdout.matches("买票成功").count(), 1, "{}", fixed.stdout);
        assert_eq!(fixed.stdout.matches("买票失败").count(), 3);
    }
}
