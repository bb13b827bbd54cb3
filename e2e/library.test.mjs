// The Python library reaches the worker as files of the site (python/library.rs):
// a first visit fetches none of it, a run fetches what its imports need before
// it starts, a module named only at run time is fetched while the run imports
// it, and a library that cannot be fetched is said in the console.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { serveDir } from "./serve.mjs";
import { launch } from "./browser.mjs";
import { root, setProgram } from "./site.mjs";

const open = [];
after(async () => {
  for (const close of open) await close();
});

/// A fresh browser (nothing cached) on the site; every library file it asks for.
async function visit({ offline = false } = {}) {
  const site = await serveDir(join(root, "dist"));
  const context = await launch();
  open.push(async () => {
    await context.close();
    await site.close();
  });
  const fetched = [];
  const isLibrary = (url) => new URL(url).pathname.startsWith("/library/");
  context.on("request", (request) => isLibrary(request.url()) && fetched.push(new URL(request.url()).pathname));
  if (offline) await context.route((url) => isLibrary(url.href), (route) => route.abort("internetdisconnected"));
  const page = await context.newPage();
  const pageErrors = [];
  page.on("pageerror", (error) => pageErrors.push(error));
  await page.goto(site.url);
  await page.locator("[data-engine=ready]").waitFor();
  const $ = (id) => page.locator(`[data-testid=${id}]`);
  return { page, $, fetched, pageErrors };
}

test("a first visit fetches no library; a run fetches what it imports, once", async () => {
  const { page, $, fetched, pageErrors } = await visit();
  await page.waitForTimeout(500);
  assert.deepEqual(fetched, [], "nothing of the library before a run");
  await $("speed").selectOption({ label: "max" });
  await $("run").click();
  await $("exit").waitFor({ timeout: 20000 });
  assert.ok((await $("stdout").innerText()).includes("买票成功"), "the ticket race ran");
  assert.ok(fetched.includes("/library/multiprocessing.py"), `${fetched}`);
  assert.ok(!fetched.includes("/library/asyncio.py"), "only what the program imports");
  const first = fetched.length;
  await $("run").click();
  await $("exit").waitFor({ timeout: 20000 });
  assert.equal(fetched.length, first, "the worker keeps what it fetched");
  assert.deepEqual(pageErrors, []);
});

test("a module named only at run time is fetched while the run imports it", async () => {
  const { page, $, fetched, pageErrors } = await visit();
  await setProgram(page, "import importlib\nname = ''.join(['hea', 'pq'])\nm = importlib.import_module(name)\nh = [5, 1, 4, 2]\nm.heapify(h)\nprint(h, m.__name__, m.nsmallest(2, [9, 3, 7]))\n");
  await $("run").click();
  await $("exit").waitFor({ timeout: 20000 });
  // What CPython 3.11 prints.
  assert.equal((await $("stdout").innerText()).trim(), "[1, 2, 4, 5] heapq [3, 7]");
  assert.match(await $("exit").innerText(), / 0$/);
  assert.ok(fetched.includes("/library/heapq.py"), `${fetched}`);
  assert.deepEqual(pageErrors, []);
});

test("a library that cannot be fetched is said in the console, and the page goes on", async () => {
  const { page, $, pageErrors } = await visit({ offline: true });
  await setProgram(page, "import threading\nprint('never')\n");
  await $("run").click();
  await $("exit").waitFor({ timeout: 20000 });
  assert.match(await $("console").innerText(), /The Python library could not be downloaded \(\w+\.py: /);
  // A module fetched while the run goes: an ImportError that says so.
  await setProgram(page, "m = __import__('he' + 'apq')\n");
  await $("run").click();
  await page.locator("[data-testid=console]", { hasText: "ImportError" }).waitFor({ timeout: 20000 });
  assert.match(await $("console").innerText(), /ImportError: the library module 'heapq' could not be downloaded/);
  // A program without imports still runs.
  await setProgram(page, "print(6 * 7)\n");
  await $("run").click();
  await page.locator("[data-testid=stdout]", { hasText: "42" }).waitFor({ timeout: 20000 });
  assert.deepEqual(pageErrors, []);
});
