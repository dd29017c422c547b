import path from "node:path";
import { eq, like } from "drizzle-orm";
import { openDatabase, resolveDatabasePath, writeTransaction, type AppDatabase } from "./connection";
import { runMigrations } from "./migrate";
import * as t from "./schema";
import { loadSeedData, type SeedData } from "./seed-data/load";
import type { Correction, SourceSeed, TranslationSeed } from "./seed-data/schemas";
import { englishTextOf } from "./translatable";
import { translationAuditKey } from "../lib/schemas/translations";
import type { Tx } from "./mutations/audit";

const SEED_USER = "seed (fact sheet)";
const TRANSLATION_SEED_USER = "seed (translations file)";

class SeedError extends Error {}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new SeedError(`Seed data refers to a missing ${what}`);
  return value;
}

/**
 * Inserts every seed row that is not in the database yet, matched by its stable key.
 * Existing rows are left as they are, so a re-run changes nothing and never overwrites an
 * editor's change. Runs in one synchronous transaction: a bad reference rolls back everything.
 */
export function runSeed(db: AppDatabase, now = new Date().toISOString(), data: SeedData = loadSeedData()) {
  const { sectorSeeds, sourceSeeds, indicatorSeeds, observationSeeds, gapSeeds, eventSeeds, packageSeeds, projectSeeds, documentSeeds, claimSeeds, corrections, translationSeeds } = data;
  const before = db.$client.prepare("select total_changes() as n").get() as { n: number };

  writeTransaction(db, (tx) => {
    for (const s of sectorSeeds) tx.insert(t.sectors).values(s).onConflictDoNothing().run();

    // Sources: two seed files may cite the same URL under different keys; both keys map to one row.
    const sourceId = new Map<string, number>();
    const byUrl = new Map<string, SourceSeed>();
    for (const s of sourceSeeds) {
      const canonical = byUrl.get(s.url) ?? s;
      byUrl.set(s.url, canonical);
      const existing = tx.select({ id: t.sources.id }).from(t.sources).where(eq(t.sources.url, canonical.url)).get();
      const id = existing?.id ?? tx.insert(t.sources).values(canonical).returning({ id: t.sources.id }).get().id;
      sourceId.set(s.key, id);
    }
    const src = (key: string) => must(sourceId.get(key), `source "${key}"`);

    // Seed rows are insert rows with keys for ids (seed-data/schemas.ts); a column left out is NULL or its default.
    for (const { sector, ...row } of indicatorSeeds) {
      tx.insert(t.indicators)
        .values({ ...row, sectorSlug: sector })
        .onConflictDoNothing()
        .run();
    }
    const indicatorId = new Map(
      tx
        .select({ id: t.indicators.id, slug: t.indicators.slug })
        .from(t.indicators)
        .all()
        .map((r) => [r.slug, r.id]),
    );
    const ind = (slug: string) => must(indicatorId.get(slug), `indicator "${slug}"`);

    // Inside this transaction: better-sqlite3 runs it on the one connection, so the raw statements roll back with it.
    for (const c of corrections) applyCorrection(db.$client, c);

    for (const { indicator, source, extraSources, ...row } of observationSeeds) {
      const inserted = tx
        .insert(t.observations)
        .values({ ...row, indicatorId: ind(indicator), sourceId: src(source), updatedAt: now, updatedBy: SEED_USER })
        .onConflictDoNothing()
        .returning({ id: t.observations.id })
        .get();
      // A corroborating source added to the data later reaches rows seeded before it (a link row, inserted by key like the rest).
      const id = inserted?.id ?? tx.select({ id: t.observations.id }).from(t.observations).where(eq(t.observations.key, row.key)).get()?.id;
      if (id !== undefined) {
        for (const extra of new Set((extraSources ?? []).map(src))) {
          if (extra !== src(source)) tx.insert(t.observationSources).values({ observationId: id, sourceId: extra }).onConflictDoNothing().run();
        }
      }
    }

    for (const { indicator, ...row } of gapSeeds) {
      tx.insert(t.dataGaps)
        .values({ ...row, indicatorId: ind(indicator) })
        .onConflictDoNothing()
        .run();
    }

    for (const { source, ...row } of eventSeeds) {
      tx.insert(t.events)
        .values({ ...row, sourceId: src(source) })
        .onConflictDoNothing()
        .run();
    }
    const eventId = new Map(
      tx
        .select({ id: t.events.id, slug: t.events.slug })
        .from(t.events)
        .all()
        .map((r) => [r.slug, r.id]),
    );

    for (const { event, countSource, ...row } of packageSeeds) {
      tx.insert(t.documentPackages)
        .values({ ...row, eventId: event ? must(eventId.get(event), `event "${event}"`) : null, countSourceId: countSource ? src(countSource) : null })
        .onConflictDoNothing()
        .run();
    }
    const packageId = new Map(
      tx
        .select({ id: t.documentPackages.id, slug: t.documentPackages.slug })
        .from(t.documentPackages)
        .all()
        .map((r) => [r.slug, r.id]),
    );

    for (const { sector, sources: sourceKeys, milestones, ...row } of projectSeeds) {
      const inserted = tx
        .insert(t.projects)
        .values({ ...row, sectorSlug: sector })
        .onConflictDoNothing()
        .returning({ id: t.projects.id })
        .get();
      if (inserted) {
        for (const s of new Set(sourceKeys.map(src))) tx.insert(t.projectSources).values({ projectId: inserted.id, sourceId: s }).onConflictDoNothing().run();
      }
      // Milestones are rows of their own, inserted by key: a milestone added to the data later reaches a project seeded before it.
      const projectRowId = inserted?.id ?? tx.select({ id: t.projects.id }).from(t.projects).where(eq(t.projects.slug, row.slug)).get()?.id;
      if (projectRowId === undefined) continue;
      for (const { source, ...milestone } of milestones) {
        tx.insert(t.milestones)
          .values({ ...milestone, projectId: projectRowId, sourceId: src(source) })
          .onConflictDoNothing()
          .run();
      }
    }
    const projectId = new Map(
      tx
        .select({ id: t.projects.id, slug: t.projects.slug })
        .from(t.projects)
        .all()
        .map((r) => [r.slug, r.id]),
    );

    for (const { package: pkg, sectors, sources: sourceKeys, indicators: indicatorLinks, projects: projectLinks, ...row } of documentSeeds) {
      const inserted = tx
        .insert(t.documents)
        .values({ ...row, packageId: pkg ? must(packageId.get(pkg), `package "${pkg}"`) : null, updatedAt: now, updatedBy: SEED_USER })
        .onConflictDoNothing()
        .returning({ id: t.documents.id })
        .get();
      if (!inserted) continue;
      for (const sector of new Set(sectors)) tx.insert(t.documentSectors).values({ documentId: inserted.id, sectorSlug: sector }).run();
      for (const s of new Set(sourceKeys.map(src))) tx.insert(t.documentSources).values({ documentId: inserted.id, sourceId: s }).run();
      for (const link of indicatorLinks ?? []) {
        tx.insert(t.documentIndicators)
          .values({ documentId: inserted.id, indicatorId: ind(link.slug), note: link.note })
          .onConflictDoNothing()
          .run();
      }
      for (const link of projectLinks ?? []) {
        const pid = must(projectId.get(link.slug), `project "${link.slug}"`);
        tx.insert(t.documentProjects).values({ documentId: inserted.id, projectId: pid, note: link.note }).onConflictDoNothing().run();
      }
    }

    for (const { evidence, ...c } of claimSeeds) {
      const inserted = tx.insert(t.claims).values(c).onConflictDoNothing().returning({ id: t.claims.id }).get();
      if (!inserted) continue;
      for (const ev of evidence) {
        const rows: (typeof t.claimEvidence.$inferInsert)[] = [];
        const base = { claimId: inserted.id, note: ev.note };
        if (ev.observation) {
          // A bare fact-sheet ID stands for every observation split from that row ("I7" → "I7-az-in-kz", "I7-kz-in-az").
          const exact = tx.select({ id: t.observations.id }).from(t.observations).where(eq(t.observations.key, ev.observation)).all();
          const matches =
            exact.length > 0
              ? exact
              : tx
                  .select({ id: t.observations.id })
                  .from(t.observations)
                  .where(like(t.observations.key, `${ev.observation}-%`))
                  .all();
          if (matches.length === 0) throw new SeedError(`Seed data refers to a missing observation "${ev.observation}" (claim ${c.slug})`);
          for (const m of matches) rows.push({ ...base, observationId: m.id });
        }
        if (ev.document) {
          const doc = tx.select({ id: t.documents.id }).from(t.documents).where(eq(t.documents.slug, ev.document)).get();
          rows.push({ ...base, documentId: must(doc?.id, `document "${ev.document}" (claim ${c.slug})`) });
        }
        if (ev.milestone) {
          const m = tx.select({ id: t.milestones.id }).from(t.milestones).where(eq(t.milestones.key, ev.milestone)).get();
          rows.push({ ...base, milestoneId: must(m?.id, `milestone "${ev.milestone}" (claim ${c.slug})`) });
        }
        if (ev.source) rows.push({ ...base, sourceId: src(ev.source) });
        if (rows.length === 0) throw new SeedError(`Claim ${c.slug} has an evidence row that points at nothing`);
        for (const row of rows) tx.insert(t.claimEvidence).values(row).run();
      }
    }

    insertTranslations(tx, translationSeeds, now);
  });

  const after = db.$client.prepare("select total_changes() as n").get() as { n: number };
  return { rowsWritten: after.n - before.n };
}

