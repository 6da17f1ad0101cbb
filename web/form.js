// The case form, generated from a template's JSON Schema (2020-12 subset:
// objects, arrays, strings with date/time/e-mail shapes, enums, numbers,
// booleans, "$ref" into "$defs"). The form owns the case data while it is
// edited: every input writes straight into `data` at its JSON pointer, and
// every control carries that pointer in `data-pointer`, so the server's
// JSON-pointer errors land beside the right field.

import { h } from "./dom.js";
import { choiceLabel, fieldHint, fieldLabel, itemLabel } from "./labels.js";

/** JSON Pointer (RFC 6901) helpers. */
export const pointer = {
  escape: (key) => String(key).replace(/~/g, "~0").replace(/\//g, "~1"),
  join: (base, key) => `${base}/${pointer.escape(key)}`,
  parts: (p) => (p === "" ? [] : p.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))),
  parent: (p) => p.slice(0, p.lastIndexOf("/")),
};

export function getAt(data, p) {
  let node = data;
  for (const key of pointer.parts(p)) {
    if (node === null || typeof node !== "object") return undefined;
    node = node[key];
  }
  return node;
}

/** Sets the value at `p`; `undefined` removes an object property. */
function setAt(data, p, value) {
  const keys = pointer.parts(p);
  const last = keys.pop();
  let node = data;
  for (const key of keys) {
    if (node[key] === null || typeof node[key] !== "object") node[key] = {};
    node = node[key];
  }
  if (value === undefined && !Array.isArray(node)) delete node[last];
  else node[last] = value;
}

const TIME_PATTERN = "^([01][0-9]|2[0-3]):[0-5][0-9]$";

function optionalMark() {
  return h("span", { class: "optional" }, " (niet verplicht)");
}

/** A DOM id for a pointer: "/agreements/0/due" → "f__agreements__0__due". */
export function idFor(p) {
  return "f" + p.replace(/[^A-Za-z0-9_-]/g, (c) => (c === "/" ? "__" : `_${c.charCodeAt(0).toString(16)}_`));
}

const clone = (v) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));

