// The staff page: pick a letter and a language, fill in the case, see the
// letter as the server renders it, download or print the PDF.
//
// Privacy: the case data lives in this page's memory only. It is sent nowhere
// but to POST /v1/templates/{name}/render (and a spreadsheet the user picks
// for many letters to POST .../batch, see batch.js), and never written to localStorage,
// sessionStorage, cookies or the URL. Only an API key (if the server asks for
// one) is kept, in sessionStorage, so it is gone when the tab closes. When the
// server has staff sign-in (GET /auth/me answers), the session cookie takes
// the key's place: the page asks for no key, sends the session's CSRF token
// with every POST, and fills the staff member's name and e-mail in the letter.

import { setupBatch } from "./batch.js";
import { h } from "./dom.js";
import { CaseForm } from "./form.js";
import { plural } from "./labels.js";

const KEY_STORAGE = "eigentaal-api-key";
// A keystroke's preview starts after this pause: short, as a render takes a
// few milliseconds and a newer edit cancels an older preview. The later
// pages follow once typing has paused this much longer, so that typing
// renders the first page only.
const DEBOUNCE_MS = 30;
const LATER_PAGES_MS = 250;
const ZOOM_STEPS = [0.5, 0.67, 0.75, 0.9, 1, 1.25, 1.5, 2, 2.5, 3];

const $ = (id) => document.getElementById(id);

const state = {
  templates: [],
  details: new Map(),
  template: null,
  lang: "nl",
  withNl: true,
  data: {},
  /** Bumped on every render; a response for an older number is thrown away. */
  renderSeq: 0,
  controller: null,
  timer: 0,
  pageUrls: [],
  zoom: 1,
  ready: false,
  /** The signed-in staff member ({ name, email, csrfToken }), with sign-in. */
  staff: null,
  /** The server has staff sign-in. */
  login: false,
};

const form = new CaseForm($("case-form"), ({ structural }) => {
  refreshJson();
  scheduleRender(structural ? 0 : DEBOUNCE_MS);
});

// ---------------------------------------------------------------- API calls

class AuthNeeded extends Error {}

/**
 * fetch() for /v1 with the API key, if there is one, or the session's CSRF
 * token; 401/403 ask for a key, or to sign in again.
 */
async function api(path, init = {}) {
  const key = sessionStorage.getItem(KEY_STORAGE);
  const headers = new Headers(init.headers);
  if (state.login) {
    if (state.staff && (init.method ?? "GET") !== "GET") headers.set("X-CSRF-Token", state.staff.csrfToken);
  } else if (key) {
    headers.set("Authorization", `Bearer ${key}`);
  }
  const response = await fetch(path, { ...init, headers, cache: "no-store", credentials: "same-origin" });
  if (state.login && response.status === 401) {
    askToSignIn("Uw aanmelding is verlopen. Meld u opnieuw aan.");
    throw new AuthNeeded();
  }
  if (state.login && response.status === 403) return response;
  if (response.status === 401 || response.status === 403) {
    askForKey(
      response.status === 401 || !key
        ? "Deze server vraagt een API-sleutel. Vul de sleutel in die u van de beheerder heeft gekregen."
        : "Deze API-sleutel klopt niet. Controleer de sleutel of vraag de beheerder om een nieuwe.",
    );
    throw new AuthNeeded();
  }
  return response;
}

/** The problem+json body of a failed response, or a stand-in. */
async function problemOf(response) {
  try {
    const body = await response.json();
    if (body && typeof body === "object") return { status: response.status, ...body };
  } catch {
    /* not JSON: fall through */
  }
  return { status: response.status, title: response.statusText };
}

function renderUrl({ preview = false, ...extra } = {}) {
  const q = new URLSearchParams({ lang: state.lang });
  if ((state.withNl || state.template.decision) && state.lang !== "nl") q.set("with", "nl");
  // A preview is not sent to anyone: it may show unreviewed text. The PDF
  // only when staff ticked that they accept it (the server refuses it
  // otherwise where the letter requires reviewed translations).
  if (preview || $("accept-unreviewed").checked) q.set("acceptUnreviewed", "true");
  for (const [k, v] of Object.entries(extra)) q.set(k, String(v));
  return `/v1/templates/${encodeURIComponent(state.template.name)}/render?${q}`;
}

