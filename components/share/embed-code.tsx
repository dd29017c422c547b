import { getDictionary } from "@/lib/i18n";
import { EMBED_SIZE, embedIframe } from "@/lib/share/embed";

/**
 * "Embed": a disclosure with the <iframe> code of the chart's embed page and its width and height.
 * The page script in the head (lib/page-theme.ts) writes the code with this site's address when
 * the box opens and again when a size is typed, so the control costs the page no bundle.
 */
export function EmbedCode({ path, title }: { path: string; title: string }) {
  const t = getDictionary();
  const code = embedIframe(path, title);
  return (
    <details data-embed={path} data-embed-title={title} className="no-print relative">
      <summary aria-label={t.share.embedLabel(title)} className="btn-xs cursor-pointer list-none">
        {t.share.embed}
      </summary>
      <div className="embed-panel">
        <p>{t.share.embedHint}</p>
        <div className="flex gap-3">
          <label className="flex items-center gap-1">
            {t.share.width}
            <input data-embed-width type="number" min={100} max={4000} defaultValue={EMBED_SIZE.width} className="embed-size" />
          </label>
          <label className="flex items-center gap-1">
            {t.share.height}
            <input data-embed-height type="number" min={100} max={4000} defaultValue={EMBED_SIZE.height} className="embed-size" />
          </label>
        </div>
        <label className="block">
          <span className="sr-only">{t.share.embedCode}</span>
          <textarea readOnly rows={5} defaultValue={code} className="embed-code" />
        </label>
      </div>
    </details>
  );
}
