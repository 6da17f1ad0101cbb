// Dutch words for what the JSON Schemas name in English: field labels, hints
// and list items, the page's own presentation. Choices (enum codes), the
// state of a translation and what is wrong with a field come from the server
// in Dutch (locales/nl/staff.ftl and the letters' messages), not from here.
// Anything not listed here falls back to the schema's `title` or to the
// property name made readable, so a new template works before this file
// knows about it.

/** Field labels by property name; `parent.name` wins over `name`. */
const FIELDS = {
  reference: "Ons kenmerk",
  letter_date: "Datum van de brief",
  recipient: "Ontvanger (inwoner)",
  "recipient.name": "Volledige naam",
  family_name: "Achternaam",
  form: "Aanhef",
  address: "Adres",
  staff: "Medewerker (afzender)",
  "staff.name": "Naam medewerker",
  role: "Functie",
  phone: "Telefoonnummer",
  email: "E-mailadres",
  conversation: "Gesprek",
  date: "Datum",
  time: "Tijd",
  "conversation.date": "Datum van het gesprek",
  participants: "Ook aanwezig of betrokken",
  agreements: "Afspraken",
  action: "Wat",
  who: "Wie doet het",
  due: "Klaar op",
  note: "Toelichting",
  next_appointment: "Volgende afspraak",
  place: "Plaats",
  appointment: "Afspraak",
  "appointment.place": "Plaats van de afspraak",
  "place.name": "Gebouw en balie of kamer",
  duration_minutes: "Duur in minuten",
  purpose: "Waar gaat het gesprek over",
  bring: "Wat neemt de inwoner mee",
  interpreter_language: "Taal van de tolk",
  consequence: "Wie is de inwoner (moet komen, gevolg van niet komen)",
  pip: "Persoonlijk plan inburgering en participatie (PIP)",
  status: "Stand van het PIP",
  "pip.date": "Datum besluit PIP",
  route: "Leerroute",
  consent: "Toestemming om gegevens te delen",
  "consent.date": "Datum toestemming",
  "consent.partners": "Met deze organisaties",
  plan: "Plan",
  "plan.date": "Datum waarop het plan is gemaakt",
  household: "Huishouden",
  "decision.household": "Soort huishouden (norm)",
  adults: "Aantal volwassenen",
  "household.children": "Aantal kinderen",
  support_level: "Begeleiding",
  domains: "Onderwerpen",
  housing: "Wonen",
  income: "Geld en inkomen",
  language: "Taal en inburgering",
  work: "Werk",
  health: "Gezondheid",
  "domains.children": "Kinderen en school",
  situation: "Situatie",
  actions: "Taken",
  contacts: "Contactpersonen",
  partner: "Organisatie",
  "contacts.name": "Naam of balie",
  review_date: "Datum evaluatie van het plan",
  decision: "Besluit",
  application_date: "Datum aanvraag",
  start_date: "Ingangsdatum",
  end_date: "Einddatum",
  fixed_costs: "Vaste lasten die de gemeente rechtstreeks betaalt",
  kind: "Soort",
  payee: "Betaald aan",
  amount: "Bedrag per maand (in euro)",
  budget_coach: "Budgetcoach",
  organisation: "Organisatie",
  obligations: "Plichten",
  // beschikking
  dispatch_date: "Verzenddatum van het besluit",
  ".partner": "Partner (ook partij bij het besluit)",
  "partner.name": "Naam partner",
  outcome: "Uitkomst",
  requested_start: "Gevraagde ingangsdatum",
  cost_sharers: "Kostendelers: andere volwassenen in huis die meetellen",
  reasons: "Redenen",
  code: "Reden",
  assistance: "Berekening van de bijstand per maand",
  norm: "Bijstandsnorm per maand (in euro)",
  holiday_allowance: "Vakantiegeld dat per maand wordt gespaard (in euro)",
  holiday_allowance_paid_by: "Vakantiegeld uitbetaald uiterlijk op",
  "assistance.income": "Inkomen dat wordt afgetrokken",
  whose: "Van wie",
  payment_day: "Betaaldag (dag van de maand)",
  payee_reference: "Klant- of contractnummer",
  direct_payment: "Rechtstreeks betalen",
  basis: "Grondslag",
  until: "Tot en met",
  consent_date: "Datum van de toestemming",
  "direct_payment.reason": "Reden (bij artikel 57)",
  settlements: "Wie betaalt wat de maandbedragen niet dekken",
  advance: "Voorschot",
  "advance.amount": "Voorschot (in euro)",
  first_payment: "Eerste betaling",
  "first_payment.date": "Datum van de eerste betaling",
  from: "Van",
  to: "Tot en met",
  "first_payment.amount": "Bijstand over die periode (in euro)",
  "first_payment.fixed_costs": "Vaste lasten die daarvan worden betaald (in euro)",
  // informatieverzoek
  "documents.from": "Periode vanaf",
  "documents.to": "Periode tot en met",
  request: "Verzoek",
  stage: "Wanneer vragen wij dit",
  application_reference: "Kenmerk van de aanvraag",
  days: "Termijn in dagen (hersteltermijn)",
  documents: "Papieren die de inwoner stuurt",
  "documents.code": "Welk papier",
  person: "Van wie (naam)",
  send: "Hoe stuurt de inwoner de papieren",
  ways: "Manieren",
  upload_url: "Webadres om te uploaden",
  desk: "Balie: waar en wanneer open",
  help: "Wie kan nog meer helpen",
  // betaalspecificatie (top level: parent "")
  ".holiday_allowance": "Vakantiegeld",
  month: "Maand (jjjj-mm)",
  payment_date: "Betaaldatum",
  this_month: "Deze maand gespaard (in euro)",
  saved: "Totaal gespaard (in euro)",
  paid_in: "Uitbetaald in maand (jjjj-mm)",
  deductions: "Wat gaat eraf",
  "deductions.code": "Soort aftrek",
  "deductions.amount": "Bedrag (in euro)",
  direct_payments: "Rechtstreekse betalingen",
  "direct_payments.kind": "Soort betaling",
  "direct_payments.amount": "Bedrag (in euro)",
  paid_on: "Betaald op",
  changes: "Veranderd sinds vorige maand",
  subject: "Wat is veranderd",
  before: "Bedrag vorige maand (in euro)",
  after: "Bedrag nu (in euro)",
};

