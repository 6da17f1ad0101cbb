// Many letters at once from a spreadsheet. Staff download the ready-to-fill
// sheet of the chosen letter, fill one row per letter in Excel, and upload it
// (or a CSV). The server renders every row (POST /v1/templates/{name}/batch)
// and sends the letters back as one ZIP, which is downloaded. Rows that did
// not become a letter are listed in a table in plain Dutch: the row, the
// cell, the field and what to change.
//
// Privacy: the file goes to the batch endpoint only and is kept nowhere; the
// error report holds no case values.

import { h } from "./dom.js";
import { plural, pointerLabel } from "./labels.js";
import { zipEntries } from "./zip.js";

/** Larger files are better made with `eigentaal batch` by the administrator. */
const MAX_BYTES = 20 * 1024 * 1024;

const MEDIA_TYPES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv",
  txt: "text/csv",
  tsv: "text/tab-separated-values",
};

/** What went wrong with a whole row, by the report's `kind`. */
const KINDS = {
  "missing-language": "De taal ontbreekt. Vul de kolom lang in, of kies hierboven de taal van de inwoner.",
  "unavailable-language": "Deze brief bestaat niet in de taal uit de kolom lang. Gebruik een taal uit de lijst hierboven, zoals nl of ar.",
  "duplicate-id": "Het nummer in de kolom id staat ook in een andere rij. Geef elke rij een eigen nummer.",
  "invalid-csv": "Deze rij is niet te lezen. Kijk of de aanhalingstekens in de rij kloppen.",
  render: "Deze brief kon niet gemaakt worden. Dit ligt niet aan u: meld het aan de beheerder.",
  write: "Deze brief kon niet bewaard worden. Probeer het opnieuw.",
  "time-limit": "Deze brief is niet gemaakt: de server stopte na de tijd die hij voor een bestand heeft. Maak deze rijen opnieuw, in een kleiner bestand.",
  cancelled: "Deze brief is niet gemaakt: het maken van de brieven is gestopt. Maak deze rijen opnieuw.",
};

/** The server's reason for refusing a whole file, in Dutch. */
function fileProblem(p) {
  const detail = p?.detail ?? "";
  if (p?.status === 413) return "Het bestand is te groot. Maak de brieven in delen.";
  if (p?.status === 415) return "Dit soort bestand kan de server niet lezen. Kies een Excel-bestand (.xlsx) of een CSV-bestand.";
  if (p?.status === 503) return "De server is even te druk. Probeer het over een minuut opnieuw.";
  // A file that cannot be read: the server words it in Dutch.
  const worded = (p?.errors ?? []).map((e) => e.text).filter(Boolean);
  if (worded.length) return worded.join(" ");
  if (p?.status >= 500) return "Er ging iets mis op de server. Dit ligt niet aan u.";
  return detail || `De server gaf een fout${p?.status ? ` (${p.status})` : ""}.`;
}

/**
 * The rows of the error table for one failed case: one per wrong field, or
 * one for the whole row. `{row, cell, field, message}`.
 */
export function failureRows(failure, schema) {
  const row = String(failure.row ?? failure.line ?? "");
  const errors = Array.isArray(failure.errors) ? failure.errors : [];
  if (errors.length === 0) {
    return [{ row, cell: "—", field: "—", message: KINDS[failure.kind] ?? failure.detail ?? "" }];
  }
  return errors.map((e) => {
    const pointer = e.pointer ?? "";
    // The server words each error in Dutch (`text`); `message` is English.
    let message = e.text || e.message || "";
    if (e.code === "required" && !e.cell && e.column) message += ` Voeg in het bestand de kolom „${e.column}” toe.`;
    return {
      row,
      // The sheet is named above the table; the cell is what Excel shows.
      cell: e.cell ? e.cell.replace(/^.*!/, "") : "—",
      field: pointer ? pointerLabel(schema, pointer) : "—",
      message,
    };
  });
}

