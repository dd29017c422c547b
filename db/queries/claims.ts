import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import type { AppDatabase } from "../connection";
import { getDb } from "../index";
import { claimEvidence, claims, documents, milestones, sources } from "../schema";
import { listFigures } from "./figures";
import type { ClaimVerdict } from "../../lib/constants";
import type { Figure, FigureSource } from "../../lib/figures";
import { localName, localTitle } from "./localize";
import { formatPeriodLabel } from "../../lib/format";

export type Evidence =
  | { kind: "observation"; note: string | null; figure: Figure }
  | { kind: "document"; note: string | null; document: { slug: string; title: string | null; identification: string; packagePosition: number | null } }
  | { kind: "milestone"; note: string | null; milestone: { title: string; dateLabel: string; status: string; source: FigureSource } }
  | { kind: "source"; note: string | null; source: FigureSource };

export interface ClaimView {
  slug: string;
  position: number;
  claimText: string;
  verdict: ClaimVerdict;
  finding: string;
  evidence: Evidence[];
}

const sourceColumns = { id: sources.id, title: sources.title, publisher: sources.publisher, originator: sources.originator, url: sources.url, publishedOn: sources.publishedOn };

/** The source article's claims in article order, each with its verdict and resolved evidence. */
export function listClaims(db: AppDatabase = getDb()): ClaimView[] {
  const rows = db.select().from(claims).orderBy(asc(claims.position)).all();
  const ev = db.select().from(claimEvidence).orderBy(asc(claimEvidence.id)).all();

  const obsIds = ev.flatMap((e) => (e.observationId ? [e.observationId] : []));
  const figureById = new Map<number, Figure>();
  if (obsIds.length) {
    const slugs = db.$client.prepare(`select distinct i.slug from observations o join indicators i on i.id = o.indicator_id where o.id in (${obsIds.map(() => "?").join(",")})`).all(...obsIds) as {
      slug: string;
    }[];
    for (const f of listFigures({ indicatorSlugs: slugs.map((s) => s.slug) }, db)) figureById.set(f.id, f);
  }
  const docIds = ev.flatMap((e) => (e.documentId ? [e.documentId] : []));
  const docById = new Map(
    (docIds.length ? db.select().from(documents).where(inArray(documents.id, docIds)).all() : []).map((d) => [d.id, { ...d, title: localTitle("document", d.slug, d.title, db) }]),
  );
  const msIds = ev.flatMap((e) => (e.milestoneId ? [e.milestoneId] : []));
  const msById = new Map(
    (msIds.length
      ? db
          .select({
            id: milestones.id,
            key: milestones.key,
            title: milestones.title,
            dateLabel: milestones.dateLabel,
            status: milestones.status,
            sourceId: sources.id,
            sourceTitle: sources.title,
            publisher: sources.publisher,
            originator: sources.originator,
            url: sources.url,
            publishedOn: sources.publishedOn,
          })
          .from(milestones)
          .innerJoin(sources, eq(milestones.sourceId, sources.id))
          .where(inArray(milestones.id, msIds))
          .all()
      : []
    ).map((m) => [m.id, { ...m, title: localName("milestone", m.key, m.title, db), dateLabel: formatPeriodLabel(m.dateLabel) }]),
  );
  const srcIds = ev.flatMap((e) => (e.sourceId ? [e.sourceId] : []));
  const srcById = new Map((srcIds.length ? db.select(sourceColumns).from(sources).where(inArray(sources.id, srcIds)).all() : []).map((s) => [s.id, s]));

  return rows.map((c) => ({
    slug: c.slug,
    position: c.position,
    claimText: c.claimText,
    verdict: c.verdict,
    finding: c.finding,
    evidence: ev
      .filter((e) => e.claimId === c.id)
      .flatMap((e): Evidence[] => {
        if (e.observationId) {
          const figure = figureById.get(e.observationId);
          return figure ? [{ kind: "observation", note: e.note, figure }] : [];
        }
        if (e.documentId) {
          const d = docById.get(e.documentId);
          return d ? [{ kind: "document", note: e.note, document: { slug: d.slug, title: d.title, identification: d.identification, packagePosition: d.packagePosition } }] : [];
        }
        if (e.milestoneId) {
          const m = msById.get(e.milestoneId);
          return m
            ? [
                {
                  kind: "milestone",
                  note: e.note,
                  milestone: {
                    title: m.title,
                    dateLabel: m.dateLabel,
                    status: m.status,
                    source: { id: m.sourceId, title: m.sourceTitle, publisher: m.publisher, originator: m.originator, url: m.url, publishedOn: m.publishedOn },
                  },
                },
              ]
            : [];
        }
        const s = e.sourceId ? srcById.get(e.sourceId) : undefined;
        return s ? [{ kind: "source", note: e.note, source: s }] : [];
      }),
  }));
}
