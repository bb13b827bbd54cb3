// The playground as a student uses it: run, step, go back, scrub, stop. The
// built site in a real browser; screenshots of each state go to e2e/artifacts.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { openSite, setProgram as setProgramIn, shot as shotOf } from "./site.mjs";

let page, pageErrors, close;

const $ = (id) => page.locator(`[data-testid=${id}]`);

const setProgram = (text) => setProgramIn(page, text);
const shot = (name) => shotOf(page, name);


/// What every panel shows now: to compare two visits to the same moment.
async function panels() {
  return {
    where: await $("where").innerText(),
    console: await $("console").innerText(),
    ps: await $("ps").innerText(),
    objects: await $("objects").innerText(),
    // The state diagram's counts (its lit arrows say how the moment was reached).
    states: await page.locator("[data-testid=state-diagram] .node .count").allTextContents(),
    // The timeline as drawn (its cursor line included).
    timeline: (await $("timeline").screenshot()).toString("base64"),
  };
}

before(async () => {
  ({ page, pageErrors, close } = await openSite());
});

after(async () => {
  await close?.();
});

test("the ticket race runs in the worker and oversells the ticket", async () => {
  await $("speed").selectOption({ label: "max" });
  await $("run").click();
  await $("exit").waitFor({ timeout: 20000 });
  const stdout = await $("stdout").innerText();
  assert.ok(stdout.split("买票成功").length - 1 > 1, `more than one buyer got the single ticket:\n${stdout}`);
  assert.match(await $("exit").innerText(), / 0$/);
  // The process table at the end: the parent and its four buyers, all exited.
  const rows = await page.locator("[data-testid=ps] tbody tr").count();
  assert.equal(rows, 5);
  await shot("playground-end");
});

test("stepping forward and back shows the same moment the same way", async () => {
  await $("restart").click();
  for (let i = 0; i < 8; i++) await $("step").click();
  await page.waitForTimeout(300); // the worker's snapshot
  const there = await panels();
  assert.match(there.ps, /running|ready|new|blocked/, "mid-run, something is still alive");
  await shot("playground-stepped");
  for (let i = 0; i < 5; i++) await $("step").click();
  await page.waitForTimeout(200);
  const later = await panels();
  assert.notDeepEqual(later, there, "five moments on, something changed");
  for (let i = 0; i < 5; i++) await $("step-back").click();
  await page.waitForTimeout(300);
  assert.deepEqual(await panels(), there);
  // The keyboard does the same: F10 on, Shift+F10 back.
  await page.keyboard.press("F10");
  await page.keyboard.press("Shift+F10");
  await page.waitForTimeout(300);
  assert.deepEqual(await panels(), there);
});

test("the scrubber moves the cursor to any moment", async () => {
  const scrubber = $("scrubber");
  const max = Number(await scrubber.getAttribute("max"));
  assert.ok(max > 0);
  await scrubber.fill(String(Math.floor(max / 2)));
  await page.waitForTimeout(300);
  const middle = await panels();
  await scrubber.fill(String(max));
  await page.waitForTimeout(300);
  assert.match(await $("where").innerText(), /end|结束/);
  await scrubber.fill(String(Math.floor(max / 2)));
  await page.waitForTimeout(300);
  assert.deepEqual(await panels(), middle);
});

test("an endless loop can be stopped and the page stays responsive", async () => {
  await setProgram("while True:\n    pass\n");
  await $("run").click();
  await page.waitForTimeout(800);
  assert.match(await $("where").innerText(), /running|运行中/);
  const started = Date.now();
  await $("stop").click();
  await $("exit").waitFor({ timeout: 2000 });
  const took = Date.now() - started;
  assert.ok(took < 1000, `stopped in ${took} ms`);
  assert.match(await $("exit").innerText(), /stopped|停止/);
  // Responsive: the language toggle answers at once.
  const before = await $("run").innerText();
  await $("lang").click();
  assert.notEqual(await $("run").innerText(), before);
  await $("lang").click();
  await shot("playground-stopped");
});

test("under spawn a program without the main guard fails in its child, as on Windows", async () => {
  await setProgram("from multiprocessing import Process\ndef f():\n    print('child')\np = Process(target=f)\np.start()\np.join()\nprint('parent')\n");
  await $("start-method").selectOption("spawn");
  await $("run").click();
  await $("exit").waitFor({ timeout: 20000 });
  assert.match(await $("console").innerText(), /RuntimeError:[\s\S]*bootstrapping phase/);
  await shot("playground-spawn");
  await $("start-method").selectOption("fork");
  await $("run").click();
  await page.locator("[data-testid=stdout]", { hasText: "child" }).waitFor({ timeout: 20000 });
});

test("a long built-in is stopped by replacing the worker, and the next run works", async () => {
  await setProgram("while True:\n    x = [0] * 10**7\n");
  await $("run").click();
  await page.waitForTimeout(800);
  const started = Date.now();
  await $("stop").click();
  await $("exit").waitFor({ timeout: 2000 });
  assert.ok(Date.now() - started < 1000);
  await setProgram("print('after')\n");
  await $("run").click();
  await page.locator("[data-testid=exit]", { hasText: "0" }).waitFor({ timeout: 10000 });
  assert.equal((await $("stdout").innerText()).trim(), "after");
  assert.deepEqual(pageErrors, [], "the page raised no errors");
});