/** Short Dutch hints shown under a field (the schemas' descriptions are English). */
const HINTS = {
  "recipient.name": "In Latijns schrift, zoals op de envelop.",
  family_name: "Voor de aanhef „Beste meneer/mevrouw …”.",
  "recipient.address": "Zoals op de envelop: straat en huisnummer, postcode en plaats.",
  note: "Eigen tekst: niet vertaald. Is de brief in een andere taal, schrijf hem dan ook in die taal.",
  situation: "Eigen tekst: niet vertaald. Is de brief in een andere taal, schrijf hem dan ook in die taal.",
  payee: "Wordt gedrukt zoals u het typt.",
  "place.name": "Bijvoorbeeld „Stadhuis, balie 4”. Eigen tekst: niet vertaald. Is de brief in een andere taal, schrijf hem dan ook in die taal.",
  "next_appointment.place": "Eigen tekst: niet vertaald. Is de brief in een andere taal, schrijf hem dan ook in die taal.",
  participants: "Naast de inwoner en de gemeente.",
  letter_date: "De datum boven de brief. Bij een besluit telt de bezwaartermijn vanaf de verzenddatum.",
  "staff.phone": "Dit nummer belt de inwoner met vragen.",
  end_date: "Leeg laten als de bijstand doorloopt tot nader order.",
  norm: "Met een komma voor de centen, zonder punt voor duizendtallen: 1958,34. Met vakantiegeld, en al verlaagd als de kostendelersnorm geldt.",
  dispatch_date: "Leeg: de datum van de brief. De bezwaartermijn begint de dag na verzending.",
  reasons: "Verplicht als het besluit gedeeltelijk is toegekend of is afgewezen.",
  "direct_payment.reason": "Verplicht bij artikel 57. Eigen tekst: niet vertaald. Is de brief in een andere taal, schrijf hem dan ook in die taal.",
  "first_payment.amount": "Na aftrek van het gespaarde vakantiegeld en het inkomen.",
  "first_payment.fixed_costs": "Leeg: de vaste lasten van één maand.",
  ".partner": "Verplicht bij gehuwden of samenwonenden: het besluit is voor allebei.",
  amount: "Met een komma voor de centen: 812,30.",
  fixed_costs: "Samen niet meer dan de bijstand per maand. Geen vaste lasten? Dan krijgt de inwoner het hele bedrag.",
  domains: "Kies minstens één onderwerp. Een onderwerp zonder taken kan ook.",
  review_date: "Na de datum waarop het plan is gemaakt.",
  interpreter_language: "Leeg laten als er geen tolk is.",
  consequence: "Bepaalt of de brief zegt dat de inwoner moet komen, en wat er gebeurt als hij niet komt.",
  pip: "Leeg laten als de inwoner niet inburgeringsplichtig is.",
  consent: "Leeg laten als er geen toestemming is; de brief zegt dan dat gegevens alleen met toestemming of volgens de wet worden gedeeld.",
  support_level: "Intensief: wij helpen stap voor stap. Licht: de inwoner regelt het meeste zelf.",
  days: "De brief noemt de laatste dag; valt die in het weekend of op een feestdag, dan schuift hij op.",
  "documents.note": "Nodig bij „Ander papier”. Eigen tekst: niet vertaald. Is de brief in een andere taal, schrijf hem dan ook in die taal.",
  person: "Leeg laten als het om de inwoner zelf gaat.",
  upload_url: "Begint met https://.",
  direct_payments: "Samen niet meer dan de bijstand van de maand.",
  changes: "Leeg laten: de brief zegt niets over veranderingen.",
};

