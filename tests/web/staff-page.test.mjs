// End-to-end tests of the staff web page (`eigentaal serve`, GET /), driven in
// a real headless Chromium through playwright-core. They start the real server
// on a free port, click through the page as staff would, and read the PDF the
// page downloads back with `pdftotext` (poppler-utils).
//
//   cd tests/web && npm ci && node --test
//
// Environment:
//   EIGENTAAL_BIN      the binary (default /var/tmp/eigentaal-target/debug/eigentaal)
//   EIGENTAAL_WEB_DIR  serve web/ from this folder instead of the embedded copy
//                      (while editing the page: EIGENTAAL_WEB_DIR=../../web)
//   CHROMIUM           the browser (default /usr/bin/chromium, Debian's `chromium`)
//   SCREENSHOTS=1      also write docs/images/web-nl.png, web-ar.png and web-fa.png

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { zipEntries } from "../../web/zip.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const BIN = process.env.EIGENTAAL_BIN ?? "/var/tmp/eigentaal-target/debug/eigentaal";
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const WEB_DIR = process.env.EIGENTAAL_WEB_DIR;
const API_KEY = "web-test-key-0123456789abcdef";

const tmp = mkdtempSync(join(tmpdir(), "eigentaal-web-"));
const servers = [];
let browser;
let server;

