// The app shell, as a user meets it: the built site in a real browser.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { openSite, root } from "./site.mjs";

let page, pageErrors, close;

before(async () => {
  ({ page, pageErrors, close } = await openSite());
});

after(async () => {
  await close?.();
});

test("the page names the product", async () => {
  assert.equal(await page.title(), "Interleave");
  assert.equal(await page.locator("h1").textContent(), "Interleave");
});

test("the editor is present and holds the default program", async () => {
  const text = await page.locator("[data-testid=editor] .cm-content").innerText();
  assert.match(text, /^from multiprocessing import Process, Lock/);
  assert.match(text, /def buy\(name\):/);
  assert.ok(await page.locator("[data-testid=editor] .cm-lineNumbers").isVisible(), "line numbers are shown");
});

test("the editor highlights Python", async () => {
  // Highlighted tokens are spans with generated classes inside the lines.
  const spans = await page.locator("[data-testid=editor] .cm-line span").count();
  assert.ok(spans > 10, `expected highlighted tokens, found ${spans}`);
});

test("the toggle switches the UI language and back", async () => {
  const run = page.locator("[data-testid=run]");
  const lang = page.locator("[data-testid=lang]");
  const first = await run.innerText();
  await lang.click();
  const second = await run.innerText();
  assert.notEqual(first, second);
  assert.deepEqual([first, second].sort(), ["▶ Run", "▶ 运行"]);
  assert.equal(await page.locator("html").getAttribute("lang"), second.includes("运行") ? "zh-CN" : "en");
  await lang.click();
  assert.equal(await run.innerText(), first);
});

test("the chosen language survives a reload", async () => {
  const lang = page.locator("[data-testid=lang]");
  await lang.click();
  const chosen = await page.locator("[data-testid=run]").innerText();
  await page.reload();
  await page.locator("[data-testid=editor] .cm-content").waitFor();
  assert.equal(await page.locator("[data-testid=run]").innerText(), chosen);
  await page.locator("[data-testid=lang]").click();
});

test("typing edits the program and Run shows an outcome", async () => {
  await page.locator("[data-testid=editor] .cm-content").click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type("\nprint('edited')");
  assert.match(await page.locator("[data-testid=editor] .cm-content").innerText(), /print\('edited'\)/);
  await page.locator("[data-testid=run]").click();
  await page.locator("[data-testid=exit]").waitFor();
  assert.match(await page.locator("[data-testid=exit]").innerText(), /\d+$/);
});

test("running the default program shows the ticket race", async () => {
  await page.reload();
  await page.locator("[data-testid=editor] .cm-content").waitFor();
  await page.locator("[data-testid=run]").click();
  await page.locator("[data-testid=exit]").waitFor();
  const stdout = await page.locator("[data-testid=stdout]").innerText();
  const sold = stdout.split("买票成功").length - 1;
  assert.ok(sold > 1, `without the lock more than one buyer gets the single ticket:\n${stdout}`);
  assert.match(await page.locator("[data-testid=exit]").innerText(), / 0$/);
});

test("screenshot of a run paused mid-way", async () => {
  // The course's bakery (three producers, two consumers, a queue between them),
  // paused where the queue holds bread: what the README shows.
  // UPDATE_SCREENSHOT=1 refreshes the README's picture; otherwise it goes to e2e/artifacts.
  await page.reload();
  await page.locator("[data-testid=editor] .cm-content").waitFor();
  await page.locator("[data-testid=gallery]").click();
  await page.locator('[data-scenario="002_14_bakery_sentinel_multi"]').click();
  await page.locator("[data-testid=speed]").selectOption({ label: "max" });
  await page.locator("[data-testid=run]").click();
  await page.locator("[data-testid=exit]").waitFor({ timeout: 20000 });
  await page.locator("[data-testid=restart]").click();
  // On to a moment where the queue holds something.
  for (let i = 0; i < 200; i++) {
    await page.locator("[data-testid=step]").click();
    if ((await page.locator("[data-testid=objects] .item").count()) >= 2) break;
  }
  await page.waitForTimeout(900);
  const path = process.env.UPDATE_SCREENSHOT ? join(root, "docs/screenshot.png") : join(root, "e2e/artifacts/page.png");
  await mkdir(dirname(path), { recursive: true });
  await page.screenshot({ path });
  assert.ok((await page.locator("[data-testid=objects] .item").count()) >= 1, "the queue holds bread");
  assert.deepEqual(pageErrors, [], "the page raised no errors");
});