export function setupBatch({ api, problemOf, isAuthError, fileName, current }) {
  const $ = (id) => document.getElementById(id);
  const status = $("batch-status");
  const say = (text, state) => {
    status.textContent = text;
    status.dataset.state = state;
  };

  function save(blob, name) {
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    return url;
  }

  let zipUrl = "";

  $("sheet-download").addEventListener("click", async () => {
    const { template } = current();
    if (!template) return;
    say("Het invulbestand wordt gemaakt…", "busy");
    try {
      const response = await api(`/v1/templates/${encodeURIComponent(template.name)}/sheet?format=xlsx`);
      if (!response.ok) throw await problemOf(response);
      const name = fileName(response.headers.get("Content-Disposition"), `${template.name}.xlsx`);
      const url = save(await response.blob(), name);
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      say(`Invulbestand gedownload: ${name}. Rij 2 is een voorbeeld: vul daar de eerste brief in, of haal de rij weg.`, "ready");
    } catch (e) {
      if (!isAuthError(e)) say(fileProblem(e), "error");
    }
  });

  $("batch-start").addEventListener("click", async () => {
    const button = $("batch-start");
    if (button.getAttribute("aria-disabled") === "true") return;
    const input = $("batch-file");
    const file = input.files?.[0];
    const { template, lang, withNl } = current();
    $("batch-result").hidden = true;
    if (!file) {
      say("Kies eerst een bestand.", "error");
      input.focus();
      return;
    }
    if (file.size > MAX_BYTES) {
      say("Dit bestand is te groot voor deze pagina. Maak de brieven in delen, of vraag de beheerder.", "error");
      return;
    }
    const extension = file.name.includes(".") ? file.name.split(".").pop().toLowerCase() : "";
    const query = new URLSearchParams({ lang });
    if (withNl && lang !== "nl") query.set("with", "nl");
    button.setAttribute("aria-disabled", "true");
    say(`De brieven uit ${file.name} worden gemaakt. Dit kan even duren…`, "busy");
    try {
      const response = await api(`/v1/templates/${encodeURIComponent(template.name)}/batch?${query}`, {
        method: "POST",
        // By the file's name: a browser on Windows calls a .csv an Excel file.
        headers: { "Content-Type": MEDIA_TYPES[extension] ?? "application/octet-stream", Accept: "application/zip" },
        body: file,
      });
      if (!response.ok) {
        say(fileProblem(await problemOf(response)), "error");
        return;
      }
      const name = fileName(response.headers.get("Content-Disposition"), `${template.name}-batch.zip`);
      const blob = await response.blob();
      const entries = zipEntries(await blob.arrayBuffer());
      const letters = entries.filter((e) => e.name.endsWith(".pdf")).length;
      const report = entries.find((e) => e.name === "errors.ndjson");
      const failures = report
        ? new TextDecoder().decode(await report.read()).split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l))
        : [];
      if (zipUrl) URL.revokeObjectURL(zipUrl);
      zipUrl = letters > 0 ? save(blob, name) : "";
      showResult({ letters, failures, name, schema: template.schema });
    } catch (e) {
      if (isAuthError(e)) return;
      say(e?.status ? fileProblem(e) : "Geen verbinding met de server. Probeer het opnieuw.", "error");
    } finally {
      button.removeAttribute("aria-disabled");
    }
  });

  function showResult({ letters, failures, name, schema }) {
    const parts = [];
    parts.push(letters > 0 ? `${plural(letters, "brief", "brieven")} gemaakt en gedownload in ${name}.` : "Er is geen brief gemaakt.");
    if (failures.length > 0) {
      parts.push(`${plural(failures.length, "rij werd", "rijen werden")} geen brief. In de tabel hieronder staat wat er anders moet.`);
    }
    say(parts.join(" "), failures.length > 0 ? "error" : "ready");
    const link = $("batch-zip");
    link.hidden = !zipUrl;
    if (zipUrl) {
      link.href = zipUrl;
      link.download = name;
    }
    const table = $("batch-errors");
    table.hidden = failures.length === 0;
    const sheet = failures.find((f) => f.sheet)?.sheet;
    $("batch-errors-caption").textContent = sheet
      ? `Rijen die geen brief werden (werkblad ${sheet})`
      : "Rijen die geen brief werden";
    const body = table.querySelector("tbody");
    body.replaceChildren(
      ...failures.flatMap((f) => failureRows(f, schema)).map((r) => {
        const tr = document.createElement("tr");
        tr.append(h("th", { scope: "row" }, r.row), h("td", {}, r.cell), h("td", {}, r.field), h("td", {}, r.message));
        return tr;
      }),
    );
    $("batch-result").hidden = false;
  }
}
