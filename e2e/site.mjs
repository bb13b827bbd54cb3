// What every e2e file starts with: the built site served on loopback and a page
// of it in chromium, with the page's errors collected.
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { serveDir } from "./serve.mjs";
import { launch } from "./browser.mjs";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");

export async function openSite() {
  const site = await serveDir(join(root, "dist"));
  const context = await launch();
  const page = await context.newPage();
  const pageErrors = [];
  page.on("pageerror", (error) => pageErrors.push(error));
  await page.goto(site.url);
  await page.locator("[data-testid=editor] .cm-content").waitFor();
  const close = async () => {
    await context.close();
    await site.close();
  };
  return { page, pageErrors, close };
}

/// Replaces the editor's program (as typing would, without auto-indent).
export async function setProgram(page, text) {
  await page.locator("[data-testid=editor] .cm-content").click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(text);
}

/// A screenshot of the page as it is, to look at: e2e/artifacts/NAME.png.
export async function shot(page, name) {
  const artifacts = join(root, "e2e/artifacts");
  await mkdir(artifacts, { recursive: true });
  await page.screenshot({ path: join(artifacts, `${name}.png`) });
}