/** Starts `eigentaal serve` on a free port; resolves with its base URL. */
function startServer(env = {}) {
  const args = ["serve", "--listen", "127.0.0.1:0"];
  if (WEB_DIR) args.push("--web-dir", resolve(WEB_DIR));
  const child = spawn(BIN, args, {
    env: { ...process.env, RUST_LOG: "warn", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  servers.push(child);
  return new Promise((resolveUrl, reject) => {
    let stderr = "";
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${stderr}`)), 60_000);
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
      const m = /eigentaal listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
      if (m) {
        clearTimeout(timer);
        resolveUrl(m[1]);
      }
    });
    child.on("error", (e) => reject(new Error(`cannot start ${BIN}: ${e.message}`)));
    child.on("exit", (code) => reject(new Error(`server exited with ${code}:\n${stderr}`)));
  });
}

before(async () => {
  server = await startServer();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  await browser?.close();
  for (const child of servers) child.kill("SIGTERM");
  rmSync(tmp, { recursive: true, force: true });
});

/**
 * A fresh page (own context: no shared storage) with the Dutch locale, and a
 * list collecting console errors and uncaught exceptions; a CSP violation
 * shows up there too. The browser's own note on an HTTP error status is not
 * counted: the tests provoke 422s (and the template check's 500) on purpose.
 */
async function openPage(base = server, { width = 1400, height = 1000 } = {}) {
  const context = await browser.newContext({
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    acceptDownloads: true,
    viewport: { width, height },
  });
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on("console", (m) => {
    if (m.type() === "error" && !/Failed to load resource: the server responded with a status of \d{3}/.test(m.text())) {
      errors.push(m.text());
    }
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("request", (r) => requests.push({ method: r.method(), url: r.url(), body: r.postData(), headers: r.headers() }));
  await page.goto(`${base}/`);
  return { page, errors, requests, context };
}

const isPreview = (r, match = () => true) =>
  r.request().method() === "POST" && /\/v1\/templates\/[^/]+\/render\?/.test(r.url()) &&
  new URL(r.url()).searchParams.get("page") === "1" && match(r);

/** The next page-1 preview response (matching `match`). Call before acting. */
function nextPreview(page, match) {
  return page.waitForResponse((r) => isPreview(r, match), { timeout: 20_000 });
}

/** Waits until the preview has settled: shown, or an error reported. */
async function settled(page) {
  const state = await page.waitForFunction(() => {
    const s = document.getElementById("preview").dataset.state;
    return ["ready", "error"].includes(s) && s;
  }, null, { timeout: 20_000 });
  return state.jsonValue();
}

async function ready(page) {
  assert.equal(await settled(page), "ready", `preview failed: ${await page.locator("#status").textContent()} ${await page.locator("#problems").textContent()}`);
}

async function pageSources(page) {
  return page.locator("#pages img").evaluateAll((imgs) => imgs.map((i) => i.src));
}

function pdfText(bytes) {
  const file = join(tmp, `letter-${Date.now()}-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

describe("staff page", () => {
  test("offers the letter types and languages with their translation status", async () => {
    const { page, errors, context } = await openPage();
    await ready(page);
    const titles = (await (await fetch(`${server}/v1/templates`)).json()).map((t) => t.title);
    assert.deepEqual(await page.locator("#template option").allTextContents(), titles);
    assert.ok(titles.includes("Afsprakenbrief"));

    await page.selectOption("#template", "afspraken");
    const arabic = page.locator('label[for="lang-ar"]');
    assert.match(await arabic.textContent(), /Arabisch — العربية/);
    assert.match(await arabic.textContent(), /machinaal concept, niet gecontroleerd/);
    assert.equal(await arabic.locator('span[lang="ar"]').getAttribute("dir"), "rtl");
    assert.equal(await arabic.locator('span[lang="ar"]').textContent(), "العربية");
    assert.match(await page.locator('label[for="lang-ti"]').textContent(), /Tigrinya — ትግርኛ/);
    assert.match(await page.locator('label[for="lang-nl"]').textContent(), /referentietekst/);
    // The words for a translation's state are the server's (locales/nl/staff.ftl).
    const detail = await (await fetch(`${server}/v1/templates/afspraken`)).json();
    const ar = detail.languages.find((l) => l.lang === "ar");
    assert.equal(ar.review_state, "machine-draft");
    assert.ok((await arabic.textContent()).includes(ar.status_label), ar.status_label);

    // Dutch is the default: no bilingual option; it appears for another language.
    assert.ok(await page.locator("#lang-nl").isChecked());
    assert.ok(await page.locator("#with-nl").isHidden());
    await page.getByRole("radio", { name: /Arabisch/ }).check();
    assert.ok(await page.locator("#with-nl").isVisible());
    assert.match(await page.locator("#lang-note").textContent(), /niet gecontroleerd door een vertaler/);
    await ready(page);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("shows the fields in the order of the template's schema", async () => {
    const { page, errors, context } = await openPage();
    await ready(page);
    for (const name of ["betaalspecificatie", "plan-van-aanpak", "afspraken"]) {
      await page.selectOption("#template", name);
      await ready(page);
      const schema = (await (await fetch(`${server}/v1/templates/${name}`, {
        headers: { authorization: `Bearer ${API_KEY}` },
      })).json()).schema;
      // The first control or group of each top-level property, in page order.
      const shown = await page.locator("#case-form [data-pointer]").evaluateAll((nodes) => {
        const seen = [];
        for (const n of nodes) {
          const top = n.dataset.pointer.split("/")[1];
          if (top && !seen.includes(top)) seen.push(top);
        }
        return seen;
      });
      // The API keeps the order the schema file has (not sorted by name).
      const file = JSON.parse(readFileSync(join(ROOT, "templates", name, "schema.json"), "utf8"));
      assert.deepEqual(Object.keys(schema.properties), Object.keys(file.properties), name);
      const order = Object.keys(schema.properties).filter((k) => shown.includes(k));
      assert.deepEqual(shown, order, name);
      assert.ok(shown.length >= 5, `${name}: ${shown}`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("afspraken in Arabic, bilingual: a new agreement reaches the preview and the PDF", async () => {
    const { page, errors, requests, context } = await openPage();
    await ready(page);
    await page.selectOption("#template", "afspraken");
    await ready(page);

    let shown = nextPreview(page, (r) => new URL(r.url()).searchParams.get("lang") === "ar");
    await page.getByRole("radio", { name: /Arabisch/ }).check();
    await page.getByLabel("Nederlandse tekst toevoegen (tweetalige brief)").check();
    let response = await shown;
    assert.equal(new URL(response.url()).searchParams.get("with"), "nl");
    assert.equal(response.headers()["content-language"], "ar, nl");
    await ready(page);
    const before = await pageSources(page);
    assert.equal(before.length, Number(response.headers()["x-eigentaal-pages"]));

    // Add an agreement; focus moves into it.
    await page.getByRole("button", { name: "Afspraak toevoegen" }).click();
    // The new item of the agreements list (the contacts list follows it).
    const item = page.locator("fieldset.item").filter({ has: page.locator("#f__agreements__5__action") });
    assert.equal(await item.locator("legend").textContent(), "Afspraak 6");
    assert.equal(await page.evaluate(() => document.activeElement.id), "f__agreements__5__action");

    const note = "Tolk Mariam belt u op dinsdag 14 uur";
    shown = nextPreview(page, (r) => (r.request().postData() ?? "").includes(note));
    await item.getByLabel("Wat").selectOption("apply-digid");
    await item.getByLabel("Wie doet het").selectOption("vluchtelingenwerk");
    await item.getByLabel("Klaar op").fill("2026-12-18");
    await page.locator("#f__agreements__5__note").fill(note);
    response = await shown;
    assert.equal(response.status(), 200);
    await ready(page);

    const sent = JSON.parse(response.request().postData());
    assert.equal(sent.agreements.length, 6);
    assert.deepEqual(sent.agreements[5], { action: "apply-digid", who: "vluchtelingenwerk", due: "2026-12-18", note });
    const after = await pageSources(page);
    assert.equal(after.length, Number(response.headers()["x-eigentaal-pages"]));
    assert.equal(await page.locator("#preview").getAttribute("data-pages"), response.headers()["x-eigentaal-pages"]);
    assert.ok(after.every((src) => src.startsWith("blob:") && !before.includes(src)), "every page was replaced");
    assert.match(await page.locator("#status").textContent(), /Voorbeeld bijgewerkt/);

    // Page 1 of the preview is the server's SVG for this very case.
    assert.equal(await page.locator("#pages img").first().getAttribute("data-etag"), response.headers().etag);

    // Download: a PDF with the typed note, named after template, reference and languages.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "PDF downloaden" }).click()]);
    assert.equal(download.suggestedFilename(), "afspraken-AFS-2026-01873-ar-nl.pdf");
    const file = join(tmp, download.suggestedFilename());
    await download.saveAs(file);
    const bytes = readFileSync(file);
    assert.equal(bytes.subarray(0, 5).toString("latin1"), "%PDF-");
    const text = pdfText(bytes);
    assert.ok(text.replace(/\s+/g, " ").includes(note), `the PDF text contains the note:\n${text}`);
    assert.match(text, /[\u0600-\u06FF]/, "the PDF has Arabic text");
    assert.match(text, /Uw afspraken met de gemeente/, "and the Dutch original");
    assert.match(await page.locator("#status").textContent(), /PDF gedownload: afspraken-AFS-2026-01873-ar-nl\.pdf/);

    // Privacy: nothing left the page but render requests; nothing was stored.
    for (const r of requests) {
      const url = new URL(r.url);
      if (url.protocol === "blob:" || url.protocol === "data:") continue;
      assert.equal(url.origin, server, `request to another origin: ${r.url}`);
      if (r.method !== "GET") assert.match(url.pathname, /^\/v1\/templates\/[^/]+\/render$/, `${r.method} ${r.url}`);
      assert.ok(!url.search.includes("Mariam"), "no case data in a URL");
    }
    const storage = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));
    assert.deepEqual(storage, { local: 0, session: 0, cookie: "" });
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("free text: a note only in Dutch is flagged; its Arabic version goes into the letter", async () => {
    const { page, errors, context } = await openPage();
    await ready(page);
    await page.selectOption("#template", "afspraken");
    await ready(page);
    let shown = nextPreview(page, (r) => new URL(r.url()).searchParams.get("lang") === "ar");
    await page.getByRole("radio", { name: /Arabisch/ }).check();
    let response = await shown;
    assert.match(response.headers()["x-eigentaal-dutch-only"] ?? "", /\/agreements\/1\/note/);
    await ready(page);

    const warning = page.locator("#f__agreements__1__note--dutch-only");
    assert.ok(await warning.isVisible());
    assert.match(await warning.textContent(), /in het Nederlands in de brief/);
    assert.match(await warning.textContent(), /ook in het Arabisch/);
    assert.match(await warning.textContent(), /kies wat u bedoelt bij "Wat"/);
    const arabic = page.locator("#f__agreements__1__note--ar");
    assert.equal(await page.locator('label[for="f__agreements__1__note--ar"]').textContent(), "Toelichting in het Arabisch");
    assert.equal(await arabic.getAttribute("dir"), "rtl");
    assert.equal(await arabic.getAttribute("lang"), "ar");

    const translation = "مع يوسف، متطوع";
    shown = nextPreview(page, (r) => (r.request().postData() ?? "").includes(translation));
    await arabic.fill(translation);
    response = await shown;
    assert.equal(response.status(), 200);
    assert.ok(await warning.isHidden(), "the warning goes once the Arabic is there");
    const sent = JSON.parse(response.request().postData());
    assert.deepEqual(sent.agreements[1].note, { nl: "Samen met Yusuf, vrijwilliger", ar: translation });
    assert.doesNotMatch(response.headers()["x-eigentaal-dutch-only"] ?? "", /agreements\/1\//);
    assert.match(response.headers()["x-eigentaal-review"], /staff-translated=1/);
    await ready(page);

    // The letter prints the Arabic version, not the Dutch one.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "PDF downloaden" }).click()]);
    const file = join(tmp, `free-${download.suggestedFilename()}`);
    await download.saveAs(file);
    const text = pdfText(readFileSync(file)).replace(/\s+/g, " ");
    assert.ok(text.includes("يوسف"), `the Arabic note is in the letter:\n${text}`);
    assert.equal(text.split("Samen met Yusuf").length - 1, 1, "the Dutch note only in the Dutch edition");

    // Emptying the Arabic again brings the warning back and sends a plain string.
    shown = nextPreview(page, (r) => !(r.request().postData() ?? "").includes(translation));
    await arabic.fill("");
    response = await shown;
    assert.equal(JSON.parse(response.request().postData()).agreements[1].note, "Samen met Yusuf, vrijwilliger");
    assert.ok(await warning.isVisible());
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("invalid input shows the error beside the field and in the summary", async () => {
    const { page, errors, context } = await openPage();
    await ready(page);
    await page.selectOption("#template", "afspraken");
    await ready(page);

    const reference = page.getByLabel("Ons kenmerk");
    const shown = nextPreview(page);
    await reference.fill("");
    const response = await shown;
    assert.equal(response.status(), 422);
    assert.equal(await settled(page), "error");
    // The Dutch words are the server's `text` for the error, by its code.
    const problem = await response.json();
    assert.deepEqual(problem.errors.map((e) => [e.pointer, e.code]), [["/reference", "too-short"]]);
    assert.equal(problem.errors[0].text, "Dit moet u invullen.");

    assert.equal(await reference.getAttribute("aria-invalid"), "true");
    assert.match(await reference.getAttribute("aria-describedby"), /\bf__reference-error\b/);
    const message = page.locator("#f__reference-error");
    assert.equal(await message.textContent(), "Fout: Dit moet u invullen.");
    assert.equal(await reference.evaluate((input) => input.nextElementSibling.id), "f__reference-error", "the message sits right after the field");
    assert.equal(await page.locator("#status").textContent(), "Fout in 1 veld.");
    assert.ok(await page.locator("#stale-note").isVisible(), "the old preview is marked as old");

    // The summary links to the field.
    const link = page.locator("#problems a");
    assert.equal(await link.textContent(), "Ons kenmerk: Dit moet u invullen.");
    await link.click();
    assert.equal(await page.evaluate(() => document.activeElement.id), "f__reference");

    // Fixing the field clears the error.
    await reference.fill("AFS-2026-09999");
    await ready(page);
    assert.equal(await reference.getAttribute("aria-invalid"), null);
    assert.equal(await page.locator("#case-form .field-error").count(), 0);
    assert.ok(await page.locator("#problems").isHidden());

    // A pattern error deep in a list: a phone number in plan-van-aanpak's contacts.
    await page.selectOption("#template", "plan-van-aanpak");
    await ready(page);
    const phone = page.locator('[data-pointer="/contacts/1/phone"]');
    await phone.fill("bel mij maar");
    assert.equal(await settled(page), "error");
    assert.equal(await phone.getAttribute("aria-invalid"), "true");
    assert.match(await page.locator("#f__contacts__1__phone-error").textContent(), /Alleen cijfers/);
    assert.match(await page.locator("#problems a").textContent(), /^Contactpersoon 2 › Telefoonnummer: /);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("lists, optional sections and choices edit the case data", async () => {
    const { page, errors, context } = await openPage();
    await ready(page);
    await page.selectOption("#template", "afspraken");
    await ready(page);
    const sentNext = async (act, match) => {
      const shown = nextPreview(page, match);
      await act();
      const response = await shown;
      await settled(page);
      return JSON.parse(response.request().postData());
    };

    // Reorder: agreement 2 moves up; focus stays on its button.
    let sent = await sentNext(() => page.getByRole("button", { name: "Omhoog (afspraak 2)" }).click());
    assert.deepEqual(sent.agreements.slice(0, 2).map((a) => a.action), ["open-bank-account", "learnability-test"]);
    assert.equal(await page.evaluate(() => document.activeElement.id), "f__agreements__0--up");
    assert.equal(await page.locator("#f__agreements__0--up").getAttribute("aria-disabled"), "true");

    sent = await sentNext(() => page.getByRole("button", { name: "Omlaag (afspraak 1)" }).click());
    assert.equal(sent.agreements[1].action, "open-bank-account");
    sent = await sentNext(() => page.getByRole("button", { name: "Verwijderen (afspraak 1)" }).click());
    assert.equal(sent.agreements.length, 4);
    assert.equal(sent.agreements[0].action, "open-bank-account");

    // An optional section goes out of the letter and comes back as it was.
    const example = (await (await fetch(`${server}/v1/templates/afspraken`)).json()).example;
    sent = await sentNext(() => page.getByLabel("Volgende afspraak: opnemen in de brief").uncheck());
    assert.equal(sent.next_appointment, undefined);
    assert.equal(await page.locator("#f__next_appointment__place").count(), 0);
    sent = await sentNext(() => page.getByLabel("Volgende afspraak: opnemen in de brief").check());
    assert.deepEqual(sent.next_appointment, example.next_appointment);

    // Address lines: at least 2, at most 4.
    assert.equal(await page.getByRole("button", { name: "Verwijderen (adresregel 1)" }).getAttribute("aria-disabled"), "true");
    sent = await sentNext(() => page.getByRole("button", { name: "Adresregel toevoegen" }).click());
    assert.deepEqual(sent.recipient.address, [...example.recipient.address, ""]);
    sent = await sentNext(() => page.getByLabel("Adresregel 3").fill("Nederland"));
    assert.deepEqual(sent.recipient.address, [...example.recipient.address, "Nederland"]);
    await sentNext(() => page.getByRole("button", { name: "Adresregel toevoegen" }).click());
    assert.equal(await page.getByRole("button", { name: "Adresregel toevoegen" }).getAttribute("aria-disabled"), "true");
    sent = await sentNext(() => page.getByRole("button", { name: "Verwijderen (adresregel 4)" }).click());
    assert.equal(sent.recipient.address.length, 3);

    // Choices are labelled by the server: `labels` of the template, by the
    // enum's `x-message-prefix` (partner-resident has a `.label` for staff).
    const labels = (await (await fetch(`${server}/v1/templates/afspraken`)).json()).labels;
    assert.equal(labels["partner-resident"], "De inwoner zelf");
    const who = page.locator('[data-pointer="/agreements/0/who"]');
    const options = await who.locator("option").allTextContents();
    assert.ok(options.includes("De inwoner zelf"), options.join(", "));
    assert.ok(options.includes(labels["partner-budget-coach"]), options.join(", "));
    assert.equal(await who.locator('option[value="gp"]').textContent(), labels["partner-gp"]);
    assert.equal(await page.locator('[data-pointer="/recipient/form"] option[value="mr"]').textContent(), "Meneer");

    // A choice of several: checked codes are added, in the order checked.
    sent = await sentNext(() => page.locator("#f__conversation__participants").getByLabel("COA", { exact: true }).check());
    assert.deepEqual(sent.conversation.participants, ["vluchtelingenwerk", "budget-coach", "coa"]);
    await ready(page);

    // Amounts: a Dutch decimal comma is accepted; a check across fields lands on a field too.
    await page.selectOption("#template", "beschikking");
    await ready(page);
    const amount = page.getByLabel("Bijstandsnorm per maand (in euro)");
    await amount.selectText();
    // Typing renders as it goes: wait for the preview of the whole number.
    const whole = (r) => JSON.parse(r.request().postData()).assistance?.norm === 2000.5;
    sent = await sentNext(() => amount.pressSequentially("2000,5"), whole);
    assert.equal(sent.assistance.norm, 2000.5);
    // "1.958" is Dutch for 1958: ambiguous, so refused rather than read as 1,958.
    await amount.fill("1.958");
    assert.equal(await settled(page), "error");
    assert.match(await page.locator("#f__assistance__norm-error").textContent(), /zonder punt voor duizendtallen/);
    // 1400 − 93,25 vakantiegeld − 215,40 inkomen leaves less than the 1312,00 fixed costs:
    // a check across fields (the template's case-error with its code).
    const costs = nextPreview(page);
    await page.getByLabel("Bijstandsnorm per maand (in euro)").fill("1400");
    const costsProblem = await (await costs).json();
    assert.deepEqual(costsProblem.errors.map((e) => e.code), ["fixed-costs-over-assistance"]);
    assert.equal(await settled(page), "error");
    assert.equal(await page.locator("#status").textContent(), "Fout in 1 veld.");
    assert.equal(
      await page.locator("#problems a").textContent(),
      `Vaste lasten die de gemeente rechtstreeks betaalt: ${costsProblem.errors[0].text}`,
    );
    assert.match(costsProblem.errors[0].text, /^De vaste lasten zijn samen hoger/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("case JSON: invalid JSON is refused, valid JSON replaces the form, the current JSON can be read", async () => {
    const { page, errors, context } = await openPage();
    await ready(page);
    await page.selectOption("#template", "afspraken");
    await ready(page);

    await page.getByText("Casusgegevens plakken of uploaden (JSON)").click();
    await page.getByLabel("JSON plakken").fill('{"reference": "AFS-1",');
    await page.getByRole("button", { name: "Gegevens overnemen" }).click();
    assert.match(await page.locator("#json-error").textContent(), /geen geldige JSON \(regel 1, kolom \d+\)/);
    assert.equal(await page.getByLabel("Ons kenmerk").inputValue(), "AFS-2026-01873", "the form is unchanged");

    const example = (await (await fetch(`${server}/v1/templates/afspraken`)).json()).example;
    example.recipient.name = "Fatima Yilmaz";
    example.agreements = example.agreements.slice(0, 2);
    delete example.contacts;
    const shown = nextPreview(page, (r) => (r.request().postData() ?? "").includes("Fatima Yilmaz"));
    await page.getByLabel("JSON plakken").fill(JSON.stringify(example));
    await page.getByRole("button", { name: "Gegevens overnemen" }).click();
    assert.equal((await shown).status(), 200);
    await ready(page);
    assert.ok(await page.locator("#json-error").isHidden());
    assert.equal(await page.getByLabel("Volledige naam").inputValue(), "Fatima Yilmaz");
    assert.equal(await page.locator("fieldset.item").count(), 2);

    // Upload a file.
    example.reference = "AFS-2026-07777";
    const uploaded = nextPreview(page, (r) => (r.request().postData() ?? "").includes("AFS-2026-07777"));
    await page.getByLabel("Of kies een bestand").setInputFiles({
      name: "zaak.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(example)),
    });
    assert.equal((await uploaded).status(), 200);
    await ready(page);
    assert.equal(await page.getByLabel("Ons kenmerk").inputValue(), "AFS-2026-07777");
    assert.match(await page.locator("#status").textContent(), /Voorbeeld bijgewerkt/);

    // What the form holds now, as JSON.
    await page.getByText("Huidige gegevens bekijken of kopiëren (JSON)").click();
    assert.deepEqual(JSON.parse(await page.locator("#json-output").inputValue()), example);

    // Switching letter type keeps the resident and the staff member.
    await page.selectOption("#template", "uitnodiging");
    await ready(page);
    assert.equal(await page.getByLabel("Volledige naam").inputValue(), "Fatima Yilmaz");
    assert.match(await page.getByLabel("Ons kenmerk").inputValue(), /^UIT-/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("stale previews are thrown away: the last edit is what is shown", async () => {
    const { page, errors, context } = await openPage();
    await ready(page);
    // Hold back the render of an intermediate state, so its answer arrives last.
    await page.route("**/v1/templates/*/render?*", async (route) => {
      if ((route.request().postData() ?? "").includes("TRAAG")) await new Promise((r) => setTimeout(r, 1500));
      await route.continue().catch(() => {});
    });
    const slow = page.waitForRequest((r) => (r.postData() ?? "").includes("TRAAG"));
    await page.getByLabel("Ons kenmerk").fill("TRAAG-1");
    await slow;
    const fast = nextPreview(page, (r) => (r.request().postData() ?? "").includes("SNEL-2"));
    await page.getByLabel("Ons kenmerk").fill("SNEL-2");
    const etag = (await fast).headers().etag;
    await ready(page);
    await page.waitForTimeout(1800); // the held-back answer would have arrived by now
    assert.ok(etag);
    assert.equal(await page.locator("#pages img").first().getAttribute("data-etag"), etag, "page 1 is the render of the last edit");
    assert.equal(await page.locator("#preview").getAttribute("data-state"), "ready");

    // While typing only the first page is rendered, at most once a keystroke;
    // the later pages are asked for once typing pauses, for the last text.
    const firsts = [];
    const laters = [];
    page.on("request", (r) => {
      if (r.method() !== "POST" || !/\/render\?/.test(r.url())) return;
      (new URL(r.url()).searchParams.get("page") === "1" ? firsts : laters).push(r.postData() ?? "");
    });
    await page.getByLabel("Ons kenmerk").pressSequentially("ABCDEFGH", { delay: 20 });
    await ready(page);
    assert.ok(firsts.length >= 1 && firsts.length <= 8, `8 keystrokes made ${firsts.length} first-page renders`);
    assert.ok(firsts.at(-1).includes("SNEL-2ABCDEFGH"), "the last first-page render has the last text");
    assert.ok(laters.length > 0, "the later pages follow");
    assert.ok(laters.every((body) => body.includes("SNEL-2ABCDEFGH")), "later pages only for the last text");
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("other problems are shown as a readable message", async () => {
    const { page, errors, context } = await openPage();
    await ready(page);
    const problem = (status, body) => (route) =>
      route.fulfill({ status, contentType: "application/problem+json", body: JSON.stringify({ status, ...body }) });

    await page.route("**/render?*", problem(500, {
      type: "urn:eigentaal:template-error", title: "Internal Server Error",
      detail: "template `afspraken` failed to compile", diagnostics: ["letter.typ:3:1: error: unknown variable"],
    }));
    await page.getByLabel("Ons kenmerk").fill("AFS-1");
    assert.equal(await settled(page), "error");
    assert.match(await page.locator("#problems h3").textContent(), /Er ging iets mis op de server\. Dit ligt niet aan u\./);
    assert.match(await page.locator("#problems").textContent(), /letter\.typ:3:1/);

    await page.unrouteAll();
    await page.route("**/render?*", problem(406, { type: "urn:eigentaal:unavailable-language", detail: "language `xx` is not available", available: ["ar", "nl"] }));
    await page.getByLabel("Ons kenmerk").fill("AFS-2");
    assert.equal(await settled(page), "error");
    assert.match(await page.locator("#problems").textContent(), /bestaat niet in deze taal.*Beschikbare talen: ar, nl/);

    // The page goes by the problem type, not the status: not every 400 is bad JSON.
    await page.unrouteAll();
    await page.route("**/render?*", problem(400, { type: "urn:eigentaal:bad-language-tag", detail: "`x!` is not a language tag" }));
    await page.getByLabel("Ons kenmerk").fill("AFS-2b");
    assert.equal(await settled(page), "error");
    assert.match(await page.locator("#problems h3").textContent(), /Deze taalcode bestaat niet/);
    await page.unrouteAll();
    await page.route("**/render?*", problem(400, { type: "urn:eigentaal:malformed-json", detail: "not valid JSON" }));
    await page.getByLabel("Ons kenmerk").fill("AFS-2c");
    assert.equal(await settled(page), "error");
    assert.match(await page.locator("#problems h3").textContent(), /geen geldige JSON/);

    await page.unrouteAll();
    await page.route("**/render?*", (route) => route.abort("connectionrefused"));
    await page.getByLabel("Ons kenmerk").fill("AFS-3");
    assert.equal(await settled(page), "error");
    assert.match(await page.locator("#status").textContent(), /Geen verbinding met de server/);

    await page.unrouteAll();
    await page.getByLabel("Ons kenmerk").fill("AFS-4");
    await ready(page);
    assert.ok(await page.locator("#problems").isHidden());
    assert.deepEqual(errors.filter((e) => !/ERR_CONNECTION_REFUSED|Failed to fetch/.test(e)), []);
    await context.close();
  });

  test("zoom works with buttons and keys", async () => {
    const { page, errors, context } = await openPage();
    await ready(page);
    const width = () => page.locator("#pages img").first().evaluate((img) => img.getBoundingClientRect().width);
    const fit = await width();
    await page.locator("#zoom-in").focus();
    await page.keyboard.press("Enter");
    assert.equal(await page.locator("#zoom-level").textContent(), "125%");
    assert.ok((await width()) > fit * 1.2);
    await page.locator("#pages").focus();
    await page.keyboard.press("-");
    await page.keyboard.press("-");
    assert.equal(await page.locator("#zoom-level").textContent(), "90%");
    assert.ok((await width()) < fit);
    await page.keyboard.press("0");
    assert.equal(await page.locator("#zoom-level").textContent(), "100%");
    assert.equal(await page.getByRole("button", { name: "Vergroten" }).count(), 1);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("every template's form is labelled and its example renders in every language", async () => {
    const { page, errors, context } = await openPage();
    await ready(page);
    const templates = await (await fetch(`${server}/v1/templates`)).json();
    for (const t of templates) {
      await page.selectOption("#template", t.name);
      await ready(page);
      const report = await page.evaluate(() => {
        const controls = [...document.querySelectorAll("#case-form input, #case-form select, #case-form textarea")];
        const ids = [...document.querySelectorAll("[id]")].map((e) => e.id);
        return {
          controls: controls.length,
          unlabelled: controls.filter((c) => c.labels.length === 0).map((c) => c.id),
          withoutPointer: controls.filter((c) => !c.dataset.pointer && !c.dataset.include && !c.dataset.choiceOf).map((c) => c.id),
          fieldsetsWithoutLegend: [...document.querySelectorAll("#case-form fieldset")].filter((f) => !f.querySelector(":scope > legend")).length,
          duplicateIds: ids.filter((id, i) => ids.indexOf(id) !== i),
        };
      });
      assert.ok(report.controls > 5, t.name);
      assert.deepEqual(report.unlabelled, [], `${t.name}: controls without a label`);
      assert.deepEqual(report.withoutPointer, [], `${t.name}: controls without data-pointer`);
      assert.equal(report.fieldsetsWithoutLegend, 0, t.name);
      assert.deepEqual(report.duplicateIds, [], t.name);
      for (const l of t.languages) {
        await page.locator(`#lang-${l.lang}`).check();
        await ready(page);
      }
      await page.locator("#lang-nl").check();
      await ready(page);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("print opens the PDF in a new tab", async () => {
    const { page, errors, context } = await openPage();
    await ready(page);
    const [popup] = await Promise.all([context.waitForEvent("page"), page.getByRole("button", { name: "Afdrukken" }).click()]);
    await page.waitForFunction(() => /nieuw tabblad/.test(document.getElementById("status").textContent));
    await popup.waitForURL(/^blob:http:\/\/127\.0\.0\.1:\d+\//);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("says whether a translator reviewed every sentence; a decision needs an explicit choice", async () => {
    // A copy of the project where a translator reviewed every Arabic message
    // of the afspraken letter (records made with the real `eigentaal review`).
    const project = mkdtempSync(join(tmp, "project-"));
    for (const top of ["templates", "locales", "branding"]) cpSync(join(ROOT, top), join(project, top), { recursive: true });
    for (const lang of readdirSync(join(project, "locales"))) rmSync(join(project, "locales", lang, "reviews.toml"), { force: true });
    const status = JSON.parse(execFileSync(BIN, ["review", "status", "--lang", "ar", "--template", "afspraken", "--format", "json", project], { encoding: "utf8" }));
    const keys = status.messages.filter((m) => m.status !== "missing").map((m) => m.key);
    execFileSync(BIN, ["review", "approve", "--lang", "ar", "--reviewer", "A. Haddad", ...keys.flatMap((k) => ["--key", k]), project]);
    const base = await startServer({ EIGENTAAL_PROJECT: project });
    const { page, errors, context } = await openPage(base);
    await ready(page);
    const line = page.locator("#review-status");
    assert.ok(await page.locator("#review").isHidden(), "a Dutch letter is the original: no line");

    await page.selectOption("#template", "afspraken");
    await ready(page);
    // Per sentence: Arabic is reviewed for this letter, not for the others.
    assert.match(await page.locator('label[for="lang-ar"]').textContent(), /gecontroleerd door vertaler/);
    assert.match(await page.locator('label[for="lang-uk"]').textContent(), /machinaal concept/);
    let shown = nextPreview(page, (r) => new URL(r.url()).searchParams.get("lang") === "ar");
    await page.getByRole("radio", { name: /Arabisch/ }).check();
    let response = await shown;
    await ready(page);
    assert.match(response.headers()["x-eigentaal-review"], /^lang=ar, messages=(\d+), reviewed=\1, stale=0/);
    assert.equal(await line.textContent(), "Vertaling: alle zinnen nagekeken door een vertaler.");
    assert.ok(await page.locator("#accept-unreviewed-row").isHidden());

    // Ukrainian is a machine draft: the line counts the sentences of this letter.
    shown = nextPreview(page, (r) => new URL(r.url()).searchParams.get("lang") === "uk");
    await page.getByRole("radio", { name: /Oekraïens/ }).check();
    response = await shown;
    await ready(page);
    const [, messages] = /messages=(\d+)/.exec(response.headers()["x-eigentaal-review"]);
    assert.ok(Number(messages) > 10);
    assert.equal(await line.textContent(), `Vertaling: ${messages} zinnen niet nagekeken door een vertaler (${messages} machinaal vertaald).`);
    assert.ok(await page.locator("#accept-unreviewed-row").isHidden(), "afspraken does not require review");

    // The decision requires review: the preview shows, the PDF needs the box.
    await page.selectOption("#template", "beschikking");
    await ready(page);
    // The common sentences are reviewed in Arabic, the decision's own are not.
    assert.match(await page.locator('label[for="lang-ar"]').textContent(), /deels gecontroleerd: \d+ van \d+ zinnen/);
    assert.match(await line.textContent(), /^Vertaling: \d+ zinnen niet nagekeken door een vertaler/);
    assert.ok(await page.locator("#accept-unreviewed-row").isVisible());
    const refused = page.waitForResponse((r) => r.request().method() === "POST" && r.request().headers().accept === "application/pdf");
    await page.getByRole("button", { name: "PDF downloaden" }).click();
    assert.equal((await refused).status(), 409);
    await page.waitForFunction(() => !document.getElementById("problems").hidden);
    assert.match(await page.locator("#problems").textContent(), /kan nog niet verstuurd worden: \d+ zinnen zijn niet nagekeken door een vertaler/);

    await page.getByLabel("Toch maken, met zinnen die niet zijn nagekeken").check();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "PDF downloaden" }).click()]);
    const file = join(tmp, download.suggestedFilename());
    await download.saveAs(file);
    assert.equal(readFileSync(file).subarray(0, 5).toString("latin1"), "%PDF-");
    assert.match(download.suggestedFilename(), /^beschikking-.*-uk-nl\.pdf$/);

    // Back to Dutch: no line, and the choice is not carried over.
    await page.locator("#lang-nl").check();
    await ready(page);
    assert.ok(await page.locator("#review").isHidden());
    assert.equal(await page.locator("#accept-unreviewed").isChecked(), false);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("many letters from a spreadsheet: the ZIP comes back, rows that fail are shown in a table", async () => {
    const { page, errors, requests, context } = await openPage();
    await ready(page);
    await page.selectOption("#template", "afspraken");
    await ready(page);

    // The ready-to-fill sheet of the chosen letter.
    const [sheet] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Invulbestand downloaden (Excel)" }).click(),
    ]);
    assert.equal(sheet.suggestedFilename(), "afspraken.xlsx");
    const sheetFile = join(tmp, "afspraken.xlsx");
    await sheet.saveAs(sheetFile);
    assert.equal(readFileSync(sheetFile).subarray(0, 4).toString("latin1"), "PK\x03\x04");

    /** Uploads `file`, starts the batch, returns the entries of the ZIP it downloads. */
    const upload = async (file) => {
      await page.getByLabel("Kies het ingevulde bestand (.xlsx of .csv)").setInputFiles(file);
      const [zip] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Brieven maken" }).click()]);
      assert.equal(zip.suggestedFilename(), "afspraken-batch.zip");
      const path = join(tmp, `batch-${Date.now()}.zip`);
      await zip.saveAs(path);
      const bytes = readFileSync(path);
      const entries = zipEntries(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
      await page.waitForFunction(() => document.getElementById("batch-status").dataset.state !== "busy");
      return entries;
    };

    // The sheet as downloaded: its example row is one letter.
    let entries = await upload(sheetFile);
    assert.deepEqual(entries.map((e) => e.name).filter((n) => n.endsWith(".pdf")), ["afspraken-1-nl.pdf"]);
    assert.match(await page.locator("#batch-status").textContent(), /^1 brief gemaakt en gedownload in afspraken-batch\.zip\.$/);
    assert.ok(await page.locator("#batch-errors").isHidden());

    // A CSV made from the sheet: one good row, a date that is no date, a code the letter does not know.
    const csv = (await (await fetch(`${server}/v1/templates/afspraken/sheet?format=csv`)).text()).replace(/^\uFEFF/, "");
    const [head, example] = csv.split("\r\n");
    const columns = head.split(";");
    const col = (name) => {
      const i = columns.indexOf(name);
      assert.ok(i >= 0, name);
      return i;
    };
    const letter = (i) => (i < 26 ? "" : String.fromCharCode(64 + Math.floor(i / 26))) + String.fromCharCode(65 + (i % 26));
    const row = (edit) => {
      const cells = example.split(";");
      edit(cells);
      return cells.join(";");
    };
    const body = [
      head,
      row((c) => { c[col("id")] = "2"; c[col("recipient/name")] = "Fatima Yılmaz"; }),
      row((c) => { c[col("id")] = "3"; c[col("agreements/0/due")] = "morgen"; }),
      row((c) => { c[col("id")] = "4"; c[col("agreements/1/who")] = "niemand"; }),
    ].join("\r\n");
    entries = await upload({ name: "brieven.csv", mimeType: "application/vnd.ms-excel", buffer: Buffer.from(`\uFEFF${body}\r\n`) });
    const pdfs = entries.filter((e) => e.name.endsWith(".pdf"));
    assert.deepEqual(pdfs.map((e) => e.name), ["afspraken-2-nl.pdf"]);
    assert.match(pdfText(Buffer.from(await pdfs[0].read())), /Fatima Yılmaz/);
    assert.match(await page.locator("#batch-status").textContent(), /1 brief gemaakt.*2 rijen werden geen brief/);

    // The table says, per row, which cell and field to correct, in Dutch.
    const table = page.getByRole("table", { name: "Rijen die geen brief werden" });
    assert.ok(await table.isVisible());
    const rows = await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    assert.deepEqual(rows, [
      ["3", `${letter(col("agreements/0/due"))}3`, "Afspraak 1 › Klaar op", "Vul een datum in, zoals 23-11-2026."],
      ["4", `${letter(col("agreements/1/who"))}4`, "Afspraak 2 › Wie doet het", "Kies een van de mogelijkheden."],
    ]);
    assert.deepEqual(await table.locator("thead th").allTextContents(), ["Rij", "Cel", "Gegeven", "Wat moet anders"]);
    // Those words are the `text` of errors.ndjson in the ZIP, beside each error's code.
    const report = Buffer.from(await entries.find((e) => e.name === "errors.ndjson").read()).toString("utf8");
    const failures = report.trim().split("\n").map((line) => JSON.parse(line));
    assert.deepEqual(
      failures.map((f) => f.errors.map((e) => [e.code, e.text])),
      [[["cell-date", "Vul een datum in, zoals 23-11-2026."]], [["choice", "Kies een van de mogelijkheden."]]],
    );
    assert.ok(await page.getByRole("link", { name: "Zip-bestand opnieuw downloaden" }).isVisible());

    // A file the server cannot read at all: a message, no table.
    await page.getByLabel("Kies het ingevulde bestand (.xlsx of .csv)").setInputFiles({
      name: "fout.csv", mimeType: "text/csv", buffer: Buffer.from("id;naam\r\n1;Amina\r\n"),
    });
    await page.getByRole("button", { name: "Brieven maken" }).click();
    await page.waitForFunction(() => document.getElementById("batch-status").dataset.state === "error");
    assert.equal(
      await page.locator("#batch-status").textContent(),
      "De kolom „naam” (cel B1) hoort niet bij deze brief. Gebruik de kolomnamen uit het invulbestand.",
    );
    assert.ok(await page.locator("#batch-result").isHidden());

    // The file went to the batch endpoint only.
    const posts = requests.filter((r) => r.method === "POST").map((r) => new URL(r.url).pathname);
    assert.ok(posts.every((p) => /^\/v1\/templates\/afspraken\/(render|batch)$/.test(p)), posts.join(" "));
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("with API keys, the page asks for a key and keeps it in this tab only", async () => {
    const base = await startServer({ EIGENTAAL_API_KEYS: `web=${API_KEY}` });
    const { page, errors, requests, context } = await openPage(base);
    const key = page.getByLabel("API-sleutel", { exact: true });
    await key.waitFor();
    assert.match(await page.locator("#auth-message").textContent(), /vraagt een API-sleutel/);

    await key.fill("wrong-key-wrong-key-wrong");
    await page.getByRole("button", { name: "Sleutel gebruiken" }).click();
    await page.waitForFunction(() => /klopt niet/.test(document.getElementById("auth-message").textContent));

    await key.fill(API_KEY);
    await page.getByRole("button", { name: "Sleutel gebruiken" }).click();
    await ready(page);
    assert.ok(await page.locator("#auth").isHidden());
    const storage = await page.evaluate(() => ({ local: localStorage.length, session: { ...sessionStorage } }));
    assert.deepEqual(storage, { local: 0, session: { "eigentaal-api-key": API_KEY } });
    const render = requests.filter((r) => r.method === "POST").at(-1);
    assert.equal(render.headers.authorization, `Bearer ${API_KEY}`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("the language picker finds a language by its Dutch name, its own name or its code", async () => {
    const { page, errors, context } = await openPage();
    await ready(page);
    await page.selectOption("#template", "afspraken");
    await ready(page);
    const all = await page.locator("#lang-options .radio").count();
    assert.ok(all > 7, `${all} languages`);
    const search = page.getByLabel("Zoek een taal");
    assert.ok(await search.isVisible(), "a search field with many languages");
    assert.equal(await page.locator("#lang-count").textContent(), `${all} talen`);
    const shown = () => page.locator("#lang-options .radio:not([hidden]) input").evaluateAll((xs) => xs.map((x) => x.value));
    // Dutch, the chosen language, stays in view; the rest is what matches.
    for (const [typed, found] of [["dari", "fa-AF"], ["prs", "fa-AF"], ["پښتو", "ps"], ["oekraiens", "uk"], ["PERZISCH", "fa"]]) {
      await search.fill(typed);
      assert.deepEqual(await shown(), ["nl", found], typed);
      assert.match(await page.locator("#lang-count").textContent(), new RegExp(`^1 van de ${all} talen$`), typed);
    }
    await search.fill("xyz");
    assert.equal(await page.locator("#lang-count").textContent(), "Geen taal gevonden voor „xyz”.");
    // Enter picks what was found: the letter is made in Dari, with Afghan months.
    await search.fill("Dari");
    const preview = nextPreview(page, (r) => new URL(r.url()).searchParams.get("lang") === "fa-AF");
    await search.press("Enter");
    const response = await preview;
    assert.equal(response.headers()["content-language"], "fa-AF, nl");
    assert.ok(await page.locator("#lang-fa-AF").isChecked());
    assert.equal(await page.evaluate(() => document.activeElement.id), "lang-fa-AF");
    await ready(page);
    assert.match(await page.locator('label[for="lang-fa-AF"]').textContent(), /Dari — دری \(fa-AF, prs\)/);
    await search.fill("");
    assert.equal((await shown()).length, all);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("the letters' fonts come from the server and draw the languages' own names", async () => {
    const { page, errors, requests, context } = await openPage();
    await ready(page);
    await page.selectOption("#template", "afspraken");
    await ready(page);
    await page.evaluate(() => document.fonts.ready);
    // What Chromium actually drew each name with (this machine has no
    // Pashto or Ethiopic font; its DejaVu has Arabic, which must not be used).
    const cdp = await context.newCDPSession(page);
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
    const names = await page.locator("#lang-options span[lang]").evaluateAll((xs) => xs.map((x) => ({ lang: x.lang, dir: x.dir, text: x.textContent })));
    const drawn = {};
    for (const { lang, dir, text } of names) {
      const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: `#lang-options span[lang="${lang}"]` });
      const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
      const family = dir === "rtl" ? "Noto Naskh Arabic" : /[\u1200-\u137f]/u.test(text) ? "Noto Sans Ethiopic" : null;
      if (!family) continue;
      drawn[lang] = fonts;
      assert.ok(fonts.length > 0, `${lang}: no font`);
      // Every letter of the script is drawn by the page's font; spaces and
      // punctuation (Sorani's "(سۆرانی)") may come from another font.
      const main = fonts.find((f) => f.familyName === family);
      assert.ok(main, `${lang} (${text}) drawn with ${JSON.stringify(fonts)}`);
      assert.ok(main.isCustomFont, `${lang}: ${main.familyName} is a system font, not the page's`);
      const neutral = [...text].filter((c) => /[\s\p{P}\p{S}]/u.test(c)).length;
      const elsewhere = fonts.filter((f) => f !== main).reduce((n, f) => n + f.glyphCount, 0);
      assert.ok(elsewhere <= neutral, `${lang} (${text}): letters drawn with ${JSON.stringify(fonts)}`);
    }
    for (const lang of ["ar", "fa", "fa-AF", "ps", "ti"]) assert.ok(drawn[lang], `${lang} was checked`);
    // Served by eigentaal itself, as TrueType; no other origin.
    const fontRequests = requests.filter((r) => new URL(r.url).pathname.startsWith("/ui/fonts/")).map((r) => new URL(r.url));
    assert.ok(fontRequests.some((u) => /NotoNaskhArabic-\w+\.ttf$/.test(u.pathname)), JSON.stringify(fontRequests));
    assert.ok(fontRequests.some((u) => /NotoSansEthiopic-\w+\.ttf$/.test(u.pathname)));
    for (const u of fontRequests) assert.equal(u.origin, server);
    const font = await fetch(`${server}/ui/fonts/NotoNaskhArabic-Regular.ttf`);
    assert.equal(font.status, 200);
    assert.equal(font.headers.get("content-type"), "font/ttf");
    assert.equal((await fetch(`${server}/ui/fonts/Nope.ttf`)).status, 404);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("screenshots for the README (SCREENSHOTS=1)", { skip: process.env.SCREENSHOTS !== "1" }, async () => {
    const { page, errors, context } = await openPage(server, { width: 1440, height: 1000 });
    await ready(page);
    await page.selectOption("#template", "afspraken");
    await ready(page);
    await page.screenshot({ path: join(ROOT, "docs/images/web-nl.png") });
    await page.locator("#lang-ar").check();
    await page.locator("#with-nl").check();
    await ready(page);
    await page.screenshot({ path: join(ROOT, "docs/images/web-ar.png") });
    // Many languages: the search field, and a Persian letter with the Dutch text.
    await page.getByLabel("Zoek een taal").fill("perz");
    await page.locator("#lang-fa").check();
    await ready(page);
    await page.screenshot({ path: join(ROOT, "docs/images/web-fa.png") });
    assert.deepEqual(errors, []);
    await context.close();
  });
});