/**
 * Inserts the seed translations a database lacks, matched on (entity, key, field, locale): a row
 * that exists, whatever an editor made of it, is left alone. Skipped: translations of entities not
 * in this database (an editor or a correction removed them) and any translation with an audit
 * history, so one an editor deleted on purpose (back to English) is not brought back by a restart.
 */
function insertTranslations(tx: Tx, rows: TranslationSeed[], now: string): number {
  const touched = new Set(
    tx
      .select({ key: t.auditLog.entityKey })
      .from(t.auditLog)
      .where(eq(t.auditLog.entity, "translation"))
      .all()
      .map((r) => r.key),
  );
  let written = 0;
  for (const { key, sourceUrl, ...row } of rows) {
    if (touched.has(translationAuditKey({ ...row, key }))) continue;
    if (!englishTextOf(tx, { entity: row.entity, key, field: row.field })) continue;
    written += tx
      .insert(t.contentTranslations)
      .values({ ...row, entityKey: key, sourceUrl: sourceUrl ?? null, updatedAt: now, updatedBy: TRANSLATION_SEED_USER })
      .onConflictDoNothing()
      .run().changes;
  }
  return written;
}

/** For a database seeded before translations existed (db:setup seeds only an empty one): adds the missing seed translations, nothing else. */
export function seedTranslations(db: AppDatabase, now = new Date().toISOString(), rows: TranslationSeed[] = loadSeedData().translationSeeds) {
  return { translationsWritten: writeTransaction(db, (tx) => insertTranslations(tx, rows, now)) };
}

