import { getDocument } from "@/db/queries/documents";
import { notFoundJson } from "@/lib/api/responses";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const doc = getDocument({ slug: (await params).slug });
  return doc ? Response.json(doc) : notFoundJson("Document");
}