export class CaseForm {
  /**
   * @param {HTMLFormElement} formEl where the fields go
   * @param {(change: {structural: boolean}) => void} onChange after every edit
   */
  constructor(formEl, onChange) {
    this.formEl = formEl;
    this.onChange = onChange;
    this.root = {};
    this.labels = {};
    this.data = {};
    /** Values of optional sections switched off, to bring back when switched on again. */
    this.stash = new Map();
    /** Per control pointer: its resolved schema, kind and whether it is required. */
    this.meta = new Map();
    /** The letter's language: free-text fields get a second input in it. */
    this.lang = { lang: "nl", name_nl: "Nederlands", direction: "ltr" };
    formEl.addEventListener("input", (e) => this.#edited(e.target));
    formEl.addEventListener("change", (e) => this.#edited(e.target));
    formEl.addEventListener("click", (e) => {
      const button = e.target.closest("button[data-action]");
      if (button) {
        e.preventDefault();
        this.#action(button);
      }
    });
    formEl.addEventListener("submit", (e) => e.preventDefault());
  }

  /**
   * Shows `data` (kept by reference) in a form for `schema`; `labels` are
   * the server's Dutch labels of the schema's choices, by message id.
   */
  load(schema, data, labels = {}) {
    this.root = schema;
    this.labels = labels;
    this.data = data;
    this.stash.clear();
    this.render();
  }

  /**
   * The letter's language (`{lang, name_nl, direction}` as the API lists
   * languages). Free text (`x-free-text` in the schema) is asked for in it as
   * well; the form is redrawn when the language changes.
   */
  setLanguage(language) {
    if (language.lang === this.lang.lang) return;
    this.lang = language;
    if (Object.keys(this.root).length) this.render();
  }

  resolve(raw) {
    let schema = raw ?? {};
    let defName = null;
    const seen = new Set();
    while (schema && typeof schema.$ref === "string" && !seen.has(schema.$ref)) {
      seen.add(schema.$ref);
      const m = /^#\/(?:\$defs|definitions)\/(.+)$/.exec(schema.$ref);
      const defs = this.root.$defs ?? this.root.definitions ?? {};
      const name = m && decodeURIComponent(pointer.parts("/" + m[1])[0]);
      if (!name || !(name in defs)) break;
      defName ??= name;
      const { $ref, ...local } = schema;
      schema = { ...defs[name], ...local };
    }
    return { schema, defName };
  }

  kindOf(s, defName) {
    if (Array.isArray(s.enum)) return "enum";
    const type = Array.isArray(s.type) ? s.type.find((t) => t !== "null") : s.type;
    if (type === "object" || (!type && s.properties)) return "object";
    if (type === "array") {
      const { schema: item, defName: itemDef } = this.resolve(s.items);
      if (Array.isArray(item.enum)) return "choices";
      const itemKind = this.kindOf(item, itemDef);
      if (itemKind === "object") return "list";
      if (["text", "textarea", "date", "time", "email", "tel", "number"].includes(itemKind)) return "scalars";
      return "json";
    }
    if (type === "boolean") return "boolean";
    if (type === "number" || type === "integer") return "number";
    if (type === "string") {
      if (s.format === "date") return "date";
      if (s.pattern === TIME_PATTERN || defName === "time") return "time";
      if (s.format === "email") return "email";
      if (defName === "phone") return "tel";
      return (s.maxLength ?? 0) > 150 ? "textarea" : "text";
    }
    return "json";
  }

  /** A value to start a new item or section with: required parts only. */
  defaultFor(raw) {
    const { schema: s, defName } = this.resolve(raw);
    if ("default" in s) return clone(s.default);
    switch (this.kindOf(s, defName)) {
      case "object": {
        const out = {};
        for (const key of s.required ?? []) {
          const v = this.defaultFor(s.properties?.[key]);
          if (v !== undefined) out[key] = v;
        }
        return out;
      }
      case "list":
      case "scalars":
        return Array.from({ length: s.minItems ?? 0 }, () => this.defaultFor(s.items) ?? "");
      case "choices":
        return [];
      case "boolean":
        return false;
      case "number":
      case "json":
        return undefined;
      default:
        return "";
    }
  }

  /** Rebuilds every field from `data`; then focuses the element `focusId`, if given. */
  render(focusId) {
    this.meta.clear();
    const body = this.#object(this.root, { pointer: "", name: "", parent: "", required: true, path: [] });
    this.formEl.replaceChildren(body);
    if (focusId) document.getElementById(focusId)?.focus();
  }

  #field(raw, ctx) {
    const { schema, defName } = this.resolve(raw);
    const kind = this.kindOf(schema, defName);
    const label = ctx.label ?? fieldLabel(ctx.name, ctx.parent, schema);
    const c = { ...ctx, schema, defName, kind, label, path: [...ctx.path, label] };
    switch (kind) {
      case "object":
        return this.#object(schema, c);
      case "list":
        return this.#list(schema, c);
      case "scalars":
        return this.#scalars(schema, c);
      case "choices":
        return this.#choices(schema, c);
      default:
        return schema["x-free-text"] && ["text", "textarea"].includes(kind)
          ? this.#freeText(schema, c)
          : this.#control(schema, c);
    }
  }

  #legend(c) {
    return h("legend", {}, c.label, !c.required && optionalMark());
  }

