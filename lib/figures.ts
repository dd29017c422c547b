import type { Confidence, ObservationStatus, PeriodType, Reporter, ValueQualifier } from "./constants";

/** A published figure with everything needed to show and cite it. Plain data: safe to pass to client components. */
export interface Figure {
  id: number;
  key: string;
  indicatorSlug: string;
  indicatorName: string;
  unit: string;
  value: number;
  qualifier: ValueQualifier;
  periodLabel: string;
  periodStart: string;
  periodEnd: string;
  periodType: PeriodType;
  status: ObservationStatus;
  reporter: Reporter;
  confidence: Confidence;
  note: string | null;
  source: FigureSource;
}

export interface FigureSource {
  id: number;
  title: string;
  publisher: string;
  originator: string | null;
  url: string;
  publishedOn: string | null;
}

export interface Gap {
  key: string;
  indicatorSlug: string;
  periodLabel: string;
  periodEnd: string;
  reporter: Reporter;
  note: string;
}
