// Ordered migrations of stored settings. MIGRATIONS[n] turns a version-n object into version n+1;
// version 0 is anything stored without a schemaVersion. A migration only moves or renames data:
// readSettings repairs every field afterwards, so migrations may assume nothing about value types.

type Raw = Record<string, unknown>;

const MIGRATIONS: ReadonlyArray<(raw: Raw) => Raw> = [
  // 0 → 1: the version number itself was introduced.
  (raw) => ({ ...raw, schemaVersion: 1 }),
  // 1 → 2: site mode, entity types, mark style, first mention only and muted entities arrived.
  // The v1 site list keeps its meaning ("stay off on these"), so the mode is the one v1 had.
  (raw) => ({
    ...raw,
    schemaVersion: 2,
    siteMode: 'all-except',
    onlySites: [],
    markTypes: ['person', 'organisation', 'place', 'other'],
    firstMentionOnly: false,
    mutedEntities: [],
  }),
];

export const LATEST_SETTINGS_VERSION = MIGRATIONS.length;

/** Runs every migration from the stored version on; a newer or nonsense version is read as the latest. */
export function migrateSettings(stored: Raw): Raw {
  const declared = stored.schemaVersion;
  let version = typeof declared === 'number' && Number.isFinite(declared) ? Math.floor(declared) : 0;
  if (version < 0 || version > LATEST_SETTINGS_VERSION) version = LATEST_SETTINGS_VERSION;
  let raw = stored;
  for (; version < LATEST_SETTINGS_VERSION; version++) {
    const migrate = MIGRATIONS[version];
    if (migrate) raw = migrate(raw);
  }
  return raw;
}
