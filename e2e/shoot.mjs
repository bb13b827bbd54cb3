// Screenshots of the built page for a person to look at (not a test):
// `node e2e/shoot.mjs [out-dir]` runs the default program, pauses mid-run and at
// the end, at desktop and phone sizes, in light and dark.
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { serveDir } from "./serve.mjs";
import { launch } from "./browser.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/// The desktop in one picture; a phone as the screens a student scrolls through
/// (the workspace scrolls, not the page: a full-page capture would stretch it).
async function snap(page, name, base) {
  if (name !== "phone") return page.screenshot({ path: `${base}.png` });
  for (let i = 0; i < 4; i++) {
    await page.evaluate((y) => document.querySelector(".workspace").scrollTo(0, y), i * 640);
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${base}-${i + 1}.png` });
  }
  await page.evaluate(() => document.querySelector(".workspace").scrollTo(0, 0));
}
const out = process.argv[2] ?? join(root, "e2e/artifacts");
await mkdir(out, { recursive: true });
const site = await serveDir(join(root, "dist"));
const context = await launch();
try {
  for (const [name, viewport] of [["desktop", { width: 1280, height: 800 }], ["phone", { width: 390, height: 844 }]]) {
    for (const scheme of ["light", "dark"]) {
      const page = await context.newPage();
      page.on("pageerror", (e) => console.error("page error:", e.message));
      page.on("console", (m) => m.type() === "error" && console.error("console:", m.text()));
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(site.url);
      await page.locator("[data-testid=editor] .cm-content").waitFor();
      await page.locator("[data-testid=speed]").selectOption({ label: "max" });
      await page.locator("[data-testid=run]").click();
      await page.locator("[data-testid=exit]").waitFor({ timeout: 20000 });
      await page.waitForTimeout(300);
      await snap(page, name, join(out, `${name}-${scheme}-end`));
      // Back to the middle of the run, paused.
      await page.locator("[data-testid=restart]").click();
      for (let i = 0; i < 14; i++) await page.locator("[data-testid=step]").click();
      await page.waitForTimeout(400);
      await snap(page, name, join(out, `${name}-${scheme}-paused`));
      await page.close();
    }
  }
} finally {
  await context.close();
  await site.close();
}