function renderRequest(accept, extra, signal) {
  return api(renderUrl(extra), {
    method: "POST",
    headers: { Accept: accept, "Content-Type": "application/json" },
    body: JSON.stringify(state.data),
    signal,
  });
}

// ---------------------------------------------------------------- sign-in

/**
 * Asks the server who is signed in: 200 a staff member, 401 sign-in is
 * needed, anything else (404) the server has no sign-in and the page works
 * with API keys as before.
 */
async function whoIsSignedIn() {
  let response;
  try {
    response = await fetch("/auth/me", { cache: "no-store", credentials: "same-origin" });
  } catch {
    return;
  }
  if (response.status === 200) {
    state.login = true;
    state.staff = await response.json();
    $("session-name").textContent = `U bent aangemeld als ${state.staff.name ?? state.staff.email ?? "medewerker"}.`;
    $("session").hidden = false;
  } else if (response.status === 401) {
    state.login = true;
  }
}

function askToSignIn(message) {
  $("sign-in-message").textContent = message;
  $("sign-in").hidden = false;
  $("session").hidden = true;
  setStatus("U moet zich aanmelden.");
  $("sign-in-link").focus();
}

$("sign-out").addEventListener("click", async () => {
  try {
    await fetch("/auth/logout", {
      method: "POST",
      headers: { "X-CSRF-Token": state.staff?.csrfToken ?? "" },
      cache: "no-store",
      credentials: "same-origin",
    });
  } catch {
    /* the cookie is cleared or was already gone: show the sign-in */
  }
  // The letter and its data leave the page with the session.
  window.location.replace("/?afgemeld");
});

/**
 * The signed-in staff member's name and e-mail in the letter's staff block,
 * where the template has one: in fields that are empty or still hold the
 * example's text, never over what staff typed.
 */
function prefillStaff(data, detail) {
  if (!state.staff) return;
  const schema = detail.schema ?? {};
  let block = schema.properties?.staff;
  const ref = block?.$ref?.match(/^#\/\$defs\/(.+)$/);
  if (ref) block = schema.$defs?.[ref[1]];
  if (!block?.properties) return;
  const example = detail.example?.staff ?? {};
  const staff = (data.staff ??= {});
  for (const field of ["name", "email"]) {
    const value = state.staff[field];
    if (!value || !block.properties[field]) continue;
    if (!staff[field] || staff[field] === example[field]) staff[field] = value;
  }
}

// ---------------------------------------------------------------- API key

function askForKey(message) {
  $("auth-message").textContent = message;
  $("auth").hidden = false;
  setStatus("Er is een API-sleutel nodig.");
  $("api-key").focus();
}

$("auth-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const key = $("api-key").value.trim();
  if (!key) return;
  sessionStorage.setItem(KEY_STORAGE, key);
  $("api-key").value = "";
  $("auth").hidden = true;
  if (state.ready) scheduleRender(0);
  else setupBatch({
  api,
  problemOf,
  isAuthError: (e) => e instanceof AuthNeeded,
  fileName,
  current: () => ({ template: state.template, lang: state.lang, withNl: state.withNl }),
});

start();
});

// ---------------------------------------------------------------- templates and languages

async function start() {
  await whoIsSignedIn();
  if (state.login && !state.staff) {
    const signedOut = new URLSearchParams(window.location.search).has("afgemeld");
    askToSignIn(signedOut ? "U bent afgemeld. Wilt u weer een brief maken? Meld u dan opnieuw aan." : "Meld u aan met uw account van de gemeente.");
    return;
  }
  try {
    const response = await api("/v1/templates");
    if (!response.ok) throw await problemOf(response);
    state.templates = await response.json();
  } catch (e) {
    if (!(e instanceof AuthNeeded)) showProblem(e);
    return;
  }
  const select = $("template");
  select.replaceChildren(...state.templates.map((t) => new Option(t.title, t.name)));
  select.disabled = false;
  state.ready = true;
  await loadTemplate(state.templates[0].name);
}

$("template").addEventListener("change", (e) => loadTemplate(e.target.value));

