import path from "node:path";
import { eq, like } from "drizzle-orm";
import { openDatabase, resolveDatabasePath, writeTransaction, type AppDatabase } from "./connection";
import { runMigrations } from "./migrate";
import * as t from "./schema";
import { claimSeeds } from "./seed-data/claims";
import { documentSeeds, packageSeeds } from "./seed-data/documents";
import { eventSeeds } from "./seed-data/events";
import { gapSeeds } from "./seed-data/gaps";
import { indicatorSeeds } from "./seed-data/indicators";
import { observationSeeds } from "./seed-data/observations";
import { projectSeeds } from "./seed-data/projects";
import { sectorSeeds } from "./seed-data/sectors";
import { sourcesFigures } from "./seed-data/sources-figures";
import { sourcesRecords } from "./seed-data/sources-records";
import type { SourceSeed } from "./seed-data/types";

const SEED_USER = "seed (fact sheet)";

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
export function runSeed(db: AppDatabase, now = new Date().toISOString()) {
  const before = db.$client.prepare("select total_changes() as n").get() as { n: number };

  writeTransaction(db, (tx) => {
    for (const s of sectorSeeds) tx.insert(t.sectors).values(s).onConflictDoNothing().run();

    // Sources: two seed files may cite the same URL under different keys; both keys map to one row.
    const sourceId = new Map<string, number>();
    const byUrl = new Map<string, SourceSeed>();
    for (const s of [...sourcesFigures, ...sourcesRecords]) {
      const canonical = byUrl.get(s.url) ?? s;
      byUrl.set(s.url, canonical);
      const existing = tx.select({ id: t.sources.id }).from(t.sources).where(eq(t.sources.url, canonical.url)).get();
      const id =
        existing?.id ??
        tx
          .insert(t.sources)
          .values(canonical)
          .returning({ id: t.sources.id })
          .get().id;
      sourceId.set(s.key, id);
    }
    const src = (key: string) => must(sourceId.get(key), `source "${key}"`);

    // Seed rows are insert rows with keys for ids (seed-data/types.ts); a column left out is NULL or its default.
    for (const { sector, ...row } of indicatorSeeds) {
      tx.insert(t.indicators)
        .values({ ...row, sectorSlug: sector })
        .onConflictDoNothing()
        .run();
    }
    const indicatorId = new Map(tx.select({ id: t.indicators.id, slug: t.indicators.slug }).from(t.indicators).all().map((r) => [r.slug, r.id]));
    const ind = (slug: string) => must(indicatorId.get(slug), `indicator "${slug}"`);

    for (const { indicator, source, extraSources, ...row } of observationSeeds) {
      const inserted = tx
        .insert(t.observations)
        .values({ ...row, indicatorId: ind(indicator), sourceId: src(source), updatedAt: now, updatedBy: SEED_USER })
        .onConflictDoNothing()
        .returning({ id: t.observations.id })
        .get();
      if (inserted) {
        for (const extra of new Set((extraSources ?? []).map(src))) {
          if (extra !== src(source)) tx.insert(t.observationSources).values({ observationId: inserted.id, sourceId: extra }).onConflictDoNothing().run();
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
    const eventId = new Map(tx.select({ id: t.events.id, slug: t.events.slug }).from(t.events).all().map((r) => [r.slug, r.id]));

    for (const { event, countSource, ...row } of packageSeeds) {
      tx.insert(t.documentPackages)
        .values({ ...row, eventId: event ? must(eventId.get(event), `event "${event}"`) : null, countSourceId: countSource ? src(countSource) : null })
        .onConflictDoNothing()
        .run();
    }
    const packageId = new Map(tx.select({ id: t.documentPackages.id, slug: t.documentPackages.slug }).from(t.documentPackages).all().map((r) => [r.slug, r.id]));

    for (const { sector, sources: sourceKeys, milestones, ...row } of projectSeeds) {
      const inserted = tx
        .insert(t.projects)
        .values({ ...row, sectorSlug: sector })
        .onConflictDoNothing()
        .returning({ id: t.projects.id })
        .get();
      if (!inserted) continue;
      for (const s of new Set(sourceKeys.map(src))) tx.insert(t.projectSources).values({ projectId: inserted.id, sourceId: s }).onConflictDoNothing().run();
      for (const { source, ...milestone } of milestones) {
        tx.insert(t.milestones)
          .values({ ...milestone, projectId: inserted.id, sourceId: src(source) })
          .onConflictDoNothing()
          .run();
      }
    }
    const projectId = new Map(tx.select({ id: t.projects.id, slug: t.projects.slug }).from(t.projects).all().map((r) => [r.slug, r.id]));

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
        tx.insert(t.documentIndicators).values({ documentId: inserted.id, indicatorId: ind(link.slug), note: link.note }).onConflictDoNothing().run();
      }
      for (const link of projectLinks ?? []) {
        const pid = must(projectId.get(link.slug), `project "${link.slug}"`);
        tx.insert(t.documentProjects).values({ documentId: inserted.id, projectId: pid, note: link.note }).onConflictDoNothing().run();
      }
    }

    for (const { evidence, ...c } of claimSeeds) {
      const inserted = tx
        .insert(t.claims)
        .values(c)
        .onConflictDoNothing()
        .returning({ id: t.claims.id })
        .get();
      if (!inserted) continue;
      for (const ev of evidence) {
        const rows: (typeof t.claimEvidence.$inferInsert)[] = [];
        const base = { claimId: inserted.id, note: ev.note };
        if (ev.observation) {
          // A bare fact-sheet ID stands for every observation split from that row ("I7" → "I7-az-in-kz", "I7-kz-in-az").
          const exact = tx.select({ id: t.observations.id }).from(t.observations).where(eq(t.observations.key, ev.observation)).all();
          const matches = exact.length > 0 ? exact : tx.select({ id: t.observations.id }).from(t.observations).where(like(t.observations.key, `${ev.observation}-%`)).all();
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
  });

  const after = db.$client.prepare("select total_changes() as n").get() as { n: number };
  return { rowsWritten: after.n - before.n };
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
