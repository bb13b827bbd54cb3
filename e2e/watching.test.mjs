// Watching a run closely: Step line, the state diagram, the objects' motion, the
// console's input line, an error's line in the editor, the theme, and a crowded
// timeline folded. The built site in a real browser; screenshots to e2e/artifacts.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { openSite, setProgram as setProgramIn, shot as shotOf } from "./site.mjs";

let page, pageErrors, close;

const $ = (id) => page.locator(`[data-testid=${id}]`);
const setProgram = (text) => setProgramIn(page, text);
const shot = (name) => shotOf(page, name);

/// The editor's marked lines: { line number: label }.
async function editorMarks(kind) {
  return page.evaluate((kind) => {
    const marks = {};
    const lines = [...document.querySelectorAll("[data-testid=editor] .cm-line")];
    const gutter = [...document.querySelectorAll("[data-testid=editor] .cm-lineNumbers .cm-gutterElement")].filter((e) => e.textContent);
    lines.forEach((line, i) => {
      if (!line.classList.contains(kind === "error" ? "cm-error-line" : "cm-thread-line")) return;
      const label = line.querySelector(kind === "error" ? ".cm-error-label" : ".cm-thread-label");
      // The line's number: its place among the lines the editor drew (the programs here are short).
      marks[i + 1] = label ? label.textContent : "";
    });
    return marks;
  }, kind);
}

before(async () => {
  ({ page, pageErrors, close } = await openSite());
  await $("speed").selectOption({ label: "max" });
});

after(async () => {
  await close?.();
});

test("Step line walks a thread through the program a line at a time", async () => {
  await setProgram("total = 0\nfor i in range(3):\n    total += i\nprint(total)\n");
  await $("run").click();
  await $("exit").waitFor({ timeout: 20000 });
  await $("restart").click();
  await page.waitForTimeout(300);
  const lines = [];
  for (let i = 0; i < 6; i++) {
    await $("step-line").click();
    await page.waitForTimeout(250);
    lines.push(Object.keys(await editorMarks("thread")).map(Number)[0]);
  }
  // The loop's lines, in the order the thread runs them.
  assert.deepEqual(lines.slice(0, 5), [2, 3, 2, 3, 2], `lines stepped: ${lines}`);
  // The key does the same.
  await page.keyboard.press("F11");
  await page.waitForTimeout(250);
  assert.ok(Object.keys(await editorMarks("thread")).length > 0);
  await shot("watching-step-line");
});

test("the state diagram counts the processes and lights the arrows taken", async () => {
  await page.locator("[data-testid=gallery]").click();
  await page.locator('[data-scenario="002_13_bakery_sentinel"]').click();
  await $("speed").selectOption({ label: "max" });
  await $("run").click();
  await $("exit").waitFor({ timeout: 20000 });
  await $("restart").click();
  let lit = 0;
  for (let i = 0; i < 25; i++) {
    await $("step").click();
    await page.waitForTimeout(120);
    lit += await page.locator("[data-testid=state-diagram] .edge.lit").count();
  }
  assert.ok(lit > 0, "stepping forward lights the arrows processes take");
  const label = await page.locator("[data-testid=state-diagram] svg").getAttribute("aria-label");
  assert.match(label, /running \d.*blocked \d/, label);
  await shot("watching-states");
  // At the end every process has exited: all counts are zero but the parent's.
  await $("scrubber").fill(await $("scrubber").getAttribute("max"));
  await page.waitForTimeout(300);
  const counts = await page.locator("[data-testid=state-diagram] .node .count").allTextContents();
  assert.ok(counts.map(Number).reduce((a, b) => a + b, 0) <= 1, `counts at the end: ${counts}`);
});

test("input() waits for the console's input line, and the run goes on with the typed line", async () => {
  await setProgram("name = input('name? ')\nprint('hello', name)\nwhile True:\n    line = input()\n    print('got', line)\n");
  await $("run").click();
  const input = $("console-input");
  await input.waitFor({ timeout: 20000 });
  await input.fill("Ann");
  await input.press("Enter");
  await page.locator("[data-testid=stdout]", { hasText: "hello Ann" }).waitFor({ timeout: 5000 });
  // What was typed shows where it was typed, after the prompt.
  assert.match(await $("stdout").innerText(), /name\? Ann\s*hello Ann/);
  await input.fill("one");
  await input.press("Enter");
  await page.locator("[data-testid=stdout]", { hasText: "got one" }).waitFor({ timeout: 5000 });
  await shot("watching-input");
  // The end of input: EOFError, as on a terminal after Ctrl+D.
  await input.press("Control+d");
  await $("exit").waitFor({ timeout: 5000 });
  assert.match(await $("console").innerText(), /EOFError: EOF when reading a line/);
  // Going back over the typed lines replays them without asking again.
  await $("restart").click();
  await $("scrubber").fill(await $("scrubber").getAttribute("max"));
  await page.waitForTimeout(300);
  assert.equal(await input.count(), 0);
  assert.match(await $("stdout").innerText(), /got one/);
});

