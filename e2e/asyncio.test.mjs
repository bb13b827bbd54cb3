// asyncio on the page: each task is a lane under its loop's thread, and the objects
// panel shows the loop at the cursor: the ready queue in the order the loop will step
// it, and what each suspended task awaits. The loop's own self-pipe is not shown.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { openSite, setProgram, shot } from "./site.mjs";

let page, pageErrors, close;
const $ = (id) => page.locator(`[data-testid=${id}]`);

before(async () => ({ page, pageErrors, close } = await openSite()));
after(async () => close());

const PROGRAM = `import asyncio

async def worker(name, q):
    item = await q.get()
    print(name, 'got', item)

async def main():
    q = asyncio.Queue()
    tasks = [asyncio.create_task(worker(n, q)) for n in ('a', 'b', 'c')]
    await asyncio.sleep(0.5)
    for i in range(3):
        q.put_nowait(i)
    await asyncio.gather(*tasks)

asyncio.run(main())
`;

test("an event loop shows its ready queue and what each task awaits", async () => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await setProgram(page, PROGRAM);
  await $("speed").selectOption({ label: "max" });
  await $("run").click();
  await $("exit").waitFor({ timeout: 30000 });
  assert.equal((await $("stdout").innerText()).trim(), "a got 0\nb got 1\nc got 2");
  await $("scrubber").fill("0");
  const readyChips = page.locator("[data-testid=ready-queue] .task");
  // Step until main has made the three workers and awaits: they wait their first step in order.
  let steps = 0;
  while ((await readyChips.count()) < 3 && steps < 200) {
    await $("step").click();
    steps += 1;
  }
  assert.deepEqual(await readyChips.allInnerTexts(), ["Task-2", "Task-3", "Task-4"]);
  // Later every worker awaits the empty queue and main sleeps: nothing is ready.
  const awaiting = async () => ((await $("awaiting").count()) ? $("awaiting").innerText() : "");
  while (!(await awaiting()).includes("Queue.get()") && steps < 400) {
    await $("step").click();
    steps += 1;
  }
  while ((await readyChips.count()) > 0 && steps < 400) {
    await $("step").click();
    steps += 1;
  }
  const loop = await $("event-loop").innerText();
  assert.match(loop, /Task-1\s*sleep\(0\.5\)/, loop);
  assert.match(loop, /Task-2\s*Queue\.get\(\)/, loop);
  // The loop's self-pipe is the loop's, not one of the program's objects.
  assert.equal(await $("objects").locator(".object").count(), 1);
  await shot(page, "asyncio-loop");
  // Halfway through main's sleep the loop's thread waits in select: for the loop's next timer.
  await $("scrubber").fill(String(Math.floor(Number(await $("scrubber").getAttribute("max")) / 2)));
  await page.waitForTimeout(300);
  assert.match(await $("ps").innerText(), /waits for the next timer or I\/O \(the event loop\)/);
  assert.match(await $("event-loop").innerText(), /no task ready/);
  // The editor marks where each suspended task waits: the workers in q.get() (line 4),
  // main in its sleep (line 10).
  const labels = await page.locator(".cm-thread-label").allInnerTexts();
  for (const [task, line] of [["Task-1", 10], ["Task-2", 4], ["Task-3", 4], ["Task-4", 4]]) {
    const mark = page.locator(".cm-line", { has: page.locator(".cm-thread-label", { hasText: new RegExp(`^${task} `) }) });
    assert.equal(await mark.count(), 1, `${task} is marked once: ${labels}`);
    const lines = await page.locator(".cm-line").allInnerTexts();
    assert.equal(lines.indexOf(await mark.innerText()) + 1, line, `${task} at line ${line}`);
  }
  assert.deepEqual(pageErrors, [], "the page raised no errors");
});
