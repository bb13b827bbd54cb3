// Nothing a student types is lost: the program comes back after a reload and
// after a link that did not open; a browser that cannot keep it says so, and
// the page works on.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveDir } from "./serve.mjs";
import { launch } from "./browser.mjs";
import { root, setProgram, shot } from "./site.mjs";
import { join } from "node:path";

let site;

before(async () => {
  site = await serveDir(join(root, "dist"));
});

after(async () => {
  await site?.close();
});

async function open(context, url, init) {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e));
  if (init) await page.addInitScript(init);
  await page.goto(url);
  await page.locator("[data-testid=editor] .cm-content").waitFor();
  return { page, errors, $: (id) => page.locator(`[data-testid=${id}]`) };
}

const editorText = (page) => page.locator("[data-testid=editor] .cm-content").innerText();

test("the program comes back after a reload, a bad link and a closed tab", async () => {
  const context = await launch();
  const { page, errors, $ } = await open(context, site.url);
  await setProgram(page, "print('kept across reloads')\n");
  await page.waitForFunction(() => (localStorage.getItem("interleave.yours") || "").includes("kept across reloads"));
  await page.reload();
  await page.locator("[data-testid=editor] .cm-content").waitFor();
  await page.waitForFunction(() => document.querySelector("[data-testid=editor] .cm-content")?.innerText.includes("kept across reloads"));
  // A link that does not open leaves it where it was, and so does the reload after.
  await page.goto(site.url + "#run=1.garbled");
  await $("notice").waitFor();
  assert.match(await editorText(page), /kept across reloads/);
  await page.close();
  // A tab closed mid-run, then a new one.
  const again = await open(context, site.url);
  await again.page.waitForFunction(() => document.querySelector("[data-testid=editor] .cm-content")?.innerText.includes("kept across reloads"));
  // A gallery entry opened and left open: the next visit shows it, the program one click away.
  await again.$("gallery").click();
  await again.page.locator('[data-testid=scenario][data-scenario="002_13_bakery_sentinel"]').click();
  await again.page.reload();
  await again.page.waitForFunction(() => document.querySelector("[data-testid=editor] .cm-content")?.innerText.includes("q.put(None)"));
  await again.$("gallery").click();
  await again.page.locator('[data-testid=scenario][data-scenario="yours"]').click();
  assert.match(await editorText(again.page), /kept across reloads/);
  assert.deepEqual([...errors, ...again.errors], []);
  await context.close();
});

test("storage that is disabled or full gives a warning, and the page works on", async () => {
  const blocked = () => {
    Object.defineProperty(window, "localStorage", { get() { throw new DOMException("The operation is insecure.", "SecurityError"); } });
  };
  const full = () => {
    Storage.prototype.setItem = function () { throw new DOMException("The quota has been exceeded.", "QuotaExceededError"); };
  };
  for (const [kind, init, words] of [["disabled", blocked, /disabled/], ["full", full, /full/]]) {
    const context = await launch();
    const { page, errors, $ } = await open(context, site.url, init);
    await setProgram(page, "print('still runs')\n");
    await $("storage-warning").waitFor();
    assert.match(await $("storage-warning").innerText(), words);
    await shot(page, `storage-${kind}`);
    await $("run").click();
    await page.waitForFunction(() => document.querySelector("[data-testid=console]")?.innerText.includes("still runs"), null, { timeout: 30000 });
    await $("storage-warning").locator("button").click();
    assert.equal(await $("storage-warning").count(), 0, "the warning closes");
    assert.deepEqual(errors, [], `no error with storage ${kind}`);
    await context.close();
  }
});
