/**
 * Every shipped migration is frozen: workspaces in councils' hands were built by these exact
 * files, so a change to one would give new and old workspaces different schemas at the same
 * version. Each is pinned by the SHA-256 of its SQL. To change the schema, add the next numbered
 * migration (and its line below when it ships); never edit one listed here.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/core/db/migrations';

/** version, file name, SHA-256 of the SQL as shipped. */
const SHIPPED: readonly [number, string, string][] = [
  [1, '0001_init.sql', '094033a8c987813fd4939909487d6830f845895d1b7687c1eae103e55df916c2'],
  [2, '0002_action_search.sql', 'dfeacc9aba39cd9eb8331850b73cb1559e02456f419987f367d83018697d61bc'],
  [3, '0003_meetings.sql', 'c8e97d2dcb25a85e7ab9c47b2938003a9996c19a4b71554c30cde0905d46ac59'],
  [4, '0004_public_supplements.sql', '9319cafb2e24c83ce96900788abdbf526f7a3a91a142122670da91125211a51e'],
  [5, '0005_action_derived_columns.sql', '470931bc73d266f5a0663db8c19e1fc4a3940e64637e307b9b3068adbed59861'],
  [6, '0006_open_and_principle_indexes.sql', '0e42805cfc43b5c62c7d65c8d1f2cf0e9584c5a339d6f5039debe62eac1bd55b'],
  [7, '0007_action_source_meeting_and_late_reason.sql', 'ce61b65fa32cd509a309ab69f3828002d4a67e7f444cfafeb15131f37cfef402'],
  [8, '0008_minutes.sql', 'a9c7c8c7e513afb73eed99253decb1f59b511bffa6cdcda9ab59b26c77ce5c8e'],
  [9, '0009_voices.sql', 'c7aa14185e5e44355c5ce4a86709b15d8f5bd112371db8c391be2a4e3a980fe1'],
  [10, '0010_visits.sql', 'c94e80ee1fd3fffc7d011f207e0b235be8cb335ee5002f66a8adf048fb989e8d'],
  [11, '0011_indicators.sql', '90d313a28752c5d7521ac76d19197fa9ef579a3fcc494625e706ed9dcd2ea156'],
  [12, '0012_evidence_files.sql', 'e291d3e1ef2a00f92e305a21b396cdfb02e10566a7e1f368b0c57b0b7bebb50b'],
  [13, '0013_annual_report.sql', '00c3090fb3cc1c36a4b10fa81e7decf2ce737a84ff90f6cb5719eef51c216cea'],
  [14, '0014_voice_identity.sql', '963768924c455480d7219d24f8e173d85a56da983d62ed16eb5d648fe7e46d82'],
];

const fileName = (m: { version: number; name: string }): string => `${String(m.version).padStart(4, '0')}_${m.name}.sql`;
const sha256 = (sql: string): string => createHash('sha256').update(sql).digest('hex');

describe('shipped migrations', () => {
  for (const [version, name, digest] of SHIPPED) {
    it(`${name} is unchanged since it shipped`, () => {
      const m = MIGRATIONS.find((x) => x.version === version);
      expect(m && fileName(m), `Migration ${version} must stay ${name}: shipped migrations are never renamed or removed.`).toBe(name);
      expect(
        sha256(m?.sql ?? ''),
        `${name} has shipped and was edited. Revert it, and make the change in a new migration, ${fileName({ version: MIGRATIONS.length + 1, name: 'your_change' })}, instead.`,
      ).toBe(digest);
    });
  }

  it('every migration is listed here once it ships (a new one is added with its hash)', () => {
    const unlisted = MIGRATIONS.filter((m) => !SHIPPED.some(([v]) => v === m.version)).map((m) => `  [${m.version}, '${fileName(m)}', '${sha256(m.sql)}'],`);
    expect(unlisted, `Add these lines to SHIPPED in tests/core/migrations.test.ts, so the new migration is guarded once it ships:\n${unlisted.join('\n')}`).toEqual([]);
  });
});