async function loadTemplate(name) {
  $("preview").dataset.state = "pending";
  let detail = state.details.get(name);
  if (!detail) {
    try {
      const response = await api(`/v1/templates/${encodeURIComponent(name)}`);
      if (!response.ok) throw await problemOf(response);
      detail = await response.json();
      state.details.set(name, detail);
    } catch (e) {
      if (!(e instanceof AuthNeeded)) showProblem(e);
      return;
    }
  }
  const previous = state.template;
  state.template = detail;
  $("template").value = name;
  $("template-description").textContent = detail.description ?? "";
  showLanguages(detail.languages);
  const { data, carried } = startingData(previous, detail);
  prefillStaff(data, detail);
  state.data = data;
  $("carried-note").hidden = !carried;
  form.load(detail.schema, state.data, detail.labels);
  refreshJson();
  scheduleRender(0);
}

/**
 * A new letter type starts from its example. When staff had already typed in
 * the previous letter, the recipient and the staff member come along: the next
 * letter is usually for the same resident.
 */
function startingData(previous, next) {
  const data = structuredClone(next.example ?? {});
  let carried = false;
  if (!previous) return { data, carried };
  // The example with the signed-in staff member filled in is not typed either.
  const untouched = structuredClone(previous.example ?? {});
  prefillStaff(untouched, previous);
  if (sameJson(state.data, untouched)) return { data, carried };
  for (const key of ["recipient", "staff"]) {
    const same =
      JSON.stringify(previous.schema?.properties?.[key]) === JSON.stringify(next.schema?.properties?.[key]) &&
      JSON.stringify(previous.schema?.$defs?.[key]) === JSON.stringify(next.schema?.$defs?.[key]);
    if (same && state.data[key] !== undefined) {
      data[key] = structuredClone(state.data[key]);
      carried = true;
    }
  }
  return { data, carried };
}

/** Equal as JSON values, whatever the order of object keys. */
function sameJson(a, b) {
  const canon = (v) =>
    Array.isArray(v) ? v.map(canon)
    : v && typeof v === "object" ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canon(v[k])]))
    : v;
  return JSON.stringify(canon(a)) === JSON.stringify(canon(b));
}

/**
 * How far a language is reviewed for this template, counted per sentence by
 * the server: "reference" (Dutch), "reviewed" (every sentence), "partial" or
 * "machine-draft" (none).
 */
function reviewState(l) {
  return l.review_state;
}

function languageStatus(l) {
  // The server words the state in Dutch (locales/nl/staff.ftl).
  let text = l.status_label;
  if (l.missing_messages > 0) {
    text += `; ${l.missing_messages === 1 ? "1 tekst ontbreekt" : `${l.missing_messages} teksten ontbreken`}`;
  }
  return text;
}

/** More languages than this, and the list gets a search field and scrolls. */
const MANY_LANGUAGES = 7;

/** Lowercase, without accents or vowel signs: "Oekraïens" is found by "oekraiens". */
const fold = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("nl");

function showLanguages(languages) {
  const sorted = [...languages].sort((a, b) =>
    a.lang === "nl" ? -1 : b.lang === "nl" ? 1 : a.name_nl.localeCompare(b.name_nl, "nl"));
  if (!sorted.some((l) => l.lang === state.lang)) state.lang = "nl";
  const box = $("lang-options");
  box.replaceChildren(
    ...sorted.map((l) => {
      const id = `lang-${l.lang}`;
      const input = Object.assign(document.createElement("input"), {
        type: "radio", name: "lang", id, value: l.lang, checked: l.lang === state.lang,
      });
      const label = document.createElement("label");
      label.htmlFor = id;
      const name = document.createElement("span");
      name.className = "lang-name";
      const endonym = document.createElement("span");
      endonym.lang = l.lang;
      endonym.dir = l.direction === "rtl" ? "rtl" : "ltr";
      endonym.textContent = l.name;
      name.append(l.lang === "nl" || l.name === l.name_nl ? l.name_nl : `${l.name_nl} — `);
      if (l.lang !== "nl" && l.name !== l.name_nl) name.append(endonym);
      // The tag (and aliases) as case systems write it: fa-AF, prs.
      const tag = document.createElement("span");
      tag.className = "lang-tag";
      tag.textContent = ` (${[l.lang, ...(l.aliases ?? [])].join(", ")})`;
      const status = document.createElement("span");
      status.className = `lang-status status-${reviewState(l)}${l.missing_messages > 0 ? " incomplete" : ""}`;
      status.textContent = languageStatus(l);
      label.append(name, tag, " ", status);
      const row = document.createElement("div");
      row.className = "radio";
      row.dataset.search = fold([l.name_nl, l.name, l.lang, ...(l.aliases ?? [])].join(" "));
      row.append(input, label);
      return row;
    }),
  );
  const many = sorted.length > MANY_LANGUAGES;
  $("lang-search").hidden = !many;
  box.classList.toggle("many", many);
  filterLanguages();
  showLanguageNote();
}

