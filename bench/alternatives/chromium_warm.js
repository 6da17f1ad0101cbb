// Headless Chromium kept warm: one browser, one page, page.pdf() per letter
// (what Gotenberg does behind its HTTP API). Each letter is its own HTML file
// (a different reference), loaded from disk as Chromium would get it.
//
//   node chromium_warm.js FILE1.html FILE2.html ...   (NODE_PATH or cwd must
//   hold node_modules/playwright-core; CHROMIUM overrides /usr/bin/chromium)
//
// Prints one JSON line: letters, seconds (loop only), setup seconds, bytes of
// the first PDF; writes the first PDF to $FIRST_PDF if set.
const { chromium } = require('playwright-core');
const fs = require('fs');

(async () => {
  const files = process.argv.slice(2);
  const t0 = process.hrtime.bigint();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
  const page = await browser.newPage();
  const render = async (file) => {
    await page.goto('file://' + file, { waitUntil: 'load' });
    return page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
  };
  // Warm-up letter (not counted): starts the renderer, loads the fonts.
  const first = await render(files[0]);
  if (process.env.FIRST_PDF) fs.writeFileSync(process.env.FIRST_PDF, first);
  const t1 = process.hrtime.bigint();
  let bytes = 0;
  for (const f of files.slice(1)) {
    const pdf = await render(f);
    bytes += pdf.length;
  }
  const t2 = process.hrtime.bigint();
  await browser.close();
  console.log(JSON.stringify({
    letters: files.length - 1,
    seconds: Number(t2 - t1) / 1e9,
    setup_seconds: Number(t1 - t0) / 1e9,
    first_pdf_bytes: first.length,
    mean_pdf_bytes: bytes / Math.max(1, files.length - 1),
  }));
})().catch((e) => { console.error(e); process.exit(1); });
