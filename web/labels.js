// Dutch words for what the JSON Schemas name in English: field labels, hints,
// list items, choices (enum codes) and the server's validation messages.
// Choices follow locales/nl/*.ftl where a message exists, so staff see the same
// words as the resident's Dutch letter. Anything not listed here falls back to
// the schema's `title` or to the property name made readable, so a new template
// works before this file knows about it.

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

const PARTNERS = {
  resident: "De inwoner zelf",
  municipality: "Gemeente",
  coa: "COA",
  vluchtelingenwerk: "VluchtelingenWerk",
  "language-school": "Taalschool",
  "budget-coach": "Budgetcoach",
  employer: "Werkgever",
  gp: "Huisarts",
  school: "School",
  "housing-association": "Woningcorporatie",
  ggd: "GGD",
  ggz: "GGZ",
  jgz: "Jeugdgezondheidszorg",
  uwv: "UWV",
  duo: "DUO",
  svb: "SVB",
  belastingdienst: "Belastingdienst",
};

/** Choices by the name of the `$defs` entry they come from, or the property name. */
const CHOICES = {
  form: { mr: "Meneer", ms: "Mevrouw", neutral: "Neutraal (met volledige naam)" },
  role: {
    werkconsulent: "Werkconsulent",
    klantmanager: "Klantmanager",
    "consulent-inburgering": "Consulent inburgering",
    schuldhulpverlener: "Schuldhulpverlener",
  },
  partner: PARTNERS,
  organisation: PARTNERS,
  "chain-partner": PARTNERS,
  action: {
    "brede-intake": "Brede intake",
    "learnability-test": "Leerbaarheidstoets maken",
    pip: "PIP maken en vastleggen",
    "start-language-route": "Beginnen met de taallessen (taalschool gekozen door de gemeente)",
    knm: "Lessen Kennis van de Nederlandse Maatschappij (KNM)",
    pvt: "Participatieverklaringstraject (PVT)",
    map: "Module Arbeidsmarkt en Participatie (MAP)",
    "diploma-evaluation": "Diploma's laten waarderen",
    "open-bank-account": "Bankrekening openen",
    "apply-digid": "DigiD aanvragen",
    "health-insurance": "Zorgverzekering afsluiten",
    "apply-allowances": "Zorgtoeslag en huurtoeslag aanvragen",
    "child-benefit": "Kinderbijslag en kindgebonden budget aanvragen",
    "register-gp": "Inschrijven bij een huisarts",
    "register-school": "Kinderen inschrijven op school",
    isk: "Inschrijven bij een internationale schakelklas (ISK)",
    "sign-rental-contract": "Huurcontract tekenen",
    "connect-energy": "Gas, stroom en water aanvragen",
    "furnishing-loan": "Lening voor de inrichting aanvragen",
    insurance: "Inboedel- en aansprakelijkheidsverzekering afsluiten",
    "tax-waiver": "Kwijtschelding gemeentebelasting aanvragen",
    "budget-coach-intake": "Eerste gesprek met de budgetcoach",
    "debt-help": "Hulp bij schulden",
    "direct-payment-fixed-costs": "Huur, energie en zorgverzekering direct betalen van de bijstand",
    "hand-in-documents": "Papieren inleveren bij de gemeente",
    "register-uwv": "Inschrijven als werkzoekende bij het UWV",
    "look-for-work": "Werk zoeken en solliciteren",
    "volunteer-work": "Vrijwilligerswerk zoeken",
    "work-placement": "Beginnen op een werkplek (werkervaring)",
    childcare: "Kinderopvang regelen",
    "family-reunification": "Gezinshereniging",
    "follow-up-conversation": "Vervolggesprek houden",
  },
  purpose: {
    intake: "Eerste gesprek (intake)",
    plan: "Samen een plan maken",
    progress: "Hoe gaat het (voortgang)",
    "income-check": "Inkomen en uitgaven",
    "language-assessment": "Niveau Nederlands bepalen",
    "brede-intake": "Brede intake (Wet inburgering 2021)",
    "learnability-test": "Leerbaarheidstoets",
    pip: "Persoonlijk plan inburgering en participatie (PIP) maken",
  },
  consequence: {
    none: "Niet verplicht",
    applicant: "Aanvrager van bijstand (aanvraag wordt misschien niet behandeld)",
    recipient: "Ontvangt bijstand (bijstand kan worden verlaagd)",
    inburgering: "Inburgeringsplichtig (boete mogelijk)",
  },
  language: {
    ar: "Arabisch", ti: "Tigrinya", am: "Amhaars", uk: "Oekraïens", ru: "Russisch", fa: "Perzisch (Farsi)",
    prs: "Dari", ps: "Pasjtoe", so: "Somalisch", tr: "Turks", ku: "Koerdisch", en: "Engels", fr: "Frans",
  },
  status: { set: "Besluit genomen", planned: "Nog te maken" },
  route: { b1: "B1-route", education: "Onderwijsroute", z: "Z-route (zelfredzaamheidsroute)" },
  document: {
    "id-document": "Identiteitsbewijs",
    "residence-permit": "Verblijfsvergunning",
    "w-document": "W-document",
    "bsn-letter": "Brief met het BSN",
    "coa-letters": "Brieven van het COA",
    "bank-card": "Bankpas",
    "bank-statements": "Bankafschriften (laatste 3 maanden)",
    "rental-contract": "Huurcontract",
    "health-insurance-policy": "Zorgpolis",
    "income-statements": "Loonstroken of andere bewijzen van inkomen",
    diplomas: "Diploma's en certificaten",
    "debt-letters": "Brieven over schulden",
    "this-letter": "Deze brief",
  },
  support_level: { intensive: "Intensief", light: "Licht" },
  outcome: { granted: "Toegekend", "partly-granted": "Gedeeltelijk toegekend", refused: "Afgewezen" },
  reason: {
    "start-date": "Later begin dan gevraagd (art. 44)",
    "income-too-high": "Inkomen te hoog (art. 19, 31, 32)",
    "assets-too-high": "Vermogen te hoog (art. 34)",
    "cost-sharers": "Kostendelersnorm (art. 22a)",
    "missing-information": "Informatie ontbreekt (art. 11, 17)",
    "no-right-of-residence": "Geen verblijfsrecht voor bijstand (art. 11)",
    other: "Andere reden (toelichting verplicht)",
  },
  income: { wages: "Loon", benefit: "Andere uitkering", alimony: "Alimentatie", other: "Ander inkomen" },
  whose: { resident: "De inwoner", partner: "De partner" },
  basis: {
    "art-56a": "Artikel 56a: verplicht ontzorgen (inburgeringsplichtige statushouder)",
    "art-57": "Artikel 57: betalen in natura (reden verplicht)",
    consent: "Vrijwillig budgetbeheer met toestemming",
  },
  settlements: { resident: "De inwoner zelf", municipality: "De gemeente, van de bijstand" },
  household: {
    single: "Alleenstaande (zonder partner)",
    "single-parent": "Alleenstaande ouder",
    couple: "Gehuwden of samenwonenden",
  },
  "fixed-cost": {
    rent: "Huur",
    energy: "Energie (gas en stroom)",
    "health-insurance": "Zorgverzekering",
    water: "Water",
    "municipal-taxes": "Gemeentelijke belastingen",
  },
  stage: { application: "Na een aanvraag", assistance: "Tijdens de bijstand" },
  "requested-document": {
    "bank-statements": "Bankafschriften",
    "id-document": "Identiteitsbewijs",
    "residence-permit": "Verblijfsvergunning",
    "rental-contract": "Huurcontract",
    payslips: "Loonstroken",
    "benefit-letters": "Brieven over andere uitkeringen of toeslagen",
    "health-insurance-policy": "Zorgpolis",
    "savings-and-property": "Spaargeld, auto of ander bezit",
    "marriage-certificate": "Huwelijksakte",
    "debt-letters": "Brieven over schulden",
    other: "Ander papier (toelichting invullen)",
  },
  ways: { upload: "Uploaden via internet", post: "Met de post", desk: "Aan de balie" },
  help: {
    vluchtelingenwerk: "VluchtelingenWerk",
    "budget-coach": "Budgetcoach",
    "social-counsellor": "Sociaal raadslieden",
    library: "Bibliotheek (hulp bij DigiD)",
  },
  deduction: {
    "income-work": "Inkomsten uit werk",
    "income-partner": "Inkomsten uit werk van de partner",
    "other-benefit": "Andere uitkering",
    advance: "Terugbetaling voorschot",
    recovery: "Terugbetaling te veel ontvangen bijstand",
    reduction: "Verlaging (maatregel)",
    other: "Andere aftrek (toelichting invullen)",
  },
  payment: {
    rent: "Huur",
    energy: "Energie (gas en stroom)",
    water: "Water",
    "health-insurance": "Zorgverzekering",
    "municipal-taxes": "Gemeentelijke belastingen",
    "debt-arrangement": "Aflossing schulden (schuldregeling)",
    other: "Andere betaling (toelichting invullen)",
  },
  change: {
    norm: "Bijstandsnorm",
    rent: "Huur",
    energy: "Energie",
    water: "Water",
    "health-insurance": "Zorgverzekering",
    "municipal-taxes": "Gemeentelijke belastingen",
    income: "Inkomsten",
    recovery: "Terugbetaling",
    other: "Iets anders (toelichting invullen)",
  },
  obligation: {
    "report-changes": "Veranderingen meteen doorgeven (staat altijd in de brief)",
    cooperate: "Informatie geven en meewerken",
    "look-for-work": "Werk zoeken",
    "accept-suitable-work": "Passend werk aannemen",
    "language-duty": "Nederlands leren (taaleis)",
    "cooperate-budget-coach": "Meewerken met de budgetcoach",
    "keep-appointments": "Naar gesprekken met de gemeente komen",
    "report-travel-abroad": "Reizen naar het buitenland vooraf melden",
    "authorise-direct-payment": "Machtiging voor rechtstreeks betalen tekenen",
  },
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

/** The Dutch words for an enum code; `kinds` are the `$defs` name and property name. */
export function choiceLabel(code, kinds) {
  for (const kind of kinds) {
    const label = kind && CHOICES[kind]?.[code];
    if (label) return label;
  }
  return prettify(code);
}

export const STATUS = {
  reference: "referentietekst",
  "machine-draft": "machinaal concept, niet gecontroleerd",
  reviewed: "gecontroleerd door vertaler",
};

export function plural(n, one, other) {
  return `${n} ${n === 1 ? one : other}`;
}

const PATTERNS = {
  "^[0-9]{4}-[0-9]{2}-[0-9]{2}$": "Vul een geldige datum in.",
  "^([01][0-9]|2[0-3]):[0-5][0-9]$": "Vul een tijd in als uu:mm, bijvoorbeeld 09:30.",
  "^\\+?[0-9][0-9 ()-]*$": "Alleen cijfers, spaties, haakjes en streepjes (en eventueel een + vooraan).",
};

/** The beschikking's checks across fields (templates/beschikking/letter.typ). */
const BESCHIKKING_CHECKS = [
  [/income deducted is more than the norm/, "Het inkomen en het vakantiegeld zijn samen hoger dan de norm."],
  [/holiday allowance set aside is more than the norm/, "Het vakantiegeld is hoger dan de norm."],
  [/at most two decimals/, "Hoogstens 2 cijfers na de komma."],
  [/name the partner/, "Bij gehuwden of samenwonenden: vul de partner in."],
  [/partner is named only for/, "Een partner hoort alleen bij gehuwden of samenwonenden."],
  [/at least one reason/, "Geef minstens één reden bij gedeeltelijk toegekend of afgewezen."],
  [/needs a note/, "Bij een andere reden: schrijf de reden in de toelichting."],
  [/start the resident asked for/, "Vul de gevraagde ingangsdatum in."],
  [/required unless the decision is refused/, "Dit moet u invullen, behalve bij een afwijzing."],
  [/a refusal (pays no assistance|has no duties)/, "Bij een afwijzing hoort dit niet in de brief."],
  [/give the legal basis and until when/, "Vul in op welke grondslag en tot wanneer de gemeente rechtstreeks betaalt."],
  [/no fixed costs to pay directly/, "Er zijn geen vaste lasten om rechtstreeks te betalen."],
  [/date the resident gave consent/, "Vul de datum van de toestemming in."],
  [/art\. 57 Participatiewet needs the reason/, "Vul de reden in (artikel 57)."],
  [/last day comes before/, "Deze datum ligt vóór de begindatum."],
  [/cannot be sent before/, "De verzenddatum ligt vóór de datum van de brief."],
  [/give the first payment/, "Vul de eerste betaling in: het voorschot wordt daarmee verrekend."],
  [/fixed costs paid from the first payment/, "De vaste lasten zijn hoger dan de eerste betaling."],
  [/advance is more than the first payment/, "Het voorschot is hoger dan wat er van de eerste betaling overblijft."],
];

/** The server's message for a required field that is absent (at its own pointer). */
export const MISSING = "required, but missing";

/**
 * Turns one of the server's schema messages (English, from the `jsonschema`
 * crate) into plain Dutch. Values are never echoed by the server, so neither
 * are they here. Unknown messages are shown as they are.
 */
export function dutchError(detail) {
  let m;
  if (detail === MISSING) return "Dit moet u invullen.";
  if ((m = /shorter than (\d+) character/.exec(detail))) {
    return m[1] === "1" ? "Dit moet u invullen." : `Te kort: minstens ${m[1]} tekens.`;
  }
  if ((m = /longer than (\d+) character/.exec(detail))) return `Te lang: hoogstens ${m[1]} tekens.`;
  if ((m = /^value does not match "(.*)"$/.exec(detail))) {
    return PATTERNS[m[1].replace(/\\\\/g, "\\")] ?? "Dit heeft niet de goede vorm.";
  }
  if (/is not a "date"/.test(detail)) return "Vul een geldige datum in.";
  if (/is not a "email"/.test(detail)) return "Vul een geldig e-mailadres in.";
  if (/is not one of/.test(detail)) return "Kies een van de mogelijkheden.";
  if ((m = /less than the minimum of (\S+)/.exec(detail))) return `Te laag: minstens ${m[1]}.`;
  if ((m = /greater than the maximum of (\S+)/.exec(detail))) return `Te hoog: hoogstens ${m[1]}.`;
  if ((m = /has less than (\d+) item/.exec(detail))) return `Hier zijn er minstens ${m[1]} nodig.`;
  if ((m = /has more than (\d+) item/.exec(detail))) return `Hier passen er hoogstens ${m[1]}.`;
  if ((m = /has less than (\d+) propert/.exec(detail))) {
    return m[1] === "1" ? "Kies hier minstens één." : `Kies hier minstens ${m[1]}.`;
  }
  if (/non-unique elements/.test(detail)) return "Elke keuze mag maar één keer voorkomen.";
  if (/is not of type "integer"/.test(detail)) return "Vul een heel getal in, alleen cijfers.";
  if (/is not of type "number"/.test(detail)) {
    return "Vul een bedrag in zoals 1958,34: zonder punt voor duizendtallen, hoogstens 2 cijfers na de komma.";
  }
  if (/is not of type "string"/.test(detail)) return "Vul hier tekst in.";
  if (/is not of type "boolean"/.test(detail)) return "Kies ja of nee.";
  // Checks across fields, made by the template (422 with the field's pointer).
  if (/fixed costs add up to more than/.test(detail)) {
    return "De vaste lasten zijn samen hoger dan de bijstand per maand.";
  }
  for (const [pattern, dutch] of BESCHIKKING_CHECKS) if (pattern.test(detail)) return dutch;
  if (/must come after \/plan\/date/.test(detail)) return "De evaluatie moet na de datum van het plan zijn.";
  if (/direct payments add up to more than/.test(detail)) {
    return "De rechtstreekse betalingen zijn samen hoger dan de bijstand van deze maand.";
  }
  if (/deductions add up to more than/.test(detail)) return "Wat eraf gaat is samen hoger dan de norm.";
  if (/at most two decimals/.test(detail)) return "Hoogstens 2 cijfers na de komma (centen).";
  if (/a period needs both/.test(detail)) return "Vul beide datums van de periode in.";
  if (/the period ends before it starts/.test(detail)) return "Het einde van de periode ligt voor het begin.";
  if (/a note is needed/.test(detail)) return "Vul hier een toelichting in.";
  if (/an application date is needed/.test(detail)) return "Vul de datum van de aanvraag in.";
  if (/an upload address is needed/.test(detail)) return "Vul het webadres in waar de inwoner kan uploaden.";
  if (/the desk is open is needed/.test(detail)) return "Vul in waar en wanneer de balie open is.";
  if (/Additional properties are not allowed/.test(detail)) {
    return `Deze gegevens kent de brief niet: ${detail.replace(/^.*\((.*)\).*$/, "$1")}.`;
  }
  // Cells of a spreadsheet that cannot be read (the batch reader's messages).
  if (/^is not a date/.test(detail)) return "Vul een datum in, zoals 23-11-2026.";
  if (/^is a date with a time of day/.test(detail)) return "Vul alleen een datum in, zonder tijd.";
  if (/^is not a time/.test(detail)) return "Vul een tijd in als uu:mm, bijvoorbeeld 09:30.";
  if (/^is not a whole number/.test(detail)) return "Vul een heel getal in, alleen cijfers.";
  if (/^is not a number/.test(detail)) return "Vul een getal in, zoals 1958,34.";
  if (/^is not yes or no/.test(detail)) return "Vul ja of nee in.";
  if (/^is not JSON/.test(detail)) return "Hier hoort een lijst in JSON-vorm.";
  if ((m = /spreadsheet error (#\S+?);/.exec(detail))) {
    return `In deze cel staat een fout van Excel (${m[1]}). Verbeter de formule of typ de waarde.`;
  }
  if (/^holds `\?` where a letter should be/.test(detail)) {
    return "Hier staat een ? waar een letter hoort. Het bestand is opgeslagen in een vorm die deze letter niet kent. Sla het op als „CSV UTF-8” en probeer het opnieuw.";
  }
  if (/^holds bytes that are not/.test(detail)) {
    return "Deze tekst is niet goed te lezen. Sla het bestand op als „CSV UTF-8” en probeer het opnieuw.";
  }
  if (/has no name in the header row/.test(detail)) {
    return "Deze kolom heeft geen naam in de eerste rij. Geef de kolom een naam of maak de cel leeg.";
  }
  if ((m = /^list item \d+ is filled but item (\d+) is empty/.exec(detail))) {
    return `Vul de lijst van voren af in: nummer ${Number(m[1]) + 1} is nog leeg.`;
  }
  return detail;
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