/**
 * Shows the languages whose Dutch name, own name, tag or alias contains what
 * was typed; the chosen language stays in view. Says how many are shown.
 */
function filterLanguages() {
  const q = fold($("lang-filter").value.trim());
  const rows = [...$("lang-options").children];
  let shown = 0;
  for (const row of rows) {
    const match = !q || row.dataset.search.includes(q);
    row.hidden = !match && !row.querySelector("input").checked;
    if (match) shown++;
  }
  const total = `${rows.length} talen`;
  $("lang-count").textContent = !q
    ? total
    : shown === 0
      ? `Geen taal gevonden voor „${$("lang-filter").value.trim()}”.`
      : `${shown} van de ${total}`;
}

$("lang-filter").addEventListener("input", filterLanguages);
// Enter picks the first language found and moves to it.
$("lang-filter").addEventListener("keydown", (e) => {
  if (e.key !== "Enter") return;
  e.preventDefault();
  const q = fold($("lang-filter").value.trim());
  const row = [...$("lang-options").children].find((r) => !r.hidden && (!q || r.dataset.search.includes(q)));
  const input = row?.querySelector("input");
  if (!input) return;
  input.checked = true;
  input.focus();
  input.dispatchEvent(new Event("change", { bubbles: true }));
});

$("lang-options").addEventListener("change", (e) => {
  if (e.target.name !== "lang") return;
  state.lang = e.target.value;
  filterLanguages();
  showLanguageNote();
  scheduleRender(0);
});

$("with-nl").addEventListener("change", (e) => {
  state.withNl = e.target.checked;
  scheduleRender(0);
});

function showLanguageNote() {
  const l = state.template.languages.find((x) => x.lang === state.lang);
  const isNl = state.lang === "nl";
  const decision = state.template.decision;
  $("with-nl-row").hidden = isNl;
  // A decision always carries the Dutch text: the server adds it anyway.
  $("with-nl").disabled = isNl || decision;
  if (decision) $("with-nl").checked = true;
  const notes = [];
  if (decision && !isNl) {
    notes.push("Dit is een besluit: de Nederlandse tekst gaat altijd mee, want alleen die is officieel.");
  }
  const reviewed = l ? reviewState(l) : "reference";
  if (reviewed === "machine-draft") {
    notes.push(`Let op: de vertaling in het ${l.name_nl} is door een computer gemaakt en niet gecontroleerd door een vertaler. Voeg de Nederlandse tekst toe; alleen die is officieel.`);
  } else if (reviewed === "partial") {
    notes.push(`Let op: een vertaler heeft ${l.reviewed_messages} van de ${l.messages} zinnen in het ${l.name_nl} nagekeken, niet alle. Voeg de Nederlandse tekst toe; alleen die is officieel.`);
  }
  if (l?.missing_messages > 0) {
    notes.push(`${plural(l.missing_messages, "tekst staat", "teksten staan")} in deze brief in het Nederlands, omdat de vertaling ontbreekt.`);
  }
  $("lang-note").textContent = notes.join(" ");
  $("lang-note").hidden = notes.length === 0;
  // Free text is asked for in the letter's language too.
  form.setLanguage(l ?? { lang: "nl", name_nl: "Nederlands", direction: "ltr" });
}

// ---------------------------------------------------------------- live preview

function scheduleRender(delay) {
  clearTimeout(state.timer);
  // An edit makes any preview still on its way out of date.
  state.renderSeq++;
  state.controller?.abort();
  $("preview").dataset.state = "pending";
  $("pages").setAttribute("aria-busy", "true");
  state.timer = setTimeout(renderPreview, delay);
}

