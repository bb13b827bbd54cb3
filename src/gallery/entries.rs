//! The gallery's entries, one block each, in the course's order. A seed's program,
//! side files and stdin are its files in `tests/scenarios/seeds/`, embedded here
//! (`seed!`, `side!`, `stdin!`); the unit tests check that every seed is listed
//! with all of its files, and that each entry's run shows what its note says.

use super::{w, Challenge, Goal, Group, Scenario, Setup, BASE};

/// The program of seed `id`.
macro_rules! seed {
    ($id:literal) => {
        include_str!(concat!("../../tests/scenarios/seeds/", $id, ".py"))
    };
}

/// A side file of seed `id`: (name, text).
macro_rules! side {
    ($id:literal, $name:literal) => {
        ($name, include_str!(concat!("../../tests/scenarios/seeds/", $id, ".files/", $name)))
    };
}

/// What seed `id` reads from stdin.
macro_rules! stdin {
    ($id:literal) => {
        include_str!(concat!("../../tests/scenarios/seeds/", $id, ".stdin"))
    };
}

pub static SCENARIOS: &[Scenario] = &[
    // ---- Start here ----
    Scenario {
        id: super::FIRST,
        group: Group::Featured,
        title: w("The ticket race", "抢票：没有锁的竞争"),
        note: w(
            "Four buyers read db.txt, wait 0.1 s for the \u{201c}network\u{201d}, then write it back. Each reads 1 before anyone has written 0, so all four buy the single ticket: watch the reads all come before the first write. Set USE_LOCK = True and run again: one buyer at a time, one ticket sold. \u{201c}Can it break?\u{201d} (beside the console) shows every way the race can end.",
            "四个买家读 db.txt，模拟网络延迟 0.1 秒后再写回。每个人都在别人写入 0 之前读到了 1，于是四个人都买到了唯一的一张票：留意所有的读都发生在第一次写之前。把 USE_LOCK 改成 True 再运行：一次只进一个买家，只卖出一张票。控制台旁的“能出错吗？”会列出这场竞争所有可能的结局。",
        ),
        program: crate::samples::DEFAULT_PROGRAM,
        checks: Some("exit == 0\ncount stdout 买票成功 == 4\ncount stdout 查看余票: 1 == 4"),
        challenge: Some(Challenge {
            goal: w(
                "Sell the one ticket exactly twice: two buyers must read it before anyone writes, the other two after.",
                "让这张票恰好卖出两次：两个买家要在任何人写回之前读到余票，另外两个在写回之后再读。",
            ),
            check: Goal::Printed { text: "买票成功", times: 2 },
        }),
        ..BASE
    },
    // ---- Starting processes ----
    Scenario {
        id: "000_02_process_function",
        group: Group::Start,
        title: w("Way 1: Process(target=func)", "方式一：Process(target=函数)"),
        note: w(
            "p.start() asks the OS for a child and returns at once, so the main's 主进程 usually prints before the child's first line. The child sleeps 3 s and finishes; the program ends when it does. Watch the fork arrow on the timeline.",
            "p.start() 请操作系统创建子进程后立即返回，所以主进程的“主进程”通常先于子进程的第一行打印。子进程睡 3 秒后结束，程序等它结束才退出。留意时间线上 fork 的箭头。",
        ),
        program: seed!("000_02_process_function"),
        ..BASE
    },
    Scenario {
        id: "002_01_process_function",
        group: Group::Start,
        title: w("Way 1 again: Process(target=task)", "方式一：Process(target=task)"),
        note: w(
            "The second lecture's way 1: 主 comes out first, then 子进程1 is running, and 3 s later is done. The main's code is over long before its child; the process table shows the parent waiting for it at exit.",
            "第二讲里的方式一：先打印“主”，然后“子进程1 is running”，3 秒后 is done。主进程的代码早就执行完了，进程表里能看到父进程在退出前等待子进程。",
        ),
        program: seed!("002_01_process_function"),
        ..BASE
    },
    Scenario {
        id: "004_01_process_hello",
        group: Group::Start,
        title: w("Without join", "不调用 join"),
        note: w(
            "p.join() is commented out, so the parent prints 我是父进程 without waiting for hello bob. Uncomment the join and run again: the order flips.",
            "p.join() 被注释掉了，父进程不等子进程就打印“我是父进程”。取消 join 的注释再运行：顺序就反过来了。",
        ),
        program: seed!("004_01_process_hello"),
        ..BASE
    },
    Scenario {
        id: "002_02_myprocess_subclass",
        group: Group::Start,
        title: w("Way 2: a Process subclass", "方式二：继承 Process"),
        note: w(
            "A subclass of Process overrides run(), and start() runs it in the child. The name set after super().__init__() sticks, so the child prints 子进程 is running.",
            "继承 Process 并重写 run()，start() 会在子进程里调用它。在 super().__init__() 之后设置的 name 会生效，所以子进程打印“子进程 is running”。",
        ),
        program: seed!("002_02_myprocess_subclass"),
        ..BASE
    },
    Scenario {
        id: "004_07_myprocess_name",
        group: Group::Start,
        title: w("A name set too early", "name 设置得太早"),
        note: w(
            "self.name is set before super().__init__(), which then overwrites it: the child is called Myprocess-1, not 哪吒. Move the assignment after super().__init__() to fix it. (The child is started at module level, without the main guard.)",
            "在 super().__init__() 之前设置 self.name，会被父类的初始化覆盖：子进程叫 Myprocess-1，而不是哪吒。把赋值挪到 super().__init__() 之后就好了。（这个例子在模块顶层启动子进程，没有 main 保护。）",
        ),
        program: seed!("004_07_myprocess_name"),
        ..BASE
    },
    Scenario {
        id: "001_02_task_subclass",
        group: Group::Start,
        title: w("Four Task processes, each with its own n", "四个 Task 进程，各有各的 n"),
        note: w(
            "Each child sets the global n to a random number and builds a list of up to 10^8 ints; the main's n stays 0, because every process has its own memory. The page's machine has 2 GB, so one child's list does not fit: MemoryError, as a real machine would say.",
            "每个子进程把全局变量 n 设成一个随机数，并建一个最多 10^8 个整数的列表；主进程的 n 仍是 0，因为每个进程有自己的内存。页面里的机器只有 2 GB，有一个子进程的列表放不下：MemoryError，和真实机器一样。",
        ),
        program: seed!("001_02_task_subclass"),
        // Under the browser's 2 GB no seed fits all four lists; seed 1 loses one.
        setup: Setup { seed: 1, ..Setup::LINUX },
        checks: Some("exit == 0\ncount stdout starts with pid == 4\ncount stdout ends with pid == 3\nstdout contains n=0 in main\nstderr contains MemoryError"),
        ..BASE
    },
    Scenario {
        id: "001_03_task_function_pids",
        group: Group::Start,
        title: w("Function targets and subclasses together", "函数方式与子类方式一起"),
        note: w(
            "The notes' commented-out loop, restored: four function-target children print their pid right after start(), then four Task children run. p.pid is known as soon as start() returns, and the main's n still stays 0.",
            "把讲义里注释掉的循环恢复：四个以函数为 target 的子进程在 start() 之后立刻打印 pid，然后四个 Task 子进程运行。start() 一返回 p.pid 就有了，主进程的 n 仍然是 0。",
        ),
        program: seed!("001_03_task_function_pids"),
        ..BASE
    },
    Scenario {
        id: "003_01_recap_process_start",
        group: Group::Start,
        title: w("The smallest child process", "最小的子进程"),
        note: w(
            "The recap's minimal program: a child runs task(45), which does nothing, so nothing is printed. The timeline still shows the fork, the child's short life and its exit.",
            "复习里最小的程序：子进程执行什么都不做的 task(45)，所以没有任何输出。时间线上仍能看到 fork、子进程短暂的一生和它的退出。",
        ),
        program: seed!("003_01_recap_process_start"),
        ..BASE
    },
    Scenario {
        id: "000_03_myprocess_no_parens",
        group: Group::Start,
        title: w("Mistake: p = MyProcess without ()", "错误：p = MyProcess 少了括号"),
        note: w(
            "Without the parentheses p is the class itself, not a process, so p.start() is called without self: TypeError, and nothing starts. Write p = MyProcess() and run again.",
            "少了括号，p 就是类本身而不是一个进程对象，调用 p.start() 时缺少 self：TypeError，什么也没启动。改成 p = MyProcess() 再运行。",
        ),
        program: seed!("000_03_myprocess_no_parens"),
        ..BASE
    },
    Scenario {
        id: "000_01_import_mutiprocessing",
        group: Group::Start,
        title: w("Mistake: import mutiprocessing", "错误：import mutiprocessing"),
        note: w(
            "The notes' first line misspells multiprocessing, so the program stops at line 1 with ModuleNotFoundError before anything runs. Fix the name and the next mistake shows: p = MyProcess without ().",
            "讲义第一行把 multiprocessing 拼错了，程序在第 1 行就因 ModuleNotFoundError 停下，什么都没运行。把名字改对，下一个错误就出现了：p = MyProcess 少了括号。",
        ),
        program: seed!("000_01_import_mutiprocessing"),
        ..BASE
    },
    Scenario {
        id: "003_02_recap_subclass_missing_arg",
        group: Group::Start,
        title: w("Mistake: Xx() without its argument", "错误：Xx() 少传了参数"),
        note: w(
            "Xx.__init__ takes x, but p = Xx() passes nothing: TypeError before any child exists. Pass a value, Xx(1), and the child starts.",
            "Xx.__init__ 需要参数 x，而 p = Xx() 什么都没传：还没有任何子进程就抛出了 TypeError。传一个值，比如 Xx(1)，子进程就能启动。",
        ),
        program: seed!("003_02_recap_subclass_missing_arg"),
        ..BASE
    },
    Scenario {
        id: "001_01_no_main_guard",
        group: Group::Start,
        title: w("Mistake: no if __name__ == '__main__'", "错误：没有 if __name__ == '__main__'"),
        note: w(
            "It opens with the spawn start method, as on Windows and macOS: the child imports the program again, reaches p.start() at module level and fails with RuntimeError. Switch Start to Linux: fork and it works, as a forked child does not rerun the module.",
            "以 spawn 启动方式打开（Windows 和 macOS 的方式）：子进程会重新导入整个程序，在模块顶层又执行到 p.start()，于是抛出 RuntimeError。把启动方式换成“Linux：fork”就正常了，因为 fork 出来的子进程不会重新执行模块。",
        ),
        program: seed!("001_01_no_main_guard"),
        setup: Setup::WINDOWS,
        checks: Some("stderr contains RuntimeError\nstderr contains bootstrapping phase\ncount stdout main process start == 2"),
        ..BASE
    },
    // ---- join ----
    Scenario {
        id: "003_03_join",
        group: Group::Join,
        title: w("join() waits for the child", "join() 等待子进程"),
        note: w(
            "p.join() blocks the main until the child ends, so 主 is printed last, 2.3 s in. On the timeline the main's lane is blocked for exactly the child's life.",
            "p.join() 让主进程阻塞到子进程结束，所以“主”最后打印，在 2.3 秒时。时间线上主进程的泳道恰好在子进程存活期间处于阻塞状态。",
        ),
        program: seed!("003_03_join"),
        ..BASE
    },
    Scenario {
        id: "002_03_join_pid",
        group: Group::Join,
        title: w("join, then the pids", "join 之后看 pid"),
        note: w(
            "The child prints its pid and its parent's; the main joins it, then prints its own pid and p.pid. Compare the numbers with the PID and PPID columns of the process table.",
            "子进程打印自己和父进程的 pid；主进程 join 之后打印自己的 pid 和 p.pid。把这些数字和进程表的 PID、PPID 列对照一下。",
        ),
        program: seed!("002_03_join_pid"),
        ..BASE
    },
    Scenario {
        id: "002_04_join_concurrent",
        group: Group::Join,
        title: w("Start all, then join all", "先全部启动，再逐个 join"),
        note: w(
            "Three children sleep 5, 3 and 2 s. All three start before the first join, so they sleep at the same time and the main waits about 5 s, the longest, not 10 s, the sum.",
            "三个子进程分别睡 5、3、2 秒。三个都启动之后才 join，所以它们同时在睡，主进程只等了约 5 秒（最长的那个），而不是 10 秒（总和）。",
        ),
        program: seed!("002_04_join_concurrent"),
        ..BASE
    },
    Scenario {
        id: "004_02_join_in_loop",
        group: Group::Join,
        title: w("join inside the loop: one at a time", "在循环里 join：变成串行"),
        note: w(
            "Each child is joined right after it starts, so the five run one after another and the parent prints after about 5 s: the timeline shows a staircase. Move the join out of the loop to run them together.",
            "每个子进程启动后立刻 join，于是五个子进程一个接一个地运行，父进程约 5 秒后才打印：时间线上像一段台阶。把 join 移到循环外，它们就会同时运行。",
        ),
        program: seed!("004_02_join_in_loop"),
        ..BASE
    },
    // ---- pids ----
    Scenario {
        id: "002_21_pid_observe",
        group: Group::Pids,
        title: w("os.getpid() and os.getppid()", "os.getpid() 与 os.getppid()"),
        note: w(
            "The child prints its own pid and its parent's, which is the pid the main prints on the other line. The process table shows the same pair as PID and PPID.",
            "子进程打印自己的 pid 和父进程的 pid，后者正是另一行里主进程打印的 pid。进程表中的 PID 和 PPID 是同一对数字。",
        ),
        program: seed!("002_21_pid_observe"),
        ..BASE
    },
    Scenario {
        id: "003_04_pid_ppid",
        group: Group::Pids,
        title: w("The pids from both sides", "从两边看 pid"),
        note: w(
            "p.pid in the parent, current_process().pid and os.getppid() in the child: the same numbers seen from both sides. The child then sleeps 200 s and the main, its code done, waits for it at exit: drag the scrubber across the long sleep.",
            "父进程里的 p.pid，子进程里的 current_process().pid 和 os.getppid()：从两边看到的是同一组数字。子进程随后睡 200 秒，主进程代码执行完后在退出时等它：拖动进度条跨过这段长睡眠。",
        ),
        program: seed!("003_04_pid_ppid"),
        ..BASE
    },
    // ---- terminate ----
    Scenario {
        id: "003_06_terminate",
        group: Group::Terminate,
        title: w("terminate() only asks", "terminate() 只是发出请求"),
        note: w(
            "p.terminate() sends SIGTERM, but the child dies a moment later, so is_alive() right after it is still True. After join() it is False and the child's exit code is -15. The child never prints 进程 end.",
            "p.terminate() 发送 SIGTERM，但子进程要过一会儿才死，所以紧接着的 is_alive() 仍是 True。join() 之后变成 False，子进程的退出码是 -15。子进程永远打印不出“进程 end”。",
        ),
        program: seed!("003_06_terminate"),
        ..BASE
    },
    Scenario {
        id: "000_04_pid_terminate_fragment",
        group: Group::Terminate,
        title: w("The notes' terminate fragment", "讲义里的 terminate 片段"),
        note: w(
            "It prints the main's pid, then stops with NameError: target=函数名 (\u{201c}function name\u{201d}) is the notes' placeholder, not a function. Define one, pass it, call p.start() before p.terminate() and import time to try the rest.",
            "先打印主进程的 pid，然后因 NameError 停下：target=函数名 只是讲义里的占位符，不是真正的函数。定义一个函数传进去，在 p.terminate() 之前先 p.start()，再 import time，就能试后面的部分。",
        ),
        program: seed!("000_04_pid_terminate_fragment"),
        ..BASE
    },
    // ---- zombies and orphans ----
    Scenario {
        id: "003_05_is_alive",
        group: Group::Zombies,
        title: w("is_alive() and a zombie", "is_alive() 与僵尸进程"),
        note: w(
            "The child ends after 2 s, but the parent asks about it only at 5 s: in between the child is a zombie, exited but not yet collected (see the process table). is_alive() collects it and says False. No course example makes an orphan: a multiprocessing parent waits for its children at exit.",
            "子进程 2 秒后就结束了，父进程却到 5 秒才去问它：这期间子进程是僵尸进程，已经退出但还没被回收（看进程表）。is_alive() 回收了它并返回 False。课程里没有产生孤儿进程的例子：multiprocessing 的父进程退出时总会等待子进程。",
        ),
        program: seed!("003_05_is_alive"),
        ..BASE
    },
    // ---- daemons ----
    Scenario {
        id: "000_05_daemon",
        group: Group::Daemons,
        title: w("A daemon dies with the main", "守护进程随主进程结束"),
        note: w(
            "p.daemon = True before start(): when the main's code ends, the daemon child is killed, so its 子进程正在死亡 never appears. Set daemon to False and the main waits for it.",
            "在 start() 之前设置 p.daemon = True：主进程代码一结束，守护子进程就被杀掉，所以它的“子进程正在死亡”永远不会出现。把 daemon 设为 False，主进程就会等它。",
        ),
        program: seed!("000_05_daemon"),
        ..BASE
    },
    Scenario {
        id: "002_05_daemon_case1",
        group: Group::Daemons,
        title: w("A daemon that never gets to print", "守护进程还没来得及打印"),
        note: w(
            "The main prints 主进程 and its code ends before the daemon child has run its first line, so the child is killed before it prints anything.",
            "主进程打印“主进程”后代码就结束了，守护子进程连第一行都还没执行就被杀掉，什么也没打印。",
        ),
        program: seed!("002_05_daemon_case1"),
        ..BASE
    },
    Scenario {
        id: "002_06_daemon_no_children",
        group: Group::Daemons,
        title: w("A daemon may not have children", "守护进程不能有子进程"),
        note: w(
            "The daemon child tries to start a process of its own and fails: AssertionError: daemonic processes are not allowed to have children. The main joined it, so it still prints 主进程.",
            "守护子进程试图再开一个子进程，结果失败：AssertionError: daemonic processes are not allowed to have children。主进程 join 了它，所以仍会打印“主进程”。",
        ),
        program: seed!("002_06_daemon_no_children"),
        ..BASE
    },
    Scenario {
        id: "002_07_daemon_case3",
        group: Group::Daemons,
        title: w("One daemon, one not", "一个守护，一个不守护"),
        note: w(
            "p1 is a daemon, p2 is not. When the main's code ends, p1 is killed before end123, while the main waits for p2 to print end456.",
            "p1 是守护进程，p2 不是。主进程代码结束时 p1 被杀掉，打印不出 end123；而主进程会等 p2 打印完 end456。",
        ),
        program: seed!("002_07_daemon_case3"),
        ..BASE
    },
    Scenario {
        id: "004_03_daemon_foo_bar",
        group: Group::Daemons,
        title: w("One daemon, one not, at module level", "模块顶层：一个守护，一个不守护"),
        note: w(
            "The same lesson without the main guard: after main------- the daemon p1 dies and end123 never comes, while p2 runs on to end456.",
            "同样的内容，只是没有 main 保护：打印 main------- 之后守护进程 p1 结束，end123 不会出现，p2 则继续运行到 end456。",
        ),
        program: seed!("004_03_daemon_foo_bar"),
        ..BASE
    },
    Scenario {
        id: "003_07_daemon",
        group: Group::Daemons,
        title: w("A daemon killed 2 s in", "2 秒时被结束的守护进程"),
        note: w(
            "The main sleeps 2 s and ends; the daemon, which needed 5 s, is killed then, so 守护进程 end never appears. On the timeline its lane stops where the main's code does.",
            "主进程睡 2 秒后结束；需要 5 秒的守护进程就在那时被杀掉，所以“守护进程 end”永远不会出现。时间线上它的泳道在主进程代码结束处中断。",
        ),
        program: seed!("003_07_daemon"),
        ..BASE
    },
    Scenario {
        id: "002_22_daemon_thread",
        group: Group::Daemons,
        title: w("A daemon thread", "守护线程"),
        note: w(
            "A daemon thread is still sleeping when the main thread ends (is_alive() prints True), and the process exits without it: say hello never appears.",
            "主线程结束时守护线程还在睡（is_alive() 打印 True），进程不等它就退出了：say hello 永远不会出现。",
        ),
        program: seed!("002_22_daemon_thread"),
        ..BASE
    },
    // ---- the ticket sale ----
    Scenario {
        id: "002_08_print_nolock",
        group: Group::Tickets,
        title: w("Three processes, one terminal, no lock", "三个进程共用终端，不加锁"),
        note: w(
            "Each process prints three lines a second apart; without a lock their lines interleave: all the 第一次, then all the 第二次, then the 第三次. The terminal is a shared resource.",
            "每个进程隔一秒打印三行；不加锁时它们的输出交错在一起：先是所有的“第一次”，然后“第二次”，再“第三次”。终端是共享资源。",
        ),
        program: seed!("002_08_print_nolock"),
        ..BASE
    },
    Scenario {
        id: "002_09_print_lock",
        group: Group::Tickets,
        title: w("The same with a mutex", "加上互斥锁"),
        note: w(
            "Each process holds the lock while it prints its three lines, so they come out together, one process at a time, and the run takes three times as long. Watch the Lock change hands in the objects panel while the others wait.",
            "每个进程在打印三行期间一直持有锁，所以每个进程的三行连在一起输出，一次一个进程，运行时间变成三倍。在对象面板里看锁如何转手、其他进程如何排队等待。",
        ),
        program: seed!("002_09_print_lock"),
        ..BASE
    },
    Scenario {
        id: "000_06_ticket_lock",
        group: Group::Tickets,
        title: w("Ten users, one ticket, a lock", "十个用户抢一张票，加锁"),
        note: w(
            "Everyone checks the count at once, then buys under the mutex, one at a time: only the first finds the ticket, the other nine fail. The count lives in the file data (see the Files tab).",
            "所有人同时查票，然后在互斥锁保护下一个一个地买：只有第一个人买到，其余九个失败。票数存放在文件 data 里（见“文件”标签页）。",
        ),
        program: seed!("000_06_ticket_lock"),
        files: &[side!("000_06_ticket_lock", "data")],
        ..BASE
    },
    Scenario {
        id: "002_10_ticket_lock_db",
        group: Group::Tickets,
        title: w("Ten passers-by, db.txt, a lock", "十个路人抢票，db.txt 加锁"),
        note: w(
            "Searching runs concurrently and everyone sees 1 ticket; buying is serial under the lock, so exactly one 购票成功. In the Files tab, set db.txt's count to 2 before running and two buyers succeed.",
            "查票是并发的，每个人都看到剩 1 张票；买票在锁里串行进行，所以只有一个“购票成功”。运行前在“文件”标签页把 db.txt 的 count 改成 2，就会有两个人买到。",
        ),
        program: seed!("002_10_ticket_lock_db"),
        files: &[side!("002_10_ticket_lock_db", "db.txt")],
        ..BASE
    },
    Scenario {
        id: "001_04_ticks_lock",
        group: Group::Tickets,
        title: w("Twenty clients, ticks.json, a lock", "二十个客户端，ticks.json，加锁"),
        note: w(
            "lock_task buys under the lock, so the single ticket in ticks.json is sold once and the other 19 clients hear oh....no ticks. The next entry is the same program without the lock.",
            "lock_task 在锁内买票，所以 ticks.json 里唯一的一张票只卖出一次，其余 19 个客户端得到 oh....no ticks。下一个例子是同一个程序，但不加锁。",
        ),
        program: seed!("001_04_ticks_lock"),
        files: &[side!("001_04_ticks_lock", "ticks.json")],
        ..BASE
    },
    Scenario {
        id: "001_05_ticks_nolock",
        group: Group::Tickets,
        title: w("Twenty clients, no lock: oversold", "二十个客户端，不加锁：超卖"),
        note: w(
            "Every client reads count 1 and sleeps before anyone writes 0, so many of them buy the one ticket. Step through the start of the run: all the reads of ticks.json come before the first write.",
            "每个客户端都读到 count 为 1，并在别人写入 0 之前睡了一会儿，于是很多人都买到了这唯一的一张票。单步查看运行的开头：所有对 ticks.json 的读都发生在第一次写之前。",
        ),
        program: seed!("001_05_ticks_nolock"),
        files: &[side!("001_05_ticks_nolock", "ticks.json")],
        ..BASE
    },
    Scenario {
        id: "003_08_ticket_join",
        group: Group::Tickets,
        title: w("start and join: safe but serial", "start 加 join：安全但串行"),
        note: w(
            "Each buyer is joined before the next starts, so no two overlap: one 抢票成功, fourteen sold out, and no lock needed. It takes fifteen times as long: safety bought with speed.",
            "每个买家都在下一个启动之前被 join，所以任何两个都不会重叠：一个“抢票成功”，十四个“票已经售空”，不需要锁。代价是时间变成了十五倍：用效率换来了安全。",
        ),
        program: seed!("003_08_ticket_join"),
        files: &[side!("003_08_ticket_join", "db.txt")],
        ..BASE
    },
    // ---- semaphores ----
    Scenario {
        id: "001_06_semaphore",
        group: Group::Semaphores,
        title: w("Semaphore(5): five connections", "Semaphore(5)：五个连接"),
        note: w(
            "Twenty workers share five connections: a Semaphore(5) lets at most five in at a time and the rest wait. Watch its value count down to 0 in the objects panel and the waiters queue behind it.",
            "二十个 worker 共用五个连接：Semaphore(5) 一次最多放五个进去，其余的等待。在对象面板里看它的值减到 0，等待者在后面排队。",
        ),
        program: seed!("001_06_semaphore"),
        ..BASE
    },
    // ---- the traffic light ----
    Scenario {
        id: "001_07_event_traffic_light",
        group: Group::TrafficLight,
        title: w("Cars and a traffic light", "汽车与红绿灯"),
        note: w(
            "A daemon light process sets and clears an Event (绿灯, 红灯); each car waits on it while it is clear and passes once it is set. The light loops forever and is killed when the main ends.",
            "一个守护进程充当红绿灯，不断 set 和 clear 一个 Event（绿灯、红灯）；每辆车在事件未设置时等待，设置后通过。红绿灯无限循环，主进程结束时被杀掉。",
        ),
        program: seed!("001_07_event_traffic_light"),
        ..BASE
    },
    // ---- queues ----
    Scenario {
        id: "000_07_queue_basic",
        group: Group::Queues,
        title: w("Queue(5): put, full, empty, get", "Queue(5)：put、full、empty、get"),
        note: w(
            "One item in a queue of five: full() is False, and empty() right after put() may still say True, as the notes warn, since a feeder thread delivers the item a moment later. get(timeout=3) on the empty queue raises queue.Empty after 3 s.",
            "容量为 5 的队列里放一个数据：full() 为 False；put() 之后紧接着的 empty() 可能仍然是 True，正如讲义所说，因为数据要过一会儿才由后台线程送进队列。对空队列 get(timeout=3)，3 秒后抛出 queue.Empty。",
        ),
        program: seed!("000_07_queue_basic"),
        ..BASE
    },
    Scenario {
        id: "002_11_queue_basic",
        group: Group::Queues,
        title: w("Queue(3): first in, first out", "Queue(3)：先进先出"),
        note: w(
            "Three puts fill a Queue(3), so full() is True; three gets come out in the order they went in; then empty() is True. It all happens in one process.",
            "三次 put 填满了 Queue(3)，所以 full() 为 True；三次 get 按放入的顺序取出；最后 empty() 为 True。全部在一个进程里完成。",
        ),
        program: seed!("002_11_queue_basic"),
        ..BASE
    },
    Scenario {
        id: "000_08_ipc_queue",
        group: Group::Queues,
        title: w("Two children talk through a queue", "两个子进程通过队列通信"),
        note: w(
            "A producer child puts a message and a consumer child gets and prints it; the main only makes the queue. The timeline draws an arrow from the put to the get.",
            "生产者子进程 put 一条消息，消费者子进程 get 并打印；主进程只负责创建队列。时间线上有一条从 put 指向 get 的箭头。",
        ),
        program: seed!("000_08_ipc_queue"),
        ..BASE
    },
    Scenario {
        id: "001_08_queue_car_sentinel",
        group: Group::Queues,
        title: w("Two cars, 100 buyers, a None each", "两辆车，100 个买家，每人一个 None"),
        note: w(
            "Two producers put a car each; then 100 consumers start and the main puts one None per consumer, so every buyer gets a car or the signal to stop. 98 print no car, and every process ends.",
            "两个生产者各放一辆车；然后启动 100 个消费者，主进程给每个消费者放一个 None，于是每个买家要么拿到车，要么拿到结束信号。98 个打印 no car，所有进程都能结束。",
        ),
        program: seed!("001_08_queue_car_sentinel"),
        ..BASE
    },
    Scenario {
        id: "001_09_joinable_queue_product",
        group: Group::Queues,
        title: w("JoinableQueue: producers wait for task_done", "JoinableQueue：生产者等 task_done"),
        note: w(
            "Each producer's q.join() returns only when its product has been taken and marked task_done(). The 100 consumers are daemons: the 98 that got nothing are still blocked in get() when the main ends, and die with it.",
            "每个生产者的 q.join() 要等它的产品被取走并调用 task_done() 之后才返回。100 个消费者都是守护进程：没拿到产品的 98 个在主进程结束时仍阻塞在 get() 上，随主进程一起结束。",
        ),
        program: seed!("001_09_joinable_queue_product"),
        ..BASE
    },
    // ---- the bakery ----
    Scenario {
        id: "002_12_bakery_no_sentinel",
        group: Group::Bakery,
        title: w("The bakery without an end signal", "包子铺：没有结束信号"),
        note: w(
            "The consumer loops on q.get() forever: once the three 包子 are eaten it waits for a fourth that never comes, and the program cannot end. The engine reports the deadlock and who waits where. (The notes' odd indentation runs the code at module level.)",
            "消费者在 q.get() 上无限循环：三个包子吃完后，它一直等第四个，而第四个永远不会来，程序无法结束。引擎报告死锁，并指出谁在哪里等待。（讲义里奇怪的缩进让代码在模块顶层运行。）",
        ),
        program: seed!("002_12_bakery_no_sentinel"),
        ..BASE
    },
    Scenario {
        id: "002_13_bakery_sentinel",
        group: Group::Bakery,
        title: w("The bakery with a sentinel", "包子铺：用 None 作结束信号"),
        note: w(
            "After the producer is joined, the main puts None; the consumer stops when it gets it, so all ten 包子 are eaten and the program ends. Watch the 包子 travel through the queue in the objects panel.",
            "生产者 join 结束后，主进程放入一个 None；消费者取到它就退出，于是十个包子全被吃掉，程序正常结束。在对象面板里看包子如何经过队列。",
        ),
        program: seed!("002_13_bakery_sentinel"),
        ..BASE
    },
    Scenario {
        id: "002_14_bakery_sentinel_multi",
        group: Group::Bakery,
        title: w("Three bakers, two eaters, two Nones", "三个生产者，两个消费者，两个 None"),
        note: w(
            "Every consumer needs a None of its own: two consumers, two sentinels, and all 30 包子 are eaten. Delete one q.put(None) and run again: one consumer waits forever.",
            "每个消费者都需要一个自己的 None：两个消费者，两个结束信号，30 个包子全被吃掉。删掉一个 q.put(None) 再运行：会有一个消费者永远等下去。",
        ),
        program: seed!("002_14_bakery_sentinel_multi"),
        ..BASE
    },
    Scenario {
        id: "002_15_joinable_queue_bakery",
        group: Group::Bakery,
        title: w("JoinableQueue: the recommended bakery", "JoinableQueue：推荐的写法"),
        note: w(
            "Producers q.join() until every 包子 they put has been task_done(); the consumers are daemons, so once the producers are done the main ends and the consumers die with it. No sentinel needed.",
            "生产者 q.join() 一直等到放进去的每个包子都被 task_done()；消费者是守护进程，生产者结束后主进程结束，消费者随之结束。不需要结束信号。",
        ),
        program: seed!("002_15_joinable_queue_bakery"),
        ..BASE
    },
    Scenario {
        id: "bakery_check_then_get",
        group: Group::Bakery,
        title: w("Look, then take: a bakery that can hang", "先看再拿：可能卡死的包子铺"),
        note: w(
            "Two customers each ask q.empty() before q.get(). Run it and 小明 eats all three 包子 within one time slice. But a switch between the look and the take lets the other customer eat the last one, and get() then waits for a 包子 nobody will bake. Ask \u{201c}Can it break?\u{201d}, or be the scheduler and make the bakery hang.",
            "两个顾客都先问 q.empty()，再 q.get()。直接运行时，小明在一个时间片内吃完三个包子。但如果在“看”和“拿”之间切换，另一个顾客可能吃掉最后一个，get() 就会一直等一个没人会做的包子。点“能出错吗？”搜索，或者自己当调度器，让包子铺卡死。",
        ),
        program: include_str!("../../benches/explore/bakery_check_then_get.py"),
        checks: Some("exit == 0\ncount stdout 吃了 == 3\nstdout contains 打烊"),
        challenge: Some(Challenge {
            goal: w(
                "Make the bakery hang: a customer must see a 包子 left, then find the queue empty when it takes.",
                "让包子铺卡死：一个顾客看到还有包子，等它去拿时队列已经空了。",
            ),
            check: Goal::Deadlock,
        }),
        ..BASE
    },
    // ---- pipes ----
    Scenario {
        id: "001_10_pipe_poem",
        group: Group::Pipes,
        title: w("A pipe that never reaches EOF", "永远等不到 EOF 的管道"),
        note: w(
            "The sender sends the lines of po.txt through a Pipe and closes its end, but the printer, a forked child, still holds a copy of that end, so its recv() never gets EOFError and the program hangs. The engine's report names who still holds the pipe open.",
            "发送者通过 Pipe 发送 po.txt 的每一行，然后关闭自己的一端；但打印进程是 fork 出来的，手里还有一份这一端的副本，所以它的 recv() 永远等不到 EOFError，程序卡住。引擎的报告会指出谁还开着管道。",
        ),
        program: seed!("001_10_pipe_poem"),
        files: &[side!("001_10_pipe_poem", "po.txt")],
        ..BASE
    },
    // ---- threads versus processes ----
    Scenario {
        id: "002_16_thread_start",
        group: Group::Threads,
        title: w("Starting a thread", "开启线程"),
        note: w(
            "A Thread starts almost at once, with no new process: egon piaoing comes before 主线程. The process ends only after the thread has finished; on the timeline the thread is a second lane of the same process.",
            "线程几乎立即启动，不需要新的进程：egon piaoing 先于“主线程”打印。线程结束后进程才退出；时间线上线程是同一个进程里的第二条泳道。",
        ),
        program: seed!("002_16_thread_start"),
        ..BASE
    },
    Scenario {
        id: "002_17_thread_vs_process",
        group: Group::Threads,
        title: w("piao in a thread", "piao：线程版本"),
        note: w(
            "The thread's first line usually comes before the main's 主线程: starting a thread is cheap. The next entry runs the same function in a process.",
            "线程的第一行通常先于主线程的“主线程”打印：开线程的开销很小。下一个例子把同一个函数放在进程里运行。",
        ),
        program: seed!("002_17_thread_vs_process"),
        ..BASE
    },
    Scenario {
        id: "002_18_process_piao",
        group: Group::Threads,
        title: w("piao in a process", "piao：进程版本"),
        note: w(
            "Starting a process costs more: the main's 主线程 comes first, then 进程 piaoing. The fork arrow on the timeline shows the new process appear.",
            "开进程的开销更大：主线程的“主线程”先打印，然后才是“进程 piaoing”。时间线上的 fork 箭头显示新进程的出现。",
        ),
        program: seed!("002_18_process_piao"),
        ..BASE
    },
    Scenario {
        id: "002_19_thread_shared_memory",
        group: Group::Threads,
        title: w("Threads share memory", "线程共享内存"),
        note: w(
            "The thread sets the global n to 0 and the main thread sees it: 主线程 0. The threads of a process share its address space.",
            "线程把全局变量 n 改成 0，主线程能看到：主线程 0。同一进程内的线程共享进程的地址空间。",
        ),
        program: seed!("002_19_thread_shared_memory"),
        ..BASE
    },
    Scenario {
        id: "002_20_process_isolated_memory",
        group: Group::Threads,
        title: w("Processes do not share memory", "进程不共享内存"),
        note: w(
            "A child process sets n = 0 in its own copy, so the main still sees 主进程 100; then a thread sets it in the main's memory and the main sees 主线程 0.",
            "子进程把 n 改成 0，改的是自己的那份拷贝，所以主进程看到的仍是“主进程 100”；随后线程在主进程的内存里修改它，主进程看到“主线程 0”。",
        ),
        program: seed!("002_20_process_isolated_memory"),
        ..BASE
    },
    Scenario {
        id: "two_workers",
        group: Group::Threads,
        title: w("Two workers, two locks, opposite orders", "两个线程，两把锁，顺序相反"),
        note: w(
            "One thread takes lock a then b, the other b then a, each calling work() in between (a call is where CPython may switch threads). Run it and both finish; but a switch inside work() leaves each holding the lock the other waits for. Ask \u{201c}Can it break?\u{201d}, or be the scheduler and deadlock them yourself.",
            "一个线程先拿锁 a 再拿 b，另一个先 b 后 a，两次加锁之间都调用 work()（函数调用处 CPython 可能切换线程）。直接运行两个都能完成；但若在 work() 里切换，两个线程各自拿着对方等待的锁。点“能出错吗？”搜索，或者自己当调度器，让它们死锁。",
        ),
        program: include_str!("../../benches/explore/two_locks.py"),
        checks: Some("exit == 0\nstdout contains one has both\nstdout contains two has both"),
        challenge: Some(Challenge {
            goal: w("Deadlock the two workers: each must hold one lock and wait for the other.", "让两个线程死锁：各自拿着一把锁，等待另一把。"),
            check: Goal::Deadlock,
        }),
        ..BASE
    },
    // ---- the thread race ----
    Scenario {
        id: "002_23_thread_race_nolock",
        group: Group::ThreadRace,
        title: w("100 threads, no lock: n is 99", "100 个线程不加锁：n 是 99"),
        note: w(
            "Each thread reads n, sleeps 0.5 s, then writes n - 1. All hundred read 100 before any of them writes, so the result is n:99, not 0: 99 updates are lost. (getName() also prints a DeprecationWarning.)",
            "每个线程读出 n，睡 0.5 秒，再写回 n - 1。一百个线程都在任何写入之前读到了 100，结果是 n:99 而不是 0：丢失了 99 次更新。（getName() 还会打印一条 DeprecationWarning。）",
        ),
        program: seed!("002_23_thread_race_nolock"),
        ..BASE
    },
    Scenario {
        id: "002_24_thread_lock",
        group: Group::ThreadRace,
        title: w("The same with a lock: n is 0", "加锁之后：n 是 0"),
        note: w(
            "The lock makes read, sleep, write one step per thread, so all hundred decrements count and n ends at 0. The price: the threads take turns, and the run lasts about 53 s of virtual time.",
            "锁让“读、睡、写”对每个线程成为一个整体，一百次减一全部生效，n 最终为 0。代价是线程只能轮流执行，运行约 53 秒（虚拟时间）。",
        ),
        program: seed!("002_24_thread_lock"),
        ..BASE
    },
    // ---- pools ----
    Scenario {
        id: "002_25_process_pool_executor",
        group: Group::Pools,
        title: w("ProcessPoolExecutor(4)", "进程池 ProcessPoolExecutor(4)"),
        note: w(
            "Ten tasks, four worker processes: a worker takes the next task when it is free, so only four pids ever appear. There is no shutdown(), but the interpreter waits for the pool at exit.",
            "十个任务，四个工作进程：哪个进程空闲了就接下一个任务，所以只会出现四个 pid。程序没有调用 shutdown()，但解释器退出时会等待进程池。",
        ),
        program: seed!("002_25_process_pool_executor"),
        ..BASE
    },
    Scenario {
        id: "002_26_thread_pool_executor",
        group: Group::Pools,
        title: w("ThreadPoolExecutor(4)", "线程池 ThreadPoolExecutor(4)"),
        note: w(
            "Ten tasks on four threads of one process, so every line prints the same pid. shutdown(wait=True) waits for all of them, so 主进程 comes last.",
            "十个任务在同一个进程的四个线程上运行，所以每行打印的 pid 都相同。shutdown(wait=True) 会等它们全部完成，所以“主进程”最后打印。",
        ),
        program: seed!("002_26_thread_pool_executor"),
        ..BASE
    },
    // ---- the socket chat ----
    Scenario {
        id: "004_04_socket_client",
        group: Group::Sockets,
        title: w("The chat client alone", "单独运行聊天客户端"),
        note: w(
            "The client connects to 127.0.0.1:8080, but no server listens there in this program: ConnectionRefusedError. The lines it would send are its stdin, in the Files tab; the last entry runs it with its server.",
            "客户端连接 127.0.0.1:8080，但这个程序里没有服务器在监听：ConnectionRefusedError。它要发送的内容是 stdin，在“文件”标签页里；最后一个例子把它和服务器放在一起运行。",
        ),
        program: seed!("004_04_socket_client"),
        stdin: stdin!("004_04_socket_client"),
        ..BASE
    },
    Scenario {
        id: "004_05_socket_server",
        group: Group::Sockets,
        title: w("The chat server alone", "单独运行聊天服务器"),
        note: w(
            "A server that starts a process per connection. Alone, it waits in accept() for a client that never comes, and the engine reports it blocked. (The notes do not show this server; it is the standard one the client talks to.)",
            "为每个连接开一个进程的服务器。单独运行时，它在 accept() 里等一个永远不会来的客户端，引擎报告它阻塞了。（讲义没有给出这段服务器代码，这是客户端对应的标准写法。）",
        ),
        program: seed!("004_05_socket_server"),
        ..BASE
    },
    Scenario {
        id: "004_06_socket_chat_combined",
        group: Group::Sockets,
        title: w("Server and client together", "服务器和客户端一起运行"),
        note: w(
            "The server accepts in a daemon thread and starts a talk process per connection; the client sends each line of its stdin and prints the upper-cased echo. When the input runs out, input() raises EOFError, as the client is written.",
            "服务器在守护线程里 accept，并为每个连接开一个 talk 进程；客户端把 stdin 的每一行发过去，打印转成大写的回声。输入读完后 input() 抛出 EOFError，客户端本来就是这么写的。",
        ),
        program: seed!("004_06_socket_chat_combined"),
        stdin: stdin!("004_06_socket_chat_combined"),
        ..BASE
    },
    // ---- asyncio: the same lessons with coroutines on one thread ----
    Scenario {
        id: "asyncio_ticket_sale",
        group: Group::Asyncio,
        title: w("The ticket sale with coroutines", "协程版抢票"),
        note: w(
            "One thread, four coroutines: each checks the stock, awaits (the network), then buys. An await is where the loop switches, so without a lock every buyer saw the last ticket; asyncio.Lock around check-and-buy lets one through. Synchronous code between awaits is never interrupted. Each task is a lane under the main thread; step through the run to watch the event loop's ready queue beside it.",
            "一个线程，四个协程：每个先查余票，await（等网络），再买。await 是事件循环切换的地方，所以没有锁时每个人都看到还剩最后一张；用 asyncio.Lock 包住“查询并购买”，就只有一个人能买到。两个 await 之间的同步代码不会被打断。每个任务是主线程下的一条泳道；单步执行，旁边能看到事件循环的就绪队列。",
        ),
        program: include_str!("../../tests/scenarios/concurrency/asyncio_ticket_sale.py"),
        checks: Some("exit == 0\ncount stdout 买票成功 == 5\nstdout contains 有锁，剩余 0 张"),
        ..BASE
    },
    Scenario {
        id: "asyncio_bakery",
        group: Group::Asyncio,
        title: w("The bakery with coroutines", "协程版包子铺"),
        note: w(
            "Producers and consumers as tasks sharing an asyncio.Queue(maxsize=3): put() waits when the queue is full, get() when it is empty, and one None per consumer ends it. Everything runs on the main thread: non-blocking waits, not processes. Each task's lane says what it awaits; the event loop's card shows which task runs next.",
            "生产者和消费者都是任务，共用一个 asyncio.Queue(maxsize=3)：队列满时 put() 等待，空时 get() 等待，每个消费者一个 None 让它结束。全部都在主线程上运行：是非阻塞的等待，不是进程。每个任务的泳道写着它在等什么；事件循环的卡片显示下一个运行哪个任务。",
        ),
        program: include_str!("../../tests/scenarios/concurrency/asyncio_bakery_sentinel.py"),
        checks: Some("exit == 0\ncount stdout 吃了 == 9\nstdout contains 主协程结束"),
        ..BASE
    },
];