test("a SyntaxError and an uncaught exception mark their lines in the editor", async () => {
  await setProgram("print('a')\nprint('b'\n");
  await $("run").click();
  await $("exit").waitFor({ timeout: 20000 });
  await page.waitForTimeout(200);
  const marks = await editorMarks("error");
  assert.deepEqual(Object.keys(marks), ["2"], JSON.stringify(marks));
  assert.match(marks[2], /SyntaxError/);
  await shot("watching-syntax-error");
  await setProgram("def f(x):\n    return 1 / x\n\nprint(f(2))\nprint(f(0))\n");
  await $("run").click();
  await $("exit").waitFor({ timeout: 20000 });
  await page.waitForTimeout(200);
  const raised = await editorMarks("error");
  assert.deepEqual(Object.keys(raised), ["2"]);
  assert.match(raised[2], /ZeroDivisionError: division by zero/);
  // Back before the error, the mark goes.
  await $("restart").click();
  await page.waitForTimeout(200);
  assert.deepEqual(await editorMarks("error"), {});
});

test("a \\N{...} escape fetches the character names the first time one is used", async () => {
  const fetched = [];
  page.on("request", (request) => request.url().includes("unicode/names.txt") && fetched.push(request.url()));
  await setProgram("print('\\N{SNOWMAN}', '\\N{latin small letter a}', '\\N{CJK UNIFIED IDEOGRAPH-4E2D}')\n");
  await $("run").click();
  await $("exit").waitFor({ timeout: 20000 });
  assert.equal((await $("stdout").innerText()).trim(), "☃ a 中");
  assert.equal(fetched.length, 1, "fetched once, for the first name");
  await setProgram("print('\\N{no such name}')\n");
  await $("run").click();
  await $("exit").waitFor({ timeout: 20000 });
  assert.match(await $("console").innerText(), /SyntaxError: \(unicode error\) 'unicodeescape' codec can't decode bytes in position 0-15: unknown Unicode character name/);
});

test("the theme toggles, and the choice survives a reload", async () => {
  const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
  const first = await theme();
  await $("theme").click();
  const second = await theme();
  assert.notEqual(second, first);
  assert.equal(await $("theme").getAttribute("aria-pressed"), String(second === "dark"));
  await page.reload();
  await page.locator("[data-testid=editor] .cm-content").waitFor();
  assert.equal(await theme(), second);
  await shot(`watching-theme-${second}`);
  await $("theme").click();
  assert.equal(await theme(), first);
});

test("a run is exported as a Chrome trace, the console, its schedule and the timeline", async () => {
  await page.locator("[data-testid=gallery]").click();
  await page.locator('[data-scenario="002_13_bakery_sentinel"]').click();
  await $("speed").selectOption({ label: "max" });
  await $("run").click();
  await $("exit").waitFor({ timeout: 20000 });
  const fetch = async (id) => {
    await page.locator("[data-testid=export] summary").click();
    const [download] = await Promise.all([page.waitForEvent("download"), $(id).click()]);
    return { name: download.suggestedFilename(), body: await readFile(await download.path()) };
  };
  const trace = await fetch("export-trace");
  assert.match(trace.name, /\.trace\.json$/);
  const events = JSON.parse(trace.body.toString()).traceEvents;
  assert.ok(events.some((e) => e.ph === "M" && e.name === "thread_name"), "lanes are named");
  assert.ok(events.some((e) => e.ph === "s" && e.name === "queue item"), "queue items are flows");
  assert.ok(events.some((e) => e.ph === "X" && e.name === "run"), "slices");
  const console_ = await fetch("export-console");
  assert.match(console_.body.toString(), /Process finished with exit code 0\n$/);
  const schedule = JSON.parse((await fetch("export-schedule")).body.toString());
  assert.equal(typeof schedule.program, "string");
  assert.ok(Array.isArray(schedule.decisions));
  const png = await fetch("export-png");
  assert.deepEqual([...png.body.subarray(1, 4)].map((b) => String.fromCharCode(b)).join(""), "PNG");
});

test("a thousand processes fold into a row that unfolds", async () => {
  await setProgram([
    "from multiprocessing import Process",
    "def buy(i):",
    "    pass",
    "if __name__ == '__main__':",
    "    ps = [Process(target=buy, args=(i,)) for i in range(300)]",
    "    for p in ps: p.start()",
    "    for p in ps: p.join()",
    "    print('done')",
    "",
  ].join("\n"));
  await $("speed").selectOption({ label: "max" });
  await $("run").click();
  await $("exit").waitFor({ timeout: 60000 });
  const canvas = $("timeline");
  assert.equal(await canvas.getAttribute("data-lanes"), "301");
  const box = await canvas.boundingBox();
  // The parent's row (the first under the axis) is folded: a click on its mark unfolds it.
  const first = { x: 9, y: 20 + 11 };
  await canvas.hover({ position: first });
  await page.locator(".timeline-tip", { hasText: "unfold the 300 lanes" }).waitFor({ timeout: 3000 });
  await canvas.click({ position: first });
  await canvas.hover({ position: first });
  await page.locator(".timeline-tip", { hasText: "click to fold" }).waitFor({ timeout: 3000 });
  await shot("watching-unfolded");
  assert.ok(box.height > 100);
  assert.deepEqual(pageErrors, [], "the page raised no errors");
});
