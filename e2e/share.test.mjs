// Share links as a class uses them: a run shared at a moment opens in a fresh
// browser on the same moment with the same console; a broken or hostile link
// says so, shows the default example and leaves the student's saved work alone.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveDir } from "./serve.mjs";
import { launch } from "./browser.mjs";
import { root, setProgram, shot } from "./site.mjs";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";

// 64 MB of spaces, deflated to about 60 KB: a decompression bomb.
const bomb = deflateRawSync(Buffer.alloc(64 << 20, 32), { level: 9 }).toString("base64url");

let site, browser;

before(async () => {
  site = await serveDir(join(root, "dist"));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

async function open(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e));
  await page.goto(url);
  await page.locator("[data-testid=editor] .cm-content").waitFor();
  await page.locator("[data-engine=ready]").waitFor();
  return { page, errors, $: (id) => page.locator(`[data-testid=${id}]`) };
}

test("a shared run opens on the same moment with the same console", async () => {
  const { page, errors, $ } = await open(browser, site.url);
  await $("gallery").click();
  await page.locator('[data-testid=scenario][data-scenario="002_13_bakery_sentinel"]').click();
  await page.getByRole("dialog").waitFor({ state: "detached" });
  await $("speed").selectOption({ label: "max" });
  await $("run").click();
  await $("exit").waitFor({ timeout: 30000 });
  // A moment in the middle of the run.
  const max = Number(await $("scrubber").getAttribute("max"));
  await $("scrubber").fill(String(Math.floor(max / 2)));
  await page.waitForTimeout(300);
  const console1 = await $("console").innerText();
  const moment = await $("scrubber").inputValue();
  await $("share").locator("summary").click();
  // The link is made when the menu opens, and shown on the next render.
  await page.waitForFunction(() => document.querySelector("[data-testid=share-url]")?.value.startsWith("http"));
  const link = await $("share-url").inputValue();
  assert.match(link, /#run=1\.[A-Za-z0-9_-]+$/);
  assert.ok(link.length < 2000, `${link.length} characters`);
  await shot(page, "share-menu");
  // A fresh browser, as a student who got the link.
  const fresh = await launch();
  const other = await open(fresh, link);
  await other.page.waitForFunction((m) => document.querySelector("[data-testid=scrubber]")?.value === m, moment, { timeout: 30000 });
  await other.page.waitForFunction((text) => document.querySelector("[data-testid=console]")?.innerText === text, console1, { timeout: 10000 });
  assert.match(await other.$("scenario-title").innerText(), /sentinel|None/);
  assert.equal(await other.page.evaluate(() => location.hash), "", "the fragment is taken off the address");
  await shot(other.page, "share-opened");
  await fresh.close();
  assert.deepEqual(errors, []);
  assert.deepEqual(other.errors, []);
});

test("a broken or hostile link says so and keeps the student's own program", async () => {
  const context = await launch();
  const { page, $ } = await open(context, site.url);
  await setProgram(page, "print('my own work')\n");
  await page.waitForFunction(() => (localStorage.getItem("interleave.yours") || "").includes("my own work"));
  const saved = await page.evaluate(() => localStorage.getItem("interleave.yours"));
  for (const bad of ["#run=1.<img src=x onerror=alert(1)>", "#run=1.q1YqTs7PL0pVslIqKMr", "#run=7.abc", "#run=1." + bomb]) {
    const visit = await open(context, site.url + bad);
    await visit.$("notice").waitFor();
    assert.match(await visit.$("notice").innerText(), /could not be opened|无法打开/);
    assert.equal(await visit.page.locator("img[src=x]").count(), 0, "nothing from a link becomes HTML");
    assert.equal(await visit.page.evaluate(() => localStorage.getItem("interleave.yours")), saved, "the saved work is untouched");
    if (bad.startsWith("#run=1.<")) await shot(visit.page, "share-bad-link");
    assert.deepEqual(visit.errors, []);
    await visit.page.close();
  }
  await context.close();
});
