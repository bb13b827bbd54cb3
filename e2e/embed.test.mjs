// A course page with live runs: the sample page's two iframes run (one plays as
// it opens, one is read-only), the Share menu's snippet embeds the run as it
// is, and an embed's "Open in Interleave" opens the same program in full.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveDir } from "./serve.mjs";
import { launch } from "./browser.mjs";
import { root, setProgram, shot } from "./site.mjs";
import { join } from "node:path";

let site, context;

before(async () => {
  site = await serveDir(join(root, "dist"));
  context = await launch();
});

after(async () => {
  await context?.close();
  await site?.close();
});

/// The frame of the course page's iframe showing `example`, once its page is up.
async function frameOf(page, example) {
  const iframe = page.locator(`iframe[data-example="${example}"]`);
  await iframe.scrollIntoViewIfNeeded();
  const frame = await (await iframe.elementHandle()).contentFrame();
  await frame.locator("[data-testid=embed] [data-testid=editor] .cm-content").waitFor();
  await frame.locator("[data-engine=ready]").waitFor();
  return frame;
}

test("the sample course page runs both of its examples", async () => {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e));
  await page.goto(site.url + "course.html");
  const race = await frameOf(page, "ticket_race");
  // It plays as the page opens: output comes without a click, and the run ends.
  await race.locator("[data-testid=exit]").waitFor({ timeout: 60000 });
  assert.match(await race.locator("[data-testid=stdout]").innerText(), /\S/);
  assert.equal(await race.locator("[data-testid=gallery]").count(), 0, "no gallery in an embed");
  assert.equal(await race.locator("[data-testid=seed]").count(), 0, "no machine settings in an embed");
  assert.equal(await race.locator("[data-testid=timeline] canvas, canvas").count() > 0, true, "the timeline is drawn");
  await shot(page, "course-page");

  const bakery = await frameOf(page, "002_13_bakery_sentinel");
  assert.equal(await bakery.locator("[data-testid=exit]").count(), 0, "this one waits for Run");
  // Read-only: typing changes nothing.
  const code = bakery.locator("[data-testid=editor] .cm-content");
  const before = await code.innerText();
  await code.click();
  await page.keyboard.type("x = 1\n");
  assert.equal(await code.innerText(), before, "the code is read-only");
  await bakery.locator("[data-testid=run]").click();
  await bakery.locator("[data-testid=exit]").waitFor({ timeout: 60000 });
  assert.match(await bakery.locator("[data-testid=exit]").innerText(), /0/);
  await page.locator('iframe[data-example="002_13_bakery_sentinel"]').screenshot({ path: join(root, "e2e/artifacts/embed-bakery.png") });
  // An embed keeps nothing of its own in the student's storage.
  assert.equal(await page.evaluate(() => localStorage.getItem("interleave.yours")), null);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the Share menu's snippet embeds the program as it is, and the embed opens it in full", async () => {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e));
  await page.goto(site.url);
  await page.locator("[data-testid=editor] .cm-content").waitFor();
  await setProgram(page, "import threading\n\ndef hello(n):\n    print('hello from', n)\n\nts = [threading.Thread(target=hello, args=(i,)) for i in range(3)]\nfor t in ts: t.start()\nfor t in ts: t.join()\nprint('<b>done</b>')\n");
  await page.locator("[data-testid=share] summary").click();
  await page.locator("[data-testid=embed-readonly]").check();
  await page.locator("[data-testid=embed-autoplay]").check();
  await page.waitForFunction(() => document.querySelector("[data-testid=embed-snippet]")?.value.includes("autoplay"));
  const snippet = await page.locator("[data-testid=embed-snippet]").inputValue();
  assert.match(snippet, /^<iframe src="[^"]+#run=1\.[A-Za-z0-9_-]+&amp;embed&amp;readonly&amp;autoplay" title="[^"]*"[^>]*><\/iframe>$/);
  await shot(page, "share-embed");
  // A course page made of just the snippet.
  const course = await context.newPage();
  course.on("pageerror", (e) => errors.push(e));
  await course.goto(site.url + "course.html");
  await course.setContent(`<!doctype html><h1>My course</h1>${snippet}`);
  const frame = await (await course.locator("iframe").elementHandle()).contentFrame();
  await frame.locator("[data-testid=exit]").waitFor({ timeout: 60000 });
  assert.match(await frame.locator("[data-testid=stdout]").innerText(), /hello from 2[\s\S]*<b>done<\/b>/);
  assert.equal(await frame.locator("b").count(), 0, "program output is text, never HTML");
  // "Open in Interleave": the full page, the same program, in a new tab.
  const open = frame.locator("[data-testid=open-full]");
  assert.equal(await open.getAttribute("target"), "_blank");
  const [full] = await Promise.all([context.waitForEvent("page"), open.click()]);
  await full.locator("[data-testid=editor] .cm-content").waitFor();
  await full.waitForFunction(() => document.querySelector("[data-testid=editor] .cm-content")?.innerText.includes("hello from"));
  assert.equal(await full.locator("[data-testid=embed]").count(), 0, "the full page, not an embed");
  assert.equal(await full.locator("[data-testid=gallery]").count(), 1);
  assert.deepEqual(errors, []);
  await Promise.all([full.close(), course.close(), page.close()]);
});

test("a narrow embed stacks the code, the timeline and the console", async () => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 390, height: 760 });
  await page.goto(site.url + "#example=ticket_race&embed&autoplay");
  await page.locator("[data-testid=exit]").waitFor({ timeout: 60000 });
  const box = async (sel) => page.locator(sel).first().boundingBox();
  const [code, console_] = [await box("[data-testid=editor]"), await box("[data-testid=console]")];
  assert.ok(code.y + code.height <= console_.y, "the console is under the code");
  assert.ok(console_.x + console_.width <= 390 + 1, "nothing spills to the side");
  await shot(page, "embed-phone");
  await page.close();
});