async function renderPreview() {
  if (!state.template) return;
  const seq = ++state.renderSeq;
  state.controller?.abort();
  const controller = (state.controller = new AbortController());
  $("preview").dataset.state = "busy";
  try {
    const first = await renderRequest("image/svg+xml", { page: 1, preview: true }, controller.signal);
    if (seq !== state.renderSeq) return;
    if (!first.ok) {
      const problem = await problemOf(first);
      // A newer edit may have started while the problem was read.
      if (seq === state.renderSeq) await showProblem(problem);
      return;
    }
    const pages = Math.max(1, parseInt(first.headers.get("X-Eigentaal-Pages") ?? "1", 10) || 1);
    const untranslated = first.headers.get("X-Eigentaal-Untranslated");
    const review = parseReview(first.headers.get("X-Eigentaal-Review"));
    // Each page keeps its response's ETag: it names exactly which render is shown.
    const pageOf = async (r) => ({ blob: await r.blob(), etag: r.headers.get("ETag") ?? "" });
    // The first page is shown as soon as it is here (the one being read
    // while typing); the later pages follow.
    if (!(await showPages([await pageOf(first)], seq, 0, pages))) return;
    clearProblems();
    showReview(review);
    if (pages > 1) await new Promise((resolve) => setTimeout(resolve, LATER_PAGES_MS));
    if (seq !== state.renderSeq) return;
    const rest = await Promise.all(
      Array.from({ length: pages - 1 }, async (_, i) => {
        const r = await renderRequest("image/svg+xml", { page: i + 2, preview: true }, controller.signal);
        if (!r.ok) throw await problemOf(r);
        return pageOf(r);
      }),
    );
    if (seq !== state.renderSeq) return;
    if (!(await showPages(rest, seq, 1, pages))) return;
    $("preview").dataset.pages = String(pages);
    $("preview").dataset.state = "ready";
    let message = `Voorbeeld bijgewerkt: ${plural(pages, "pagina", "pagina's")}.`;
    if (untranslated) {
      const n = untranslated.split(",").filter(Boolean).length;
      message += ` ${plural(n, "tekst staat", "teksten staan")} in het Nederlands omdat de vertaling ontbreekt.`;
    }
    setStatus(message);
  } catch (e) {
    if (e?.name === "AbortError" || seq !== state.renderSeq) return;
    if (e instanceof AuthNeeded) {
      $("preview").dataset.state = "error";
      return;
    }
    await showProblem(e);
  }
}

// ---------------------------------------------------------------- review of the translation

/** `X-Eigentaal-Review: lang=ar, messages=57, reviewed=54, ..., required=?1` → an object. */
function parseReview(header) {
  if (!header) return null;
  const review = {};
  for (const part of header.split(",")) {
    const [key, value = ""] = part.trim().split("=");
    if (!key) continue;
    review[key] = value === "?1" ? true : value === "?0" ? false : /^\d+$/.test(value) ? Number(value) : value;
  }
  return review;
}

/**
 * The line under the preview: whether a qualified translator reviewed every
 * sentence of this letter in the resident's language, and, where the letter
 * requires that, the box staff tick to make the PDF anyway.
 */
function showReview(review) {
  const box = $("review");
  if (!review || review.lang === "nl" || !(review.messages > 0)) {
    box.hidden = true;
    $("accept-unreviewed-row").hidden = true;
    $("accept-unreviewed").checked = false;
    return;
  }
  const unreviewed = review.messages - review.reviewed;
  const line = $("review-status");
  box.hidden = false;
  box.dataset.unreviewed = String(unreviewed);
  if (unreviewed === 0) {
    line.textContent = "Vertaling: alle zinnen nagekeken door een vertaler.";
    line.className = "review-status reviewed";
  } else {
    const parts = [];
    if (review["machine-draft"] > 0) parts.push(`${review["machine-draft"]} machinaal vertaald`);
    if (review.stale > 0) parts.push(`${review.stale} na een wijziging niet opnieuw nagekeken`);
    if (review.missing > 0) parts.push(`${review.missing} niet vertaald`);
    line.textContent = `Vertaling: ${plural(unreviewed, "zin", "zinnen")} niet nagekeken door een vertaler (${parts.join(", ")}).`;
    line.className = "review-status unreviewed";
  }
  if (review["staff-translated"] > 0) {
    line.textContent += ` ${plural(review["staff-translated"], "eigen tekst is", "eigen teksten zijn")} door u vertaald, niet door een vertaler nagekeken.`;
  }
  const needsAcceptance = review.required === true && unreviewed > 0;
  $("accept-unreviewed-row").hidden = !needsAcceptance;
  if (!needsAcceptance) $("accept-unreviewed").checked = false;
}

