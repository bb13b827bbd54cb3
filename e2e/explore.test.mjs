// "Can it break?" as a student uses it: a search of the ticket race finds the
// ticket sold four times and loads that schedule into the timeline; playing the
// scheduler by hand deadlocks the two workers, and the goal's share link
// replays it. Screenshots go to e2e/artifacts.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { openSite, setProgram, shot as shotOf } from "./site.mjs";

let page, pageErrors, close;
const $ = (id) => page.locator(`[data-testid=${id}]`);
const shot = (name) => shotOf(page, name);

before(async () => {
  ({ page, pageErrors, close } = await openSite());
  await page.locator("[data-engine=ready]").waitFor();
});

after(async () => {
  await close?.();
});

/// Waits until the search has finished; its progress line.
async function searchDone() {
  await page.waitForFunction(() => !document.querySelector("[data-testid=explore-stop]"), null, { timeout: 60000 });
  return $("explore-progress").innerText();
}

test("a search of the ticket race finds it oversold and loads how", async () => {
  await $("explore-tab").click();
  await $("explore-preemptions").selectOption("0");
  await $("explore-run").click();
  const progress = await searchDone();
  assert.match(progress, /every schedule within the bound was run/, progress);
  const outcomes = page.locator("[data-testid=outcome]");
  assert.ok((await outcomes.count()) >= 2, "more than one way to end");
  const sold = async (i) => ((await outcomes.nth(i).getAttribute("data-stdout")).match(/买票成功/g) || []).length;
  let four = -1;
  for (let i = 0; i < (await outcomes.count()); i++) {
    if ((await sold(i)) === 4) four = i;
  }
  assert.ok(four >= 0, "the ticket sold four times is one of the outcomes");
  await shot("explore-ticket-race");
  await outcomes.nth(four).click();
  // The schedule is loaded paused at its first decision, not at the end.
  await page.waitForFunction(() => document.querySelector("[data-testid=timeline]")?.dataset.events > 0, null, { timeout: 20000 });
  const scrub = $("scrubber");
  await page.waitForFunction(() => Number(document.querySelector("[data-testid=scrubber]").value) > 0, null, { timeout: 20000 });
  assert.ok(Number(await scrub.inputValue()) < Number(await scrub.getAttribute("max")), "the cursor is at the first decision");
  await $("speed").selectOption({ label: "max" });
  await $("pause").click();
  await $("console-tab").click();
  await $("exit").waitFor({ timeout: 30000 });
  const out = await $("console").innerText();
  assert.equal((out.match(/买票成功/g) || []).length, 4, out);
  await shot("explore-loaded");
  await $("explore-tab").click();
  // Edited since, the program's schedules are no longer offered to watch.
  await setProgram(page, "print('something else')\n");
  await $("explore-stale").waitFor();
  assert.ok(await outcomes.first().isDisabled());
  assert.deepEqual(pageErrors, []);
});

test("playing the scheduler deadlocks the two workers by clicks, and the link replays it", async () => {
  await $("gallery").click();
  await page.locator('[data-testid=scenario][data-scenario="two_workers"]').click();
  await page.getByRole("dialog").waitFor({ state: "detached" });
  await $("explore-tab").click();
  await $("scheduler-start").click();
  await $("goal").waitFor();
  let byLane = false;
  for (let stop = 0; stop < 60; stop++) {
    const end = page.locator("[data-testid=sched-end]");
    const choices = page.locator("[data-testid=choice]");
    await Promise.race([end.waitFor({ timeout: 20000 }), choices.first().waitFor({ timeout: 20000 })]);
    if (await end.count()) break;
    const options = [];
    for (let i = 0; i < (await choices.count()); i++) {
      const choice = choices.nth(i);
      options.push({ tid: await choice.getAttribute("data-tid"), text: await choice.innerText(), holds: await choice.getAttribute("data-holds") });
    }
    // Thread 2 takes lock a (its choice then says it holds it); then the main
    // thread starts thread 3, which takes b.
    let pick = options.findIndex((o) => o.tid === "3");
    if (pick < 0 && options.some((o) => o.tid === "2" && (o.holds || o.text.includes("with b:")))) pick = options.findIndex((o) => o.tid === "1");
    if (pick < 0) pick = 0;
    const lanes = (await $("timeline").getAttribute("data-choices")) || "";
    const lane = lanes.split(",").map((e) => e.split(":")).find(([tid]) => tid === options[pick].tid);
    const before = await choices.first().innerText();
    if (lane && !byLane) {
      // Once by clicking the lane itself.
      const box = await $("timeline").boundingBox();
      await page.mouse.click(box.x + box.width / 2, box.y + Number(lane[1]));
      byLane = true;
    } else {
      await page.keyboard.press(String(pick + 1));
    }
    await page.waitForFunction((old) => {
      const first = document.querySelector("[data-testid=choice]");
      return document.querySelector("[data-testid=sched-end]") || (first && first.innerText !== old);
    }, before, { timeout: 20000 }).catch(() => {});
    if (stop === 3) await shot("scheduler-choosing");
  }
  const end = $("sched-end");
  await end.waitFor();
  assert.equal(await end.getAttribute("data-reached"), "true", await end.innerText());
  assert.ok(byLane, "a lane was clicked once");
  const link = await $("share-link").inputValue();
  await shot("scheduler-reached");
  await $("console-tab").click();
  assert.match(await $("console").innerText(), /deadlock/);
  await shot("scheduler-console");
  assert.match(link, /#challenge=two_workers&picks=[\d.]+$/);
  // The link, opened afresh, replays the picks to the same goal.
  const other = await page.context().newPage();
  await other.goto(link);
  await other.locator("[data-testid=sched-end][data-reached=true]").waitFor({ timeout: 30000 });
  await other.screenshot({ path: "e2e/artifacts/scheduler-link.png" });
  await other.close();
  assert.deepEqual(pageErrors, []);
});
