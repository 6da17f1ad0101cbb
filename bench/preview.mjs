// Staff-page preview latency, for bench/bench.py: from a keystroke in a form
// field to the updated first page on screen, in a real headless Chromium.
//
//   node bench/preview.mjs URL COUNT [TEMPLATE] [LANG]
//
// Opens the staff page of a running `eigentaal serve` at URL, chooses
// TEMPLATE (default plan-van-aanpak) in LANG (default ar) with the Dutch text
// added (bilingual), waits for the preview, then COUNT times types one
// character into the resident's name (alternately a letter and Backspace, so
// the letter keeps its length) and measures, inside the page, the time from
// the `input` event to the moment the new first page replaces the old one
// (a MutationObserver on #pages; the image's ETag must have changed).
// Prints one JSON line: latencies in ms, pages and the SVG bytes per page.
//
// Needs playwright-core (bench/run.sh installs it in $BENCH_WORK/node; set
// BENCH_NODE to that folder) and Chromium (CHROMIUM, default
// /usr/bin/chromium).

import { createRequire } from "node:module";

const require = createRequire(`${process.env.BENCH_NODE ?? process.cwd()}/`);
const { chromium } = require("playwright-core");

const [url, countArg, template = "plan-van-aanpak", lang = "ar"] = process.argv.slice(2);
const count = Number(countArg ?? 20);
if (!url || !(count > 0)) {
  console.error("usage: node bench/preview.mjs URL COUNT [TEMPLATE] [LANG]");
  process.exit(2);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const ready = () =>
    page.waitForFunction(() => document.getElementById("preview").dataset.state === "ready", null, {
      timeout: 60_000,
    });
  await page.goto(url);
  await ready();
  await page.selectOption("#template", template);
  await ready();
  await page.locator(`#lang-${lang}`).check();
  const withNl = page.locator("#with-nl");
  if ((await withNl.isVisible()) && !(await withNl.isChecked())) await withNl.check();
  await ready();
  const field = page.locator('input[data-pointer="/recipient/name"]');
  await field.click();
  await field.press("End");
  // Every input event's time, kept in the page.
  await page.evaluate(() => {
    const name = document.querySelector('input[data-pointer="/recipient/name"]');
    name.addEventListener("input", () => (window.__lastInput = performance.now()));
  });

  const latencies = [];
  for (let i = 0; i < count; i++) {
    const updated = page.evaluate(() => {
      const pages = document.getElementById("pages");
      const before = pages.querySelector("img")?.dataset.etag;
      return new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          const first = pages.querySelector("img");
          if (first && first.dataset.etag !== before) {
            observer.disconnect();
            resolve(performance.now() - window.__lastInput);
          }
        });
        observer.observe(pages, { childList: true });
      });
    });
    await field.press(i % 2 === 0 ? "x" : "Backspace");
    latencies.push(await updated);
    await ready();
  }

  // The size of each page's SVG (uncompressed): the last preview's request
  // sent again for every page.
  const last = page.waitForRequest((r) => /\/render\?/.test(r.url()) && new URL(r.url()).searchParams.get("page") === "1");
  await field.press("x");
  const request = await last;
  await ready();
  const svgBytes = [];
  const total = await page.locator("#pages img").count();
  for (let p = 1; p <= total; p++) {
    const target = new URL(request.url());
    target.searchParams.set("page", String(p));
    const headers = { ...(await request.allHeaders()) };
    delete headers["accept-encoding"];
    const r = await fetch(target, { method: "POST", headers, body: request.postData() });
    svgBytes.push((await r.arrayBuffer()).byteLength);
  }
  const pages = await page.locator("#pages img").count();
  console.log(JSON.stringify({ template, lang, bilingual: true, latencies, pages, svgBytes }));
} finally {
  await browser.close();
}