const KEY_COLUMN: Record<Correction["table"], string> = {
  observations: "key",
  data_gaps: "key",
  claims: "slug",
  milestones: "key",
  projects: "slug",
  events: "slug",
  documents: "slug",
  document_packages: "slug",
  indicators: "slug",
  sources: "key",
};
const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const COLUMN_NAME = /^[a-z][a-zA-Z]*$/;

/**
 * Applies one correction to a row an earlier seed wrote, only while the row still holds every
 * `from` value: a row an editor changed (or a database seeded after the fix) is left alone. This
 * is how an existing database receives the fact-sheet corrections without a data migration that
 * would overwrite editors' work. Column names come from the validated data file, never from a user.
 */
function applyCorrection(client: AppDatabase["$client"], c: Correction) {
  for (const name of [...Object.keys(c.from), ...Object.keys(c.to ?? {})]) {
    if (!COLUMN_NAME.test(name)) throw new SeedError(`Correction of ${c.table} "${c.key}" names a bad column "${name}"`);
  }
  // "indicator" names the indicator by slug, as the data files do; the column holds its id.
  const column = (k: string) => (k === "indicator" ? "indicator_id" : snake(k));
  const placeholder = (k: string) => (k === "indicator" ? "(select id from indicators where slug = ?)" : "?");
  const where = [`${KEY_COLUMN[c.table]} = ?`, ...Object.keys(c.from).map((k) => (c.from[k] === null ? `${column(k)} is null` : `${column(k)} = ${placeholder(k)}`))].join(" and ");
  const whereArgs = [c.key, ...Object.values(c.from).filter((v) => v !== null)];
  if (c.to === null) {
    if (c.table === "observations") {
      // Evidence and corroborating sources point at the row; they go with it.
      const row = client.prepare(`select id from observations where ${where}`).get(...whereArgs) as { id: number } | undefined;
      if (!row) return;
      client.prepare("delete from claim_evidence where observation_id = ?").run(row.id);
      client.prepare("delete from observation_sources where observation_id = ?").run(row.id);
    }
    client.prepare(`delete from ${c.table} where ${where}`).run(...whereArgs);
    return;
  }
  const set = Object.keys(c.to)
    .map((k) => `${column(k)} = ${placeholder(k)}`)
    .join(", ");
  client.prepare(`update ${c.table} set ${set} where ${where}`).run(...Object.values(c.to), ...whereArgs);
}

function main() {
  const db = openDatabase();
  runMigrations(db);
  const summary = runSeed(db);
  db.$client.close();
  console.log(`Seeded ${resolveDatabasePath()}: ${JSON.stringify(summary)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  try {
    main();
  } catch (error) {
    console.error("Seed failed:", error);
    process.exit(1);
  }
}
