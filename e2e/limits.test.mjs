// Hostile programs in the page: a memory bomb and a process bomb end in CPython's
// error, shown in the console, and the page answers all along.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { openSite, setProgram as setProgramIn, shot } from "./site.mjs";

let page, pageErrors, close;
const $ = (id) => page.locator(`[data-testid=${id}]`);

const setProgram = (text) => setProgramIn(page, text);

/// The page answers while the worker runs: the language toggle relabels Run at once.
async function assertResponsive() {
  const started = Date.now();
  const label = await $("run").innerText();
  await $("lang").click();
  assert.notEqual(await $("run").innerText(), label);
  await $("lang").click();
  assert.ok(Date.now() - started < 1000, `the page took ${Date.now() - started} ms to answer`);
}

async function runToEnd(program) {
  await setProgram(program);
  await $("speed").selectOption({ label: "max" });
  await $("run").click();
  await page.waitForTimeout(300);
  await assertResponsive();
  await $("exit").waitFor({ timeout: 60000 });
  return { console: await $("console").innerText(), exit: await $("exit").innerText() };
}

before(async () => {
  ({ page, pageErrors, close } = await openSite());
});

after(async () => {
  await close?.();
});

test("a string that doubles without end ends in MemoryError", async () => {
  const { console, exit } = await runToEnd("s = 'x'\nwhile True:\n    s += s\n");
  assert.match(console, /Traceback \(most recent call last\):[\s\S]*line 3, in <module>[\s\S]*MemoryError/);
  assert.match(exit, / 1$/);
  await assertResponsive();
  await shot(page, "limits-memory");
});

// While a thousand processes start, the page takes the worker's batches a few times a
// second and asks for the snapshot of a thousand processes at most five times a second.
test("a process bomb ends in BlockingIOError once the machine's processes are used up", async () => {
  const { console, exit } = await runToEnd(
    "from multiprocessing import Process\nimport time\ndef f():\n    time.sleep(1)\n" +
      "if __name__ == '__main__':\n    while True:\n        Process(target=f).start()\n",
  );
  assert.match(console, /BlockingIOError: \[Errno 11\] Resource temporarily unavailable/);
  assert.match(exit, / 1$/);
  await assertResponsive();
  // The next run starts on a fresh machine.
  await setProgram("print('after')\n");
  await $("run").click();
  await page.locator("[data-testid=exit]", { hasText: "0" }).waitFor({ timeout: 10000 });
  assert.equal((await $("stdout").innerText()).trim(), "after");
  assert.deepEqual(pageErrors, [], "the page raised no errors");
});
