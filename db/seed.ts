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
          .values({ ...canonical, originator: canonical.originator ?? null, publishedOn: canonical.publishedOn ?? null, note: canonical.note ?? null })
          .returning({ id: t.sources.id })
          .get().id;
      sourceId.set(s.key, id);
    }
    const src = (key: string) => must(sourceId.get(key), `source "${key}"`);

    for (const i of indicatorSeeds) {
      tx.insert(t.indicators)
        .values({ slug: i.slug, name: i.name, unit: i.unit, sectorSlug: i.sector, description: i.description, caveat: i.caveat ?? null, sortOrder: i.sortOrder })
        .onConflictDoNothing()
        .run();
    }
    const indicatorId = new Map(tx.select({ id: t.indicators.id, slug: t.indicators.slug }).from(t.indicators).all().map((r) => [r.slug, r.id]));
    const ind = (slug: string) => must(indicatorId.get(slug), `indicator "${slug}"`);

    for (const o of observationSeeds) {
      const inserted = tx
        .insert(t.observations)
        .values({
          key: o.key,
          indicatorId: ind(o.indicator),
          periodStart: o.periodStart,
          periodEnd: o.periodEnd,
          periodLabel: o.periodLabel,
          periodType: o.periodType,
          value: o.value,
          qualifier: o.qualifier ?? "exact",
          status: o.status,
          reporter: o.reporter,
          sourceId: src(o.source),
          note: o.note ?? null,
          confidence: o.confidence,
          updatedAt: now,
          updatedBy: SEED_USER,
        })
        .onConflictDoNothing()
        .returning({ id: t.observations.id })
        .get();
      if (inserted) {
        for (const extra of new Set((o.extraSources ?? []).map(src))) {
          if (extra !== src(o.source)) tx.insert(t.observationSources).values({ observationId: inserted.id, sourceId: extra }).onConflictDoNothing().run();
        }
      }
    }

    for (const g of gapSeeds) {
      tx.insert(t.dataGaps)
        .values({ key: g.key, indicatorId: ind(g.indicator), periodLabel: g.periodLabel, periodEnd: g.periodEnd, reporter: g.reporter, note: g.note })
        .onConflictDoNothing()
        .run();
    }

    for (const e of eventSeeds) {
      tx.insert(t.events)
        .values({ slug: e.slug, title: e.title, kind: e.kind, startDate: e.startDate, endDate: e.endDate ?? null, place: e.place ?? null, summary: e.summary, sourceId: src(e.source) })
        .onConflictDoNothing()
        .run();
    }
    const eventId = new Map(tx.select({ id: t.events.id, slug: t.events.slug }).from(t.events).all().map((r) => [r.slug, r.id]));

    for (const p of packageSeeds) {
      tx.insert(t.documentPackages)
        .values({
          slug: p.slug,
          name: p.name,
          eventId: p.event ? must(eventId.get(p.event), `event "${p.event}"`) : null,
          signedOn: p.signedOn,
          place: p.place ?? null,
          reportedCount: p.reportedCount ?? null,
          countNote: p.countNote ?? null,
          countSourceId: p.countSource ? src(p.countSource) : null,
        })
        .onConflictDoNothing()
        .run();
    }
    const packageId = new Map(tx.select({ id: t.documentPackages.id, slug: t.documentPackages.slug }).from(t.documentPackages).all().map((r) => [r.slug, r.id]));

    for (const p of projectSeeds) {
      const inserted = tx
        .insert(t.projects)
        .values({ slug: p.slug, name: p.name, sectorSlug: p.sector, status: p.status, location: p.location ?? null, summary: p.summary, note: p.note ?? null, confidence: p.confidence })
        .onConflictDoNothing()
        .returning({ id: t.projects.id })
        .get();
      if (!inserted) continue;
      for (const s of new Set(p.sources.map(src))) tx.insert(t.projectSources).values({ projectId: inserted.id, sourceId: s }).onConflictDoNothing().run();
      for (const m of p.milestones) {
        tx.insert(t.milestones)
          .values({ key: m.key, projectId: inserted.id, date: m.date, dateLabel: m.dateLabel, title: m.title, status: m.status, sourceId: src(m.source), confidence: m.confidence })
          .onConflictDoNothing()
          .run();
      }
    }
    const projectId = new Map(tx.select({ id: t.projects.id, slug: t.projects.slug }).from(t.projects).all().map((r) => [r.slug, r.id]));

    for (const d of documentSeeds) {
      const inserted = tx
        .insert(t.documents)
        .values({
          slug: d.slug,
          title: d.title,
          kind: d.kind,
          signedOn: d.signedOn ?? null,
          signedPlace: d.signedPlace ?? null,
          parties: d.parties ?? null,
          packageId: d.package ? must(packageId.get(d.package), `package "${d.package}"`) : null,
          packagePosition: d.packagePosition ?? null,
          status: d.status ?? null,
          identification: d.identification,
          summary: d.summary,
          note: d.note ?? null,
          confidence: d.confidence,
          updatedAt: now,
          updatedBy: SEED_USER,
        })
        .onConflictDoNothing()
        .returning({ id: t.documents.id })
        .get();
      if (!inserted) continue;
      for (const sector of new Set(d.sectors)) tx.insert(t.documentSectors).values({ documentId: inserted.id, sectorSlug: sector }).run();
      for (const s of new Set(d.sources.map(src))) tx.insert(t.documentSources).values({ documentId: inserted.id, sourceId: s }).run();
      for (const link of d.indicators ?? []) {
        tx.insert(t.documentIndicators).values({ documentId: inserted.id, indicatorId: ind(link.slug), note: link.note ?? null }).onConflictDoNothing().run();
      }
      for (const link of d.projects ?? []) {
        const pid = must(projectId.get(link.slug), `project "${link.slug}"`);
        tx.insert(t.documentProjects).values({ documentId: inserted.id, projectId: pid, note: link.note ?? null }).onConflictDoNothing().run();
      }
    }

    for (const c of claimSeeds) {
      const inserted = tx
        .insert(t.claims)
        .values({ slug: c.slug, position: c.position, claimText: c.claimText, verdict: c.verdict, finding: c.finding })
        .onConflictDoNothing()
        .returning({ id: t.claims.id })
        .get();
      if (!inserted) continue;
      for (const ev of c.evidence) {
        const rows: (typeof t.claimEvidence.$inferInsert)[] = [];
        const base = { claimId: inserted.id, note: ev.note ?? null };
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
