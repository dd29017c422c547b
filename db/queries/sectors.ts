import "server-only";
import { asc, eq } from "drizzle-orm";
import type { AppDatabase } from "../connection";
import { getDb } from "../index";
import { projects, sectors } from "../schema";
import { getProject, type ProjectView } from "./projects";
import type { SectorSlug } from "../../lib/constants";
import { localName } from "./localize";

export function listSectors(db: AppDatabase = getDb()) {
  return db
    .select()
    .from(sectors)
    .orderBy(asc(sectors.sortOrder))
    .all()
    .map((s) => ({ ...s, name: localName("sector", s.slug, s.name, db) }));
}

/** slug → display name, for filter menus and labels. */
export function sectorNames(db: AppDatabase = getDb()): Record<string, string> {
  return Object.fromEntries(listSectors(db).map((s) => [s.slug, s.name]));
}

export function getSector(input: { slug: string }, db: AppDatabase = getDb()) {
  const s = db
    .select()
    .from(sectors)
    .where(eq(sectors.slug, input.slug as SectorSlug))
    .get();
  return s ? { ...s, name: localName("sector", s.slug, s.name, db) } : null;
}

export function listSectorProjects(input: { sector: SectorSlug }, db: AppDatabase = getDb()): ProjectView[] {
  return db
    .select({ slug: projects.slug })
    .from(projects)
    .where(eq(projects.sectorSlug, input.sector))
    .orderBy(asc(projects.name))
    .all()
    .flatMap((p) => {
      const view = getProject({ slug: p.slug }, db);
      return view ? [view] : [];
    });
}