/** Swaps all pages at once, after the new images are decoded, so nothing flickers. */
/**
 * Shows `pages` as pages `from + 1`, `from + 2`, … of a letter of `total`
 * pages. Earlier pages stay; later pages of the previous preview stay,
 * marked outdated, until theirs arrive. False when a newer preview has
 * started meanwhile (nothing is shown then).
 */
async function showPages(pages, seq, from, total) {
  const urls = pages.map((p) => URL.createObjectURL(p.blob));
  const images = urls.map((url, i) => {
    const img = new Image();
    img.dataset.etag = pages[i].etag;
    img.src = url;
    img.alt = `Pagina ${from + i + 1} van ${total}`;
    img.className = "page";
    img.draggable = false;
    return img;
  });
  await Promise.all(images.map((img) => img.decode().catch(() => {})));
  if (seq !== state.renderSeq) {
    urls.forEach((u) => URL.revokeObjectURL(u));
    return false;
  }
  const old = [...$("pages").children];
  const end = from + images.length;
  const later = old.slice(end, total);
  later.forEach((img) => img.classList.add("outdated"));
  [...old.slice(from, end), ...old.slice(Math.max(end, total))].forEach((img) => URL.revokeObjectURL(img.src));
  $("pages").replaceChildren(...old.slice(0, from), ...images, ...later);
  $("pages").classList.remove("stale");
  $("stale-note").hidden = true;
  if (end >= total) $("pages").removeAttribute("aria-busy");
  state.pageUrls = [...$("pages").children].map((img) => img.src);
  applyZoom();
  return true;
}

// ---------------------------------------------------------------- problems

function setStatus(text) {
  $("status").textContent = text;
}

function clearProblems() {
  form.clearErrors();
  $("problems").hidden = true;
  $("problems").replaceChildren();
}

/** Shows a problem (problem+json, a thrown Error or a network failure) in Dutch. */
async function showProblem(p) {
  $("preview").dataset.state = "error";
  $("pages").removeAttribute("aria-busy");
  if (state.pageUrls.length) {
    $("pages").classList.add("stale");
    $("stale-note").hidden = false;
  }
  const box = $("problems");
  if (p?.status === 422 && Array.isArray(p.errors)) {
    const items = form.showErrors(p.errors);
    const count = items.length;
    setStatus(`Fout in ${plural(count, "veld", "velden")}.`);
    fillProblemBox(`De brief kan zo niet gemaakt worden. Verbeter ${count === 1 ? "dit veld" : "deze velden"}:`, items);
    return;
  }
  form.clearErrors();
  let title;
  let detail = p?.detail ?? "";
  if (p instanceof TypeError || (p instanceof Error && !p.status)) {
    title = "Geen verbinding met de server.";
    detail = "Controleer de verbinding en probeer het opnieuw. De gegevens in het formulier blijven staan.";
  } else if (p?.type === "urn:eigentaal:malformed-json") {
    title = "De gegevens zijn geen geldige JSON.";
  } else if (p?.type === "urn:eigentaal:bad-language-tag") {
    title = "Deze taalcode bestaat niet.";
  } else if (p?.type === "urn:eigentaal:no-such-page") {
    title = "Deze pagina bestaat niet in de brief.";
  } else if (p?.status === 400) {
    title = "Het verzoek klopt niet.";
  } else if (p?.type === "urn:eigentaal:unreviewed-translation") {
    const n = Array.isArray(p.messages) ? p.messages.length : 0;
    title = `Deze brief kan nog niet verstuurd worden: ${plural(n, "zin is", "zinnen zijn")} niet nagekeken door een vertaler.`;
    detail = "Laat de vertaling nakijken, maak de brief in het Nederlands, of vink aan dat u de brief toch wilt maken.";
    $("accept-unreviewed-row").hidden = false;
  } else if (p?.type === "urn:eigentaal:unavailable-language") {
    title = "Deze brief bestaat niet in deze taal.";
    if (Array.isArray(p.available)) detail = `Beschikbare talen: ${p.available.join(", ")}.`;
  } else if (p?.status === 406) {
    title = "Deze brief bestaat niet in dit formaat.";
  } else if (p?.type === "urn:eigentaal:body-too-large") {
    title = "De gegevens zijn te groot.";
  } else if (p?.type === "urn:eigentaal:overloaded") {
    title = "De server is even te druk.";
    detail = "Het voorbeeld wordt zo opnieuw gemaakt.";
    setTimeout(() => scheduleRender(0), 2000);
  } else if (p?.status >= 500) {
    title = "Er ging iets mis op de server. Dit ligt niet aan u.";
    detail = [detail, ...(p.diagnostics ?? [])].filter(Boolean).join(" — ");
  } else {
    title = `De server gaf een fout${p?.status ? ` (${p.status})` : ""}.`;
  }
  setStatus(title);
  box.replaceChildren(
    h("h3", {}, title),
    detail ? h("p", { class: "detail" }, detail) : "",
  );
  box.hidden = false;
}

