import "server-only";
import { asc, eq } from "drizzle-orm";
import type { AppDatabase } from "../connection";
import { getDb } from "../index";
import { isOverdue, todayIso } from "../../lib/clock";
import { milestones, projects, sources } from "../schema";
import { getFreshness } from "./freshness";
import { localName } from "./localize";
import { formatPeriodLabel } from "../../lib/format";

export type MilestoneView = {
  key: string;
  date: string;
  dateLabel: string;
  title: string;
  status: "actual" | "plan" | "forecast";
  confidence: string;
  source: { title: string; publisher: string; url: string; publishedOn: string | null };
  /** A plan or expectation whose date has passed with no outcome recorded: how far the sources were checked. */
  overdue: { checkedTo: string | null } | null;
};

export type ProjectView = {
  slug: string;
  name: string;
  status: (typeof projects.$inferSelect)["status"];
  location: string | null;
  summary: string;
  note: string | null;
  milestones: MilestoneView[];
};

/** A project with its milestones in date order, each with its source; null when the slug is unknown. */
export function getProject(input: { slug: string; today?: string }, db: AppDatabase = getDb()): ProjectView | null {
  const project = db.select().from(projects).where(eq(projects.slug, input.slug)).get();
  if (!project) return null;
  const rows = db
    .select({
      key: milestones.key,
      date: milestones.date,
      dateLabel: milestones.dateLabel,
      title: milestones.title,
      status: milestones.status,
      confidence: milestones.confidence,
      sourceTitle: sources.title,
      publisher: sources.publisher,
      url: sources.url,
      publishedOn: sources.publishedOn,
    })
    .from(milestones)
    .innerJoin(sources, eq(milestones.sourceId, sources.id))
    .where(eq(milestones.projectId, project.id))
    .orderBy(asc(milestones.date), asc(milestones.key))
    .all();
  const today = input.today ?? todayIso();
  const checkedTo = getFreshness(db).dataAsOf;
  return {
    slug: project.slug,
    name: localName("project", project.slug, project.name, db),
    status: project.status,
    location: project.location,
    summary: project.summary,
    note: project.note,
    milestones: rows.map(({ sourceTitle, publisher, url, publishedOn, ...m }) => ({
      ...m,
      title: localName("milestone", m.key, m.title, db),
      dateLabel: formatPeriodLabel(m.dateLabel),
      source: { title: sourceTitle, publisher, url, publishedOn },
      overdue: isOverdue(m, today) ? { checkedTo } : null,
    })),
  };
}
