// The gallery and the Files tab as a student uses them: open an example of the
// course, run it, come back to one's own program, change a file before a run.
// Screenshots of each state go to e2e/artifacts.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { openSite, setProgram as setProgramIn, shot as shotOf } from "./site.mjs";

let page, pageErrors, close;

const $ = (id) => page.locator(`[data-testid=${id}]`);
const MINE = "print('my own program')\n";

const setProgram = (text) => setProgramIn(page, text);
const shot = (name) => shotOf(page, name);


const program = () => page.locator("[data-testid=editor] .cm-content").innerText();

/// Opens the gallery and picks the entry `id` ("yours": the user's program).
async function pick(id) {
  await $("gallery").click();
  const entry = page.locator(`[data-testid=scenario][data-scenario="${id}"]`);
  await entry.click();
  await page.getByRole("dialog").waitFor({ state: "detached" });
}

/// Runs the program to its end at full speed; resolves to the console's text.
async function runToEnd() {
  await $("run").click();
  await $("exit").waitFor({ timeout: 30000 });
  return $("console").innerText();
}

before(async () => {
  ({ page, pageErrors, close } = await openSite());
  await $("speed").selectOption({ label: "max" });
});

after(async () => {
  await close?.();
});

test("a first visit opens the ticket race, with its note above the editor", async () => {
  assert.match(await $("scenario-title").innerText(), /ticket race|抢票/);
  assert.ok((await $("scenario-note").innerText()).length > 40);
  assert.match(await program(), /USE_LOCK = False/);
});

test("the gallery lists every example by group, and the keyboard opens and closes it", async () => {
  await $("gallery").focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  // "Your program", the gallery's own three (the ticket race, the bakery that can
  // hang, the two workers) and the 59 seeds of the course.
  assert.equal(await page.locator("[data-testid=scenario]").count(), 65);
  assert.ok((await dialog.locator("h3").count()) >= 16, "grouped as the course is");
  // It opens on the current entry.
  assert.equal(await page.evaluate(() => document.activeElement.dataset.scenario), "ticket_race");
  // The last entry can be scrolled to inside the dialog (no column spills off to the side).
  const last = page.locator('[data-scenario="004_06_socket_chat_combined"]');
  await last.scrollIntoViewIfNeeded();
  const [box, frame] = [await last.boundingBox(), await dialog.boundingBox()];
  assert.ok(box.x >= frame.x && box.x + box.width <= frame.x + frame.width + 1, "inside the dialog's width");
  assert.ok(box.y >= frame.y && box.y + box.height <= frame.y + frame.height + 1, "inside the dialog's height");
  await shot("gallery-open");
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" });
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), "gallery", "focus goes back to its button");
});

test("the bakery with a sentinel runs from the gallery: every 包子 eaten", async () => {
  await setProgram(MINE);
  await pick("002_13_bakery_sentinel");
  assert.match(await program(), /q\.put\(None\)/);
  assert.match(await $("scenario-note").innerText(), /None/);
  const out = await runToEnd();
  assert.equal(out.split("消费者消费了").length - 1, 10, out);
  assert.match(out, /主进程/);
  assert.match(await $("exit").innerText(), / 0$/);
  await shot("gallery-bakery");
});

test("the missing main guard opens under spawn and fails in its child", async () => {
  await pick("001_01_no_main_guard");
  assert.equal(await $("start-method").inputValue(), "spawn");
  assert.equal(await $("exit").count(), 0, "opening an entry resets the run");
  const out = await runToEnd();
  assert.match(out, /RuntimeError:[\s\S]*bootstrapping phase/);
  await shot("gallery-spawn");
});

test("'your program' brings back what was typed before, with its settings", async () => {
  await pick("yours");
  assert.equal((await program()).trim(), MINE.trim());
  assert.equal(await $("start-method").inputValue(), "fork");
  assert.equal(await $("scenario-title").count(), 0, "no example's note over the user's program");
  const out = await runToEnd();
  assert.match(out, /my own program/);
});

test("a file edited in the Files tab is what the run starts with", async () => {
  await pick("002_10_ticket_lock_db");
  await $("files-tab").click();
  const db = $("files").locator("[data-file='db.txt'] textarea");
  assert.equal(await db.inputValue(), '{"count": 1}');
  await db.fill('{"count": 2}');
  await shot("gallery-files-edit");
  const out = await runToEnd();
  assert.equal(out.split("购票成功").length - 1, 2, `two tickets, two buyers:\n${out}`);
  // At the end the Files tab shows db.txt as the buyers left it, and the starting files are a click away.
  const atEnd = $("files").locator("[data-file='db.txt']");
  await page.waitForTimeout(300); // the worker's snapshot
  assert.match(await atEnd.innerText(), /"count": 0/);
  await shot("gallery-files-end");
  await $("files-start").click();
  assert.equal(await db.inputValue(), '{"count": 2}');
  // The editor's program still says it came from the gallery, now edited.
  assert.match(await page.locator(".pane-head").innerText(), /edited|修改/);
  await $("objects-tab").click();
  assert.ok(await $("objects").isVisible());
  assert.deepEqual(pageErrors, [], "the page raised no errors");
});

test("the user's program survives a reload: the page opens it as it was left", async () => {
  await page.reload();
  await page.locator("[data-testid=editor] .cm-content").waitFor();
  await page.waitForFunction(() => document.querySelector("[data-testid=editor] .cm-content")?.innerText.includes("购票成功"));
  await $("files-tab").click();
  assert.equal(await $("files").locator("[data-file='db.txt'] textarea").inputValue(), '{"count": 2}');
});