function fillProblemBox(heading, items) {
  const box = $("problems");
  const list = document.createElement("ul");
  for (const item of items) {
    const li = document.createElement("li");
    if (item.id) {
      const a = document.createElement("a");
      a.href = `#${item.id}`;
      a.textContent = `${item.label}: ${item.message}`;
      a.addEventListener("click", (e) => {
        e.preventDefault();
        const target = document.getElementById(item.id);
        const focusable = target.matches("input, select, textarea") ? target : target.querySelector("input, select, textarea, button") ?? target;
        focusable.scrollIntoView({ block: "center" });
        focusable.focus({ preventScroll: true });
      });
      li.append(a);
    } else {
      li.textContent = item.message;
    }
    list.append(li);
  }
  box.replaceChildren(h("h3", {}, heading), list);
  box.hidden = false;
}

// ---------------------------------------------------------------- PDF and print

/** `attachment; filename="a.pdf"` (or RFC 5987 `filename*=UTF-8''a.pdf`) → "a.pdf". */
function fileName(disposition, fallback) {
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition ?? "");
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition ?? "");
  return plain ? plain[1] : fallback;
}

async function fetchPdf() {
  clearTimeout(state.timer);
  const response = await renderRequest("application/pdf", {});
  if (!response.ok) {
    await showProblem(await problemOf(response));
    return null;
  }
  const name = fileName(response.headers.get("Content-Disposition"), `${state.template.name}.pdf`);
  return { blob: await response.blob(), name };
}

