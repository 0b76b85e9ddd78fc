/** Hand-written, synthetic texts for notes, reviews and status reasons. */
export const FIRST_CONTACT_NOTE =
  'Erstgespräch: Situation und Anliegen besprochen, Einwilligung erklärt und unterschrieben. Nächster Termin zur Erstellung des Integrationsplans vereinbart.';

export const CONTACT_NOTES: Readonly<Record<string, readonly string[]>> = {
  language: [
    'Kursplatz besprochen; Anmeldung beim Kursträger ist erfolgt, Beginn im nächsten Modul.',
    'Fortschritte im Deutschkurs besprochen. Prüfungsangst angesprochen, Lernmaterial mitgegeben.',
    'Kinderbetreuung während des Kurses ist weiter ungeklärt.',
  ],
  work: [
    'Lebenslauf gemeinsam überarbeitet, zwei Stellenangebote herausgesucht.',
    'Anerkennungsverfahren: Unterlagen vollständig, Bescheid steht noch aus.',
    'Rückmeldung zum Praktikum positiv; Betrieb bietet ggf. Ausbildungsplatz an.',
  ],
  housing: [
    'Wohnungssuche: drei Anzeigen besprochen, Besichtigungstermin am Donnerstag.',
    'WBS-Antrag ausgefüllt; Einkommensnachweise fehlen noch.',
    'Ärger mit dem Vermieter wegen Nebenkosten, Schreiben gemeinsam gelesen.',
  ],
  education: [
    'Zeugnisbewertung besprochen; Vorbereitungskurs startet im Herbst.',
    'Schulische Möglichkeiten für junge Erwachsene erläutert.',
  ],
  health: [
    'Hausarztpraxis gefunden, Termin mit Sprachmittlung vereinbart.',
    'Belastung durch die Situation angesprochen; Beratungsstelle empfohlen.',
  ],
  participation: [
    'Interesse an Sportverein; Probetraining vereinbart.',
    'Stadtteiltreff gemeinsam besucht, Ehrenamtskoordination kennengelernt.',
  ],
  family: [
    'Kita-Anmeldung im Portal erledigt, Platz ab Frühjahr in Aussicht.',
    'Familiennachzug: Liste der benötigten Dokumente übergeben.',
  ],
  money: ['Mahnungen sortiert, Übersicht der Forderungen erstellt.'],
  residence: [
    'Schreiben der Ausländerbehörde erklärt, Frist notiert.',
    'Voraussetzungen der Niederlassungserlaubnis besprochen.',
  ],
  religion: ['Einladung zum Begegnungsabend weitergegeben.'],
};

export const GENERIC_NOTES = [
  'Post der Behörden gemeinsam durchgesehen und Fristen notiert.',
  'Kurzes Telefonat: Termin verschoben.',
  'Stand der Ziele besprochen, keine neuen Anliegen.',
  'Formular für das Jobcenter ausgefüllt (Weiterbewilligungsantrag).',
];

export const REVIEW_SUMMARIES = [
  'Sprachkurs läuft, Ziel Arbeit zurückgestellt bis B1 erreicht ist. Wohnungssuche weiter aktiv.',
  'Zwei Ziele erreicht, ein neues Ziel zur Ausbildung aufgenommen.',
  'Fortschritte langsamer als geplant wegen Krankheit; Zieltermine angepasst.',
  'Plan gemeinsam durchgesprochen, Maßnahmen größtenteils erledigt.',
  'Neue Situation nach Umzug: Ziele im Bereich Wohnen abgeschlossen.',
];

export const PAUSED_REASONS = [
  'Klientin in Elternzeit, meldet sich nach der Geburt wieder.',
  'Längerer Aufenthalt im Krankenhaus.',
  'Vollzeitkurs mit Praktikum, Beratung ruht bis zum Kursende.',
  'Klient vorübergehend nicht erreichbar.',
];

export const CLOSED_REASONS = [
  'Ziele erreicht, Beratung einvernehmlich beendet.',
  'Umzug in einen anderen Landkreis; Übergabe an das dortige Integrationsmanagement.',
  'Kein Kontakt mehr seit mehreren Monaten.',
  'Wechsel zur Migrationsberatung für Erwachsene.',
];

export const REFERRAL_NOTES = [
  'Termin telefonisch vereinbart, Unterlagen mitgegeben.',
  'Einwilligung zur Weitergabe liegt vor.',
  'Warteliste, Rückmeldung in etwa vier Wochen.',
];

export const CASE_TAGS = ['alleinerziehend', 'U25', 'Familiennachzug', 'Sprachmittlung nötig'];

/** Special-category texts (GDPR Art. 9), generic and synthetic; filled for few clients only. */
export const SENSITIVE_TEXTS = {
  health: [
    'Chronische Rückenschmerzen, in hausärztlicher Behandlung.',
    'Diabetes Typ 2, regelmäßige Kontrolle.',
  ],
  disability: ['Schwerbehindertenausweis beantragt (Gehbehinderung).', 'Hörbeeinträchtigung.'],
  protectionNeeds: [
    'Alleinreisend mit minderjährigem Kind; besonderer Schutzbedarf festgestellt.',
    'Belastende Fluchterfahrung; traumasensible Beratung vereinbart.',
  ],
} as const;

export const GROUP_OFFERS = [
  { title: 'Infoabend: Anerkennung ausländischer Berufsabschlüsse', lifeAreaKeys: ['work'] },
  { title: 'Bewerbungstraining in Kleingruppen', lifeAreaKeys: ['work', 'language'] },
  { title: 'Wohnungssuche – wie finde ich eine Wohnung?', lifeAreaKeys: ['housing'] },
  { title: 'Deutsch-Café', lifeAreaKeys: ['language', 'participation'] },
  {
    title: 'Elterncafé: Schule und Kita in Baden-Württemberg',
    lifeAreaKeys: ['family', 'education'],
  },
  { title: 'Mülltrennung, Nebenkosten, Hausordnung', lifeAreaKeys: ['housing'] },
  { title: 'Gesund in Deutschland: Arztbesuch und Krankenkasse', lifeAreaKeys: ['health'] },
] as const;