  #hint(c, extra = "") {
    const text = [c.hint ?? fieldHint(c.name, c.parent), extra].filter(Boolean).join(" ");
    return text ? h("p", { class: "hint", id: `${idFor(c.pointer)}-hint` }, text) : null;
  }

  #object(s, c) {
    const value = getAt(this.data, c.pointer);
    const present = value !== null && typeof value === "object" && !Array.isArray(value);
    const children = () =>
      // The schema's own order (the API keeps it): the order a person fills in a letter.
      Object.keys(s.properties ?? {}).map((key) =>
        this.#field(s.properties[key], {
          pointer: pointer.join(c.pointer, key),
          name: key,
          parent: c.itemOf ?? c.name,
          required: (s.required ?? []).includes(key),
          path: c.path,
        }),
      );
    if (c.pointer === "") return h("div", { class: "fields" }, children());
    const id = idFor(c.pointer);
    const box = h("fieldset", { class: "group", "data-pointer": c.pointer, "data-label": c.path.join(" › "), id });
    box.append(this.#legend(c));
    const hint = this.#hint(c);
    if (hint) {
      box.append(hint);
      box.setAttribute("aria-describedby", hint.id);
    }
    if (!c.required) {
      this.meta.set(`${c.pointer}#include`, { schema: s });
      box.append(
        h("div", { class: "check include" },
          h("input", { type: "checkbox", id: `${id}--include`, "data-include": c.pointer, checked: present, "aria-controls": `${id}--body` }),
          h("label", { for: `${id}--include` }, `${c.label}: opnemen in de brief`)),
      );
    }
    if (present) box.append(h("div", { class: "group-body", id: `${id}--body` }, children()));
    return box;
  }

  /**
   * The frame a list of objects or of plain values shares: legend, hint with
   * the limits, the numbered items (one `<li>` per entry from `item`) and the
   * add button.
   */
  #listFrame(s, c, kind, item) {
    const items = getAt(this.data, c.pointer);
    const list = Array.isArray(items) ? items : [];
    const noun = itemLabel(c.name);
    const min = s.minItems ?? 0;
    const max = s.maxItems ?? Infinity;
    const box = h("fieldset", { class: `group ${kind}`, "data-pointer": c.pointer, "data-label": c.path.join(" › "), id: idFor(c.pointer) });
    box.append(this.#legend(c));
    const hint = this.#hint(c, limits(min, max));
    if (hint) box.append(hint);
    const ol = h("ol", { class: "items" });
    list.forEach((_, i) => {
      const p = pointer.join(c.pointer, i);
      const label = `${noun} ${i + 1}`;
      ol.append(h("li", {}, item({ i, p, label, count: list.length, min })));
    });
    box.append(ol, this.#button("add", c.pointer, `${noun} toevoegen`, "", list.length >= max));
    return box;
  }

  #list(s, c) {
    const { schema: item } = this.resolve(s.items);
    return this.#listFrame(s, c, "list", ({ i, p, label, count, min }) => {
      const fields = this.#object(item, { ...c, pointer: p, itemOf: c.name, name: c.name, label, hint: "", required: true, path: [...c.path.slice(0, -1), label] });
      // #object gives the item its own fieldset; add the item's buttons to it.
      fields.classList.add("item");
      fields.append(
        h("div", { class: "item-actions" },
          this.#button("up", p, "Omhoog", label, i === 0),
          this.#button("down", p, "Omlaag", label, i === count - 1),
          this.#button("remove", p, "Verwijderen", label, count <= min)),
      );
      return fields;
    });
  }

  #scalars(s, c) {
    const { schema: item, defName } = this.resolve(s.items);
    const kind = this.kindOf(item, defName);
    return this.#listFrame(s, c, "scalars", ({ p, label, count, min }) => {
      const field = this.#control(item, {
        ...c, pointer: p, label, required: true, inList: true, hint: "",
        kind,
        path: [...c.path, label],
      });
      field.append(this.#button("remove", p, "Verwijderen", label, count <= min));
      return field;
    });
  }

  #choices(s, c) {
    const { schema: item } = this.resolve(s.items);
    const chosen = getAt(this.data, c.pointer);
    const set = new Set(Array.isArray(chosen) ? chosen : []);
    const id = idFor(c.pointer);
    const box = h("fieldset", { class: "group choices", "data-pointer": c.pointer, "data-label": c.path.join(" › "), id });
    box.append(this.#legend(c));
    const hint = this.#hint(c, limits(s.minItems ?? 0, s.maxItems ?? Infinity));
    if (hint) {
      box.append(hint);
      box.setAttribute("aria-describedby", hint.id);
    }
    this.meta.set(c.pointer, { schema: s, kind: "choices", required: c.required });
    const grid = h("div", { class: "checks" });
    item.enum.forEach((code, i) => {
      const cid = `${id}--${i}`;
      grid.append(
        h("div", { class: "check" },
          h("input", { type: "checkbox", id: cid, "data-choice-of": c.pointer, "data-index": i, checked: set.has(code) }),
          h("label", { for: cid }, choiceLabel(code, item, this.labels))),
      );
    });
    box.append(grid);
    return box;
  }

  /** One input, select, textarea or checkbox, with its label, hint and (later) error. */
  #control(s, c, value = getAt(this.data, c.pointer)) {
    const id = idFor(c.pointer);
    const describedBy = [];
    const hint = this.#hint(c, c.kind === "textarea" || (s.maxLength ?? 0) > 150 ? `Hoogstens ${s.maxLength} tekens.` : "");
    if (hint) describedBy.push(hint.id);
    const common = {
      id,
      "data-pointer": c.pointer,
      "data-kind": c.kind,
      "data-label": c.path.join(" › "),
      "aria-describedby": describedBy.join(" ") || null,
    };
    if (!this.meta.has(c.pointer)) {
      this.meta.set(c.pointer, { schema: s, kind: c.kind, required: c.required, inList: !!c.inList, label: c.label });
    }
    let control;
    switch (c.kind) {
      case "boolean": {
        control = h("input", { ...common, type: "checkbox", checked: value === true });
        return h("div", { class: "field check", "data-field": c.pointer },
          control, h("label", { for: id }, c.label, !c.required && optionalMark()), hint);
      }
      case "enum": {
        control = h("select", common);
        const valid = s.enum.some((v) => v === value);
        if (!c.required || !valid) {
          control.append(h("option", { value: "" }, c.required ? "— kies —" : "— niet ingevuld —"));
        }
        s.enum.forEach((code, i) => {
          control.append(h("option", { value: typeof code === "string" ? code : `#${i}` }, choiceLabel(String(code), s, this.labels)));
        });
        control.value = valid ? (typeof value === "string" ? value : `#${s.enum.indexOf(value)}`) : "";
        break;
      }
      case "number": {
        // Text, not type=number: a number input drops a Dutch decimal comma in
        // some browser locales ("1958,34" became 195834). See parseNumber().
        control = h("input", {
          ...common, type: "text", inputmode: s.type === "integer" ? "numeric" : "decimal",
          autocomplete: "off", spellcheck: "false", class: "short",
        });
        control.value = typeof value === "number" ? String(value).replace(".", ",")
          : typeof value === "string" ? value : "";
        break;
      }
      case "textarea":
        control = h("textarea", { ...common, rows: (s.maxLength ?? 0) > 300 ? 4 : 2, maxlength: s.maxLength });
        control.value = typeof value === "string" ? value : "";
        break;
      case "json":
        control = h("textarea", { ...common, rows: 4, spellcheck: "false", class: "code" });
        control.value = value === undefined ? "" : JSON.stringify(value, null, 2);
        break;
      default: {
        const type = { date: "date", time: "time", email: "email", tel: "tel" }[c.kind] ?? "text";
        control = h("input", {
          ...common, type, maxlength: s.maxLength,
          autocomplete: "off", spellcheck: type === "text" ? null : "false",
          class: ["date", "time"].includes(type) ? "short" : null,
        });
        control.value = typeof value === "string" ? value : "";
      }
    }
    if (c.required) control.setAttribute("aria-required", "true");
    return h("div", { class: "field", "data-field": c.pointer },
      h("label", { for: id }, c.label, !c.required && !c.inList && optionalMark()), hint, control);
  }

  /**
   * Free text staff type (`x-free-text`): the value is a string (Dutch) or
   * the versions by language, `{"nl": "…", "ar": "…"}`. The Dutch input
   * always; in a letter in another language a second input in that language
   * (right-to-left where it is), and a warning while only the Dutch is there:
   * the letter would print it in Dutch, marked as such.
   */
  #freeText(s, c) {
    const versions = freeVersions(getAt(this.data, c.pointer));
    this.meta.set(c.pointer, { schema: s, kind: c.kind, required: c.required, inList: !!c.inList, freeText: "nl" });
    const dutch = this.#control(s, c, versions.nl ?? "");
    const { lang, name_nl: name, direction } = this.lang;
    if (lang === "nl") return dutch;
    const id = idFor(c.pointer);
    const own = pointer.join(c.pointer, lang);
    this.meta.set(own, { schema: s, kind: c.kind, required: false, inList: false, freeText: lang, of: c.pointer });
    const tag = c.kind === "textarea" ? "textarea" : "input";
    const control = h(tag, {
      id: `${id}--${lang}`,
      "data-pointer": own,
      "data-kind": c.kind,
      "data-label": `${c.path.join(" › ")} (${name})`,
      lang,
      dir: direction === "rtl" ? "rtl" : "ltr",
      maxlength: s.maxLength,
      type: tag === "input" ? "text" : null,
      rows: tag === "textarea" ? ((s.maxLength ?? 0) > 300 ? 4 : 2) : null,
      autocomplete: "off",
      "aria-describedby": `${id}--dutch-only`,
    });
    control.value = versions[lang] ?? "";
    const warning = h("p", { class: "free-text-warning", id: `${id}--dutch-only`, role: "status" });
    dutch.append(
      h("label", { for: control.id, class: "free-text-label" }, `${c.label} in het ${name}`), control, warning);
    dutch.classList.add("free-text");
    this.#showDutchOnly(warning, versions, c);
    return dutch;
  }

  /** The warning under a free-text field that only has its Dutch version. */
  #showDutchOnly(warning, versions, c) {
    const { lang, name_nl: name } = this.lang;
    const dutchOnly = lang !== "nl" && (versions.nl ?? "") !== "" && !(versions[lang] ?? "");
    warning.hidden = !dutchOnly;
    if (!dutchOnly) {
      warning.textContent = "";
      return;
    }
    const coded = this.#codedSibling(c.pointer);
    warning.textContent = `Deze tekst komt in het Nederlands in de brief (met de opmerking dat hij Nederlands is). Schrijf hem ook in het ${name}`
      + (coded ? `, of kies wat u bedoelt bij "${coded}": die teksten zijn vertaald.` : ".");
  }

  /** The label of a coded choice beside a free-text field (e.g. the task of a note), if any. */
  #codedSibling(p) {
    const parent = pointer.parent(p);
    for (const [q, m] of this.meta) {
      if (q !== p && pointer.parent(q) === parent && m.kind === "enum") return m.label;
    }
    return null;
  }

  #button(action, p, text, context, disabled) {
    return h("button", {
      type: "button",
      class: `button small ${action === "add" ? "" : "secondary"}`,
      id: `${idFor(p)}--${action}`,
      "data-action": action,
      "data-target": p,
      "aria-disabled": disabled ? "true" : null,
    }, text, context && h("span", { class: "visually-hidden" }, ` (${context.toLowerCase()})`));
  }

  #edited(target) {
    if (target.dataset.include !== undefined) {
      const p = target.dataset.include;
      if (target.checked) {
        setAt(this.data, p, this.stash.get(p) ?? this.defaultFor(this.meta.get(`${p}#include`).schema));
      } else {
        this.stash.set(p, getAt(this.data, p));
        setAt(this.data, p, undefined);
      }
      this.render(target.id);
      this.onChange({ structural: true });
      return;
    }
    if (target.dataset.choiceOf !== undefined) {
      const p = target.dataset.choiceOf;
      const { schema } = this.meta.get(p);
      const code = this.resolve(schema.items).schema.enum[Number(target.dataset.index)];
      const current = getAt(this.data, p);
      const list = Array.isArray(current) ? current.filter((v) => v !== code) : [];
      if (target.checked) list.push(code);
      setAt(this.data, p, list);
      this.onChange({ structural: false });
      return;
    }
    const p = target.dataset.pointer;
    const meta = p !== undefined && this.meta.get(p);
    if (!meta || !("kind" in meta)) return;
    const value = this.#read(target, meta);
    if (value === INVALID) return;
    if (meta.freeText) {
      this.#setVersion(meta.of ?? p, meta.freeText, value ?? "");
    } else {
      setAt(this.data, p, value);
    }
    this.onChange({ structural: false });
  }

  /**
   * Writes one language version of a free-text field: a plain string while
   * there is only Dutch, the versions by language once there is another.
   */
  #setVersion(p, lang, text) {
    const { required, inList } = this.meta.get(p);
    const versions = freeVersions(getAt(this.data, p));
    if (text === "") delete versions[lang];
    else versions[lang] = text;
    const others = Object.keys(versions).filter((l) => l !== "nl");
    const empty = required || inList ? "" : undefined;
    setAt(this.data, p, others.length ? { nl: versions.nl ?? "", ...versions } : (versions.nl ?? empty));
    const warning = document.getElementById(`${idFor(p)}--dutch-only`);
    if (warning) this.#showDutchOnly(warning, freeVersions(getAt(this.data, p)), { pointer: p });
  }

  #read(control, { schema, kind, required, inList }) {
    const empty = required || inList ? "" : undefined;
    switch (kind) {
      case "boolean":
        return control.checked;
      case "number":
        return parseNumber(control.value, schema.type === "integer");
      case "enum": {
        if (control.value === "") return empty;
        const m = /^#(\d+)$/.exec(control.value);
        return m ? schema.enum[Number(m[1])] : control.value;
      }
      case "json":
        try {
          const v = control.value.trim() === "" ? undefined : JSON.parse(control.value);
          control.removeAttribute("aria-invalid");
          return v;
        } catch {
          control.setAttribute("aria-invalid", "true");
          return INVALID;
        }
      default:
        return control.value === "" ? empty : control.value;
    }
  }

  #action(button) {
    if (button.getAttribute("aria-disabled") === "true") return;
    const action = button.dataset.action;
    const p = button.dataset.target;
    if (action === "add") {
      const { schema } = this.resolve(this.#schemaAt(p));
      const list = Array.isArray(getAt(this.data, p)) ? getAt(this.data, p) : [];
      list.push(this.defaultFor(schema.items) ?? "");
      setAt(this.data, p, list);
      this.render();
      const added = pointer.join(p, list.length - 1);
      this.#focusFirstIn(added) || document.getElementById(button.id)?.focus();
    } else {
      const listPointer = pointer.parent(p);
      const list = getAt(this.data, listPointer);
      const i = Number(pointer.parts(p).pop());
      if (action === "remove") {
        list.splice(i, 1);
        this.render();
        const next = Math.min(i, list.length - 1);
        if (next < 0 || !this.#focusFirstIn(pointer.join(listPointer, next))) {
          document.getElementById(`${idFor(listPointer)}--add`)?.focus();
        }
      } else {
        const j = action === "up" ? i - 1 : i + 1;
        [list[i], list[j]] = [list[j], list[i]];
        this.render(`${idFor(pointer.join(listPointer, j))}--${action}`);
      }
    }
    this.onChange({ structural: true });
  }

  #focusFirstIn(p) {
    const box = document.getElementById(idFor(p));
    const first = box?.matches("input, select, textarea") ? box : box?.querySelector("input, select, textarea");
    first?.focus();
    return !!first;
  }

  /** The (unresolved) schema at a data pointer, walking properties and items. */
  #schemaAt(p) {
    let s = this.root;
    for (const key of pointer.parts(p)) {
      s = this.resolve(s).schema;
      s = /^\d+$/.test(key) && s.items ? s.items : s.properties?.[key];
    }
    return s;
  }

  /**
   * Shows the server's errors beside their fields and returns them for the
   * summary: `{message, label, id}` (id is absent when no field matches).
   */
  showErrors(errors) {
    this.clearErrors();
    const byTarget = new Map();
    const loose = [];
    for (const e of errors) {
      const p = e.pointer ?? "";
      // The server words each error in Dutch (`text`); `detail` is English.
      const message = e.text || e.detail || "";
      let target = null;
      for (let q = p; ; q = pointer.parent(q)) {
        target = this.formEl.querySelector(`[data-pointer="${CSS.escape(q)}"]`);
        if (target || q === "") break;
      }
      if (!target) {
        loose.push({ message });
        continue;
      }
      const messages = byTarget.get(target) ?? [];
      if (!messages.includes(message)) messages.push(message);
      byTarget.set(target, messages);
    }
    const out = [];
    for (const [target, messages] of byTarget) {
      const errorId = `${target.id}-error`;
      const text = messages.join(" ");
      const p = h("p", { class: "field-error", id: errorId }, h("span", { class: "visually-hidden" }, "Fout: "), text);
      if (target.tagName === "FIELDSET") {
        target.querySelector(":scope > legend").after(p);
      } else if (target.type === "checkbox") {
        target.closest(".field").append(p);
      } else {
        target.after(p);
      }
      target.setAttribute("aria-invalid", "true");
      const described = (target.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean);
      target.setAttribute("aria-describedby", [...described, errorId].join(" "));
      (target.closest(".field") ?? target).classList.add("has-error");
      out.push({ message: text, label: target.dataset.label, id: target.id });
    }
    // Summary in the order of the form.
    out.sort((a, b) => {
      const pa = document.getElementById(a.id);
      const pb = document.getElementById(b.id);
      return pa.compareDocumentPosition(pb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    return [...out, ...loose];
  }

  clearErrors() {
    for (const p of this.formEl.querySelectorAll(".field-error")) p.remove();
    for (const node of this.formEl.querySelectorAll("[aria-invalid]")) {
      if (node.dataset.kind === "json") continue;
      node.removeAttribute("aria-invalid");
      const kept = (node.getAttribute("aria-describedby") ?? "").split(" ").filter((id) => id && !id.endsWith("-error"));
      if (kept.length) node.setAttribute("aria-describedby", kept.join(" "));
      else node.removeAttribute("aria-describedby");
    }
    for (const node of this.formEl.querySelectorAll(".has-error")) node.classList.remove("has-error");
  }
}

const INVALID = Symbol("invalid");

/** The language versions of a free-text value: a string is Dutch. */
function freeVersions(value) {
  if (typeof value === "string") return { nl: value };
  if (value && typeof value === "object" && !Array.isArray(value)) return { ...value };
  return {};
}

/**
 * "1958,34" or "1958.34" → 1958.34; "" → absent. An integer takes digits only;
 * other numbers are amounts: at most two decimals, so "1.958" (Dutch for one
 * thousand nine hundred fifty-eight) is never read as 1.958. Anything else is
 * passed on as typed, and the server's type error shows beside the field.
 */
export function parseNumber(text, integer) {
  const t = text.trim().replace(/[\s€]/g, "");
  if (t === "") return undefined;
  const ok = integer ? /^-?\d+$/.test(t) : /^-?\d+([.,]\d{1,2})?$/.test(t);
  return ok ? Number(t.replace(",", ".")) : text;
}

function limits(min, max) {
  if (max === Infinity) return min > 1 ? `Minstens ${min}.` : "";
  if (min > 0) return `Minstens ${min}, hoogstens ${max}.`;
  return max <= 20 ? `Hoogstens ${max}.` : "";
}

