students = [('小明', 88, '北京'), ('小红', 95, '上海'), ('小刚', 72, '广州')]
print('学生成绩单'.center(20, '='))
for name, score, city in students:
    level = '优秀' if score >= 90 else '良好' if score >= 80 else '及格'
    print(f'姓名: {name}\t分数: {score:>3}\t城市: {city}\t等级: {level}')
avg = sum(s for _, s, _ in students) / len(students)
print(f'平均分: {avg:.2f}')
best = max(students, key=lambda s: s[1])
print(f'最高分: {best[0]} ({best[1]}分)')
print(f'{"结束":-^20}')
msg = '进程' + str(1) + '号' + '启动'
print(msg, len(msg), msg[::-1], msg.replace('启动', '结束'))
print('%s 的分数是 %d' % ('小明', 88), '{}来自{}'.format('小红', '上海'))
