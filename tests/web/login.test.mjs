// Staff sign-in on the staff page, in a real headless Chromium: the page
// sends staff to the OpenID Provider, they fill in the provider's own login
// form, come back signed in, write a letter (their name filled in from the
// sign-in), download the PDF, and sign out. Started by tests/it/oidc.rs,
// which runs the provider (Debian's glewlwyd) and `eigentaal serve` with
// login, and passes:
//
//   EIGENTAAL_URL   the service (its --public-url)
//   OP_USER, OP_PASSWORD, STAFF_NAME, STAFF_EMAIL   the provider's test user
//   CHROMIUM        the browser (default /usr/bin/chromium)

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const BASE = process.env.EIGENTAAL_URL;
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const tmp = mkdtempSync(join(tmpdir(), "eigentaal-login-"));
let browser;

before(async () => {
  assert.ok(BASE, "EIGENTAAL_URL is not set: run this through `cargo test --test it oidc`");
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function settled(page) {
  const state = await page.waitForFunction(() => {
    const s = document.getElementById("preview").dataset.state;
    return ["ready", "error"].includes(s) && s;
  }, null, { timeout: 30_000 });
  return state.jsonValue();
}

test("staff sign in at the provider, write a letter with their name, and sign out", async () => {
  const context = await browser.newContext({ locale: "nl-NL", acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));

  // Not signed in: the page asks to sign in, not for an API key.
  await page.goto(`${BASE}/`);
  const signIn = page.getByRole("link", { name: "Aanmelden" });
  await signIn.waitFor({ state: "visible" });
  assert.ok(await page.locator("#auth").isHidden(), "the page asks for an API key");

  // At the provider (in Dutch, the browser's language): its own login form,
  // the first time its consent to the scopes, then on to this service.
  await signIn.click();
  await page.waitForURL((url) => !url.href.startsWith(BASE), { timeout: 15_000 });
  await page.locator("#username").fill(process.env.OP_USER);
  await page.locator("#password").fill(process.env.OP_PASSWORD);
  await page.locator("#loginbut").click();
  try {
    await page.getByRole("button", { name: "Toegang toestaan" }).waitFor({ timeout: 15_000 });
    for (const box of await page.getByRole("checkbox").all()) await box.check();
    await page.getByRole("button", { name: "Toegang toestaan" }).click();
    await page.getByRole("button", { name: "Doorgaan" }).click({ timeout: 15_000 });
  } catch (e) {
    throw new Error(`${e.message}\nat ${page.url()}:\n${await page.locator("body").innerText()}`);
  }
  await page.waitForURL(`${BASE}/`, { timeout: 15_000 });

  // Back, signed in; the staff block carries the signed-in name and e-mail.
  const who = page.locator("#session-name");
  await who.waitFor({ state: "visible" });
  assert.equal(await who.textContent(), `U bent aangemeld als ${process.env.STAFF_NAME}.`);
  assert.ok(await page.locator("#auth").isHidden());
  await page.selectOption("#template", "afspraken");
  assert.equal(await settled(page), "ready", await page.locator("#problems").textContent());
  assert.equal(await page.locator("#f__staff__name").inputValue(), process.env.STAFF_NAME);
  assert.equal(await page.locator("#f__staff__email").inputValue(), process.env.STAFF_EMAIL);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "PDF downloaden" }).click(),
  ]);
  const file = join(tmp, download.suggestedFilename());
  await download.saveAs(file);
  assert.equal(readFileSync(file).subarray(0, 5).toString(), "%PDF-");
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  assert.ok(text.includes(process.env.STAFF_NAME), `the letter does not name ${process.env.STAFF_NAME}:\n${text}`);

  // Sign out: the session the browser had no longer opens the API.
  const [session] = (await context.cookies(BASE)).filter((c) => c.name === "eigentaal-session");
  assert.ok(session, "no session cookie");
  assert.ok(session.httpOnly, "the session cookie is readable by scripts");
  assert.equal(session.sameSite, "Lax");
  const before = await fetch(`${BASE}/v1/templates`, { headers: { cookie: `${session.name}=${session.value}` } });
  assert.equal(before.status, 200);
  await page.getByRole("button", { name: "Afmelden" }).click();
  await page.getByRole("link", { name: "Aanmelden" }).waitFor({ state: "visible" });
  assert.match(await page.locator("#sign-in-message").textContent(), /U bent afgemeld/);
  assert.ok(await page.locator("#session").isHidden());
  const afterSignOut = await fetch(`${BASE}/v1/templates`, { headers: { cookie: `${session.name}=${session.value}` } });
  assert.equal(afterSignOut.status, 401);
  assert.equal((await context.cookies(BASE)).filter((c) => c.name === "eigentaal-session").length, 0);
  assert.deepEqual(errors, []);
  await context.close();
});
