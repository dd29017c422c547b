/** The default size of an embedded chart, and the one <iframe> code the Embed box, the export menu and the page script write. */
export const EMBED_SIZE = { width: 640, height: 520 };

export function embedIframe(src: string, title: string, size: { width: number; height: number } = EMBED_SIZE): string {
  return `<iframe src="${src}" width="${size.width}" height="${size.height}" title="${title.replace(/"/g, "&quot;")}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}