/** What one item of a list is called, by the list's property name. */
const ITEMS = {
  agreements: "Afspraak",
  actions: "Taak",
  contacts: "Contactpersoon",
  fixed_costs: "Vaste last",
  reasons: "Reden",
  income: "Inkomen",
  address: "Adresregel",
  documents: "Papier",
  deductions: "Aftrek",
  direct_payments: "Betaling",
  changes: "Verandering",
};

/** "letter_date" → "Letter date": the last resort for a property nobody named. */
export function prettify(name) {
  const words = String(name).replace(/[_-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The label of a property; `parent` is the name of the object it sits in. */
export function fieldLabel(name, parent, schema) {
  return FIELDS[`${parent}.${name}`] ?? FIELDS[name] ?? schema?.title ?? prettify(name);
}

export function fieldHint(name, parent) {
  return HINTS[`${parent}.${name}`] ?? HINTS[name] ?? "";
}

export function itemLabel(listName) {
  return ITEMS[listName] ?? "Onderdeel";
}

/**
 * The Dutch label of an enum code: the server's label (`labels` from
 * `GET /v1/templates/{name}`) for the schema's `x-message-prefix`, or the
 * code made readable when there is none.
 */
export function choiceLabel(code, schema, labels) {
  const prefix = schema?.["x-message-prefix"];
  return (typeof prefix === "string" && labels?.[prefix + code]) || prettify(code);
}

export function plural(n, one, other) {
  return `${n} ${n === 1 ? one : other}`;
}

/**
 * The Dutch name of the field at a JSON pointer, e.g. "Afspraak 1 › Wat" for
 * `/agreements/0/action`, found by walking the schema as the form does.
 */
export function pointerLabel(schema, pointer) {
  const resolve = (s) => {
    for (let i = 0; i < 20 && typeof s?.$ref === "string" && s.$ref.startsWith("#/"); i++) {
      s = s.$ref.slice(2).split("/").reduce((o, k) => o?.[k.replace(/~1/g, "/").replace(/~0/g, "~")], schema);
    }
    return s;
  };
  const labels = [];
  let s = schema;
  let parent = "";
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    s = resolve(s);
    if (/^\d+$/.test(key) && s?.items) {
      // "Afspraak 1" stands for "Afspraken": the list's own name is left out.
      labels.pop();
      labels.push(`${itemLabel(parent)} ${Number(key) + 1}`);
      s = s.items;
    } else {
      const child = s?.properties?.[key];
      labels.push(fieldLabel(key, parent, resolve(child)));
      s = child;
      parent = key;
    }
  }
  return labels.join(" › ");
}
