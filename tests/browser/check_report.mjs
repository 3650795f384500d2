// Opens an HTML report in Debian's Chromium and prints what tests/test_browser.py checks,
// as one JSON object: preview count, console errors, failed requests, axe violations.
// Usage: node check_report.mjs REPORT.html SCREENSHOT.png USER_DATA_DIR
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const [report, screenshot, userDataDir] = process.argv.slice(2);
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
  ],
  viewport: { width: 1280, height: 900 },
});
const consoleErrors = [];
const requests = [];
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(String(error)));
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(report).href, { waitUntil: "load" });
  const previews = await page.$$eval("article.preview", (nodes) =>
    nodes.map((n) => ({
      post: n.dataset.post,
      network: n.dataset.network,
      images: n.querySelectorAll("img").length,
      loaded: [...n.querySelectorAll("img")].every((img) => img.complete && img.naturalWidth > 0),
      crops: n.querySelectorAll("svg path").length,
      regions: n.querySelectorAll("figcaption a[href^='#finding-']").length,
      folded: n.querySelector(".fold") !== null,
    })),
  );
  const lang = await page.getAttribute("html", "lang");
  // The skip link must be the first thing the keyboard reaches.
  await page.keyboard.press("Tab");
  const firstFocus = await page.evaluate(() => document.activeElement?.className ?? "");
  await page.screenshot({ path: screenshot, fullPage: false });
  await page.addScriptTag({ content: axeSource });
  const axe = await page.evaluate(async () => {
    const results = await window.axe.run(document, { resultTypes: ["violations"] });
    return results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
  const external = requests.filter((url) => !url.startsWith("file:") && !url.startsWith("data:"));
  console.log(JSON.stringify({ lang, previews, consoleErrors, external, firstFocus, axe }));
} finally {
  await context.close();
}
