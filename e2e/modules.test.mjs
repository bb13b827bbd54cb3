// A program with a module of its own: a thread inside the module is shown at the
// module's line (the process table names the file), and the editor, which holds
// main.py, marks only the threads that are in it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { openSite, setProgram, shot } from "./site.mjs";

let page, pageErrors, close;
const $ = (id) => page.locator(`[data-testid=${id}]`);

before(async () => ({ page, pageErrors, close } = await openSite()));
after(async () => close());

test("a thread inside the program's own module is shown at the module's line", async () => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await setProgram(page, "import threading\nimport stats\n\nt = threading.Thread(target=stats.slow_mean, args=([1, 2, 3],))\nt.start()\nprint('main waits')\nt.join()\nprint('done')\n");
  await $("files-tab").click();
  await $("add-file").click();
  const name = $("files").locator(".file-name").last();
  await name.fill("stats.py");
  await name.press("Enter");
  await $("files").locator("[data-file='stats.py'] textarea").fill("import time\n\ndef slow_mean(values):\n    time.sleep(30)\n    return sum(values) / len(values)\n");
  await $("run").click();
  // The worker thread sleeps inside stats.slow_mean for 30 s of the run.
  await page.waitForFunction(() => document.querySelector("[data-testid=ps]")?.innerText.includes("stats.py:4"), null, { timeout: 20000 });
  await $("pause").click();
  const where = await $("ps").innerText();
  assert.match(where, /t2 slow_mean stats\.py:4/, where);
  assert.match(where, /t1 <module>:7/, where);
  // The editor marks main.py's thread only (line 7), not a main.py line for t2.
  const marks = await page.locator("[data-testid=editor] .cm-thread-label").allInnerTexts();
  assert.ok(marks.some((m) => m.includes("t1")), `marks: ${marks}`);
  assert.ok(!marks.some((m) => m.includes("t2")), `marks: ${marks}`);
  await shot(page, "module-place");
  assert.deepEqual(pageErrors, [], "the page raised no errors");
});
