import { getDictionary } from "@/lib/i18n";

/**
 * "Copy link": copies the canonical URL of a view (`href`, site-relative, from the URL grammar),
 * or the address shown, on a page whose filters change the URL without a server render.
 * A server component: the copying is done by the page script in the document head
 * (lib/page-theme.ts), so the button adds nothing to the page's JavaScript.
 */
export function CopyLink({ href, label, className = "" }: { href?: string; label?: string; className?: string }) {
  const t = getDictionary();
  return (
    <span className={`no-print inline-flex items-center gap-2 ${className}`}>
      <button type="button" data-copy-link data-url={href} data-copied={t.share.copied} aria-label={label} className="btn-xs">
        <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round">
          <path d="M6.5 9.5 9.5 6.5M7 4.5l1-1a2.8 2.8 0 0 1 4 4l-1 1M9 11.5l-1 1a2.8 2.8 0 0 1-4-4l1-1" />
        </svg>
        {t.share.copyLink}
      </button>
      <span role="status" data-copy-status className="text-xs text-slate-600" />
    </span>
  );
}