$("download").addEventListener("click", async () => {
  setStatus("De PDF wordt gemaakt…");
  try {
    const pdf = await fetchPdf();
    if (!pdf) return;
    const url = URL.createObjectURL(pdf.blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = pdf.name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    setStatus(`PDF gedownload: ${pdf.name}`);
  } catch (e) {
    if (!(e instanceof AuthNeeded)) showProblem(e);
  }
});

$("print").addEventListener("click", async () => {
  // Opened now, while the click still counts as the user's: a window opened
  // after the PDF arrives would be stopped by the pop-up blocker.
  const tab = window.open("", "_blank");
  if (tab) tab.document.title = "De brief wordt gemaakt…";
  setStatus("De PDF wordt gemaakt…");
  try {
    const pdf = await fetchPdf();
    if (!pdf) {
      tab?.close();
      return;
    }
    const url = URL.createObjectURL(pdf.blob);
    setTimeout(() => URL.revokeObjectURL(url), 10 * 60_000);
    if (tab) {
      tab.location.href = url;
      setStatus("De PDF staat in een nieuw tabblad. Druk daar op Ctrl+P (of Cmd+P) om af te drukken.");
    } else {
      const a = document.createElement("a");
      a.href = url;
      a.target = "_blank";
      a.textContent = "Open de PDF om af te drukken";
      $("status").replaceChildren("Uw browser hield het nieuwe tabblad tegen. ", a);
    }
  } catch (e) {
    tab?.close();
    if (!(e instanceof AuthNeeded)) showProblem(e);
  }
});

// ---------------------------------------------------------------- zoom

function applyZoom() {
  $("pages").style.setProperty("--zoom", String(state.zoom));
  $("zoom-level").textContent = `${Math.round(state.zoom * 100)}%`;
  $("zoom-out").setAttribute("aria-disabled", String(state.zoom <= ZOOM_STEPS[0]));
  $("zoom-in").setAttribute("aria-disabled", String(state.zoom >= ZOOM_STEPS.at(-1)));
}

function zoom(direction) {
  if (direction === 0) state.zoom = 1;
  else {
    const i = ZOOM_STEPS.findIndex((z) => z >= state.zoom - 1e-9);
    const next = direction > 0 ? (ZOOM_STEPS[i] > state.zoom + 1e-9 ? i : i + 1) : i - 1;
    state.zoom = ZOOM_STEPS[Math.max(0, Math.min(ZOOM_STEPS.length - 1, next))];
  }
  applyZoom();
}

$("zoom-in").addEventListener("click", () => zoom(1));
$("zoom-out").addEventListener("click", () => zoom(-1));
$("zoom-fit").addEventListener("click", () => zoom(0));
$("pages").addEventListener("keydown", (e) => {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  if (e.key === "+" || e.key === "=") zoom(1);
  else if (e.key === "-") zoom(-1);
  else if (e.key === "0") zoom(0);
  else return;
  e.preventDefault();
});

// ---------------------------------------------------------------- JSON in and out

function refreshJson() {
  $("json-output").value = JSON.stringify(state.data, null, 2);
}

function importJson(text, source) {
  const error = $("json-error");
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const at = /position (\d+)/.exec(e.message);
    let where = "";
    if (at) {
      const before = text.slice(0, Number(at[1]));
      const line = before.split("\n").length;
      where = ` (regel ${line}, kolom ${before.length - before.lastIndexOf("\n")})`;
    }
    error.textContent = `Dit is geen geldige JSON${where}. Controleer aanhalingstekens, komma's en haakjes. Het formulier is niet veranderd.`;
    error.hidden = false;
    $("json-input").setAttribute("aria-invalid", "true");
    return;
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    error.textContent = "De gegevens moeten één JSON-object zijn, tussen { en }. Het formulier is niet veranderd.";
    error.hidden = false;
    $("json-input").setAttribute("aria-invalid", "true");
    return;
  }
  error.hidden = true;
  $("json-input").removeAttribute("aria-invalid");
  state.data = data;
  form.load(state.template.schema, state.data, state.template.labels);
  refreshJson();
  setStatus(`Gegevens overgenomen${source ? ` uit ${source}` : ""}.`);
  scheduleRender(0);
}

$("json-apply").addEventListener("click", () => importJson($("json-input").value));

$("json-file").addEventListener("change", async (e) => {
  const file = e.target.files?.[0];
  if (!file) return;
  const text = await file.text();
  $("json-input").value = text;
  importJson(text, file.name);
  e.target.value = "";
});

$("json-copy").addEventListener("click", async () => {
  const text = $("json-output").value;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    $("json-output").select();
    document.execCommand("copy");
  }
  $("json-copied").textContent = "Gekopieerd naar het klembord.";
  setTimeout(() => ($("json-copied").textContent = ""), 4000);
});

$("json-save").addEventListener("click", () => {
  const blob = new Blob([$("json-output").value + "\n"], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = `${state.template.name}-${String(state.data.reference ?? "gegevens").replace(/[^A-Za-z0-9-]+/g, "_")}.json`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
});

$("reset-example").addEventListener("click", () => {
  state.data = structuredClone(state.template.example ?? {});
  prefillStaff(state.data, state.template);
  form.load(state.template.schema, state.data, state.template.labels);
  refreshJson();
  $("carried-note").hidden = true;
  setStatus("Voorbeeldgegevens teruggezet.");
  scheduleRender(0);
});

setupBatch({
  api,
  problemOf,
  isAuthError: (e) => e instanceof AuthNeeded,
  fileName,
  current: () => ({ template: state.template, lang: state.lang, withNl: state.withNl }),
});

start();
