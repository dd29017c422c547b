import { CHART_COLOURS_DARK, chartThemeCss, chartVariables } from "./charts/theme";

/**
 * The dark theme of the page: Tailwind's utilities read their colours from `--color-*`
 * variables, so the dark theme is a second value for each colour the interface uses (the light
 * values are Tailwind's own), written once here with the chart colours' dark set. It applies on
 * screen only (print stays light) when the system prefers dark and the reader has not chosen light,
 * or when the reader chose dark (`data-theme` on <html>, remembered in localStorage).
 */
const DARK_PALETTE: Record<string, string> = {
  white: "#0f172a",
  "slate-50": "#1e293b",
  "slate-100": "#1e293b",
  "slate-200": "#334155",
  "slate-300": "#475569",
  "slate-400": "#64748b",
  "slate-500": "#a3b1c6",
  "slate-600": "#b8c3d3",
  "slate-700": "#cbd5e1",
  "slate-800": "#e2e8f0",
  "slate-900": "#f1f5f9",
  "sky-50": "#082f49",
  "sky-300": "#0369a1",
  "sky-600": "#38bdf8",
  "sky-800": "#7dd3fc",
  "sky-900": "#bae6fd",
  "red-50": "#450a0a",
  "red-100": "#7f1d1d",
  "red-200": "#991b1b",
  "red-300": "#b91c1c",
  "red-600": "#f87171",
  "red-700": "#fca5a5",
  "red-800": "#fecaca",
  "red-900": "#fee2e2",
  "amber-50": "#451a03",
  "amber-100": "#78350f",
  "amber-300": "#b45309",
  "amber-600": "#fbbf24",
  "amber-700": "#fcd34d",
  "amber-900": "#fef3c7",
  "amber-950": "#fffbeb",
  "emerald-50": "#022c22",
  "emerald-100": "#064e3b",
  "emerald-200": "#065f46",
  "emerald-300": "#047857",
  "emerald-600": "#34d399",
  "emerald-800": "#a7f3d0",
  "emerald-900": "#d1fae5",
  "violet-500": "#a78bfa",
  "violet-800": "#ddd6fe",
  ink: "#f1f5f9",
  muted: "#b8c3d3",
};

const PAGE_DARK = {
  background: "#020617",
  focus: "#60a5fa",
};

/** The header stays a dark bar with light text in both themes. */
const DARK_HEADER: Record<string, string> = { "slate-900": "#020617", white: "#f8fafc", "slate-200": "#cbd5e1" };

function darkDeclarations(): string {
  const palette = Object.entries(DARK_PALETTE)
    .map(([k, v]) => `--color-${k}:${v}`)
    .join(";");
  return `color-scheme:dark;${palette};--page-bg:${PAGE_DARK.background};--page-focus:${PAGE_DARK.focus};${chartVariables(CHART_COLOURS_DARK)}`;
}

function headerDeclarations(): string {
  return Object.entries(DARK_HEADER)
    .map(([k, v]) => `--color-${k}:${v}`)
    .join(";");
}

/** The theme's CSS for the root layout's <style>: light chart colours, then the dark set under its two conditions. */
export function themeCss(): string {
  const dark = darkDeclarations();
  const header = headerDeclarations();
  const auto = ":root:not([data-theme=light])";
  const chosen = ":root[data-theme=dark]";
  return `${chartThemeCss()}@media screen and (prefers-color-scheme:dark){${auto}{${dark}}${auto} .site-header{${header}}}@media screen{${chosen}{${dark}}${chosen} .site-header{${header}}}`;
}

/**
 * A few lines of plain script in the document head, so they cost no bundle and run before the
 * first paint: the remembered theme (no flash of the wrong one; an embed is light unless its URL
 * says `theme=dark`), the theme toggle, every "Copy link" button, which copies the canonical URL
 * the server wrote into it (`data-url`), and the Embed box's <iframe> code for the width and height
 * typed into it.
 * Both buttons are found by delegation, so they work on pages that arrive by client navigation.
 */
export const PAGE_SCRIPT = `(function(){var d=document.documentElement,k="theme";
function cur(){return d.dataset.theme||(matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light")}
function sync(){var p=String(cur()==="dark");document.querySelectorAll("[data-theme-toggle]").forEach(function(b){b.setAttribute("aria-pressed",p)})}
if(location.pathname.indexOf("/embed/")===0)d.dataset.theme=new URLSearchParams(location.search).get("theme")==="dark"?"dark":"light";
else try{var s=localStorage.getItem(k);if(s==="dark"||s==="light")d.dataset.theme=s}catch(e){}
function esc(v){return String(v).replace(/&/g,"&amp;").replace(/"/g,"&quot;").replace(/</g,"&lt;")}
function embed(b){var n=function(s,f){var v=parseInt(b.querySelector(s).value,10);return v>=100&&v<=4000?v:f};
b.querySelector("textarea").value='<iframe src="'+esc(new URL(b.getAttribute("data-embed"),location.origin).href)+'" width="'+n("[data-embed-width]",640)+'" height="'+n("[data-embed-height]",520)+'" title="'+esc(b.getAttribute("data-embed-title"))+'" style="border:0;max-width:100%" loading="lazy"></iframe>'}
document.addEventListener("input",function(e){var b=e.target instanceof Element&&e.target.closest("[data-embed]");if(b)embed(b)});
document.addEventListener("toggle",function(e){var b=e.target;if(b instanceof Element&&b.matches("[data-embed]")&&b.open)embed(b)},true);
document.addEventListener("DOMContentLoaded",sync);
document.addEventListener("click",function(e){var t=e.target instanceof Element?e.target:null;if(!t)return;
var b=t.closest("[data-theme-toggle]");if(b){d.dataset.theme=cur()==="dark"?"light":"dark";try{localStorage.setItem(k,d.dataset.theme)}catch(x){}sync();return}
var c=t.closest("[data-copy-link]");if(c){var u=new URL(c.getAttribute("data-url")||location.pathname+location.search,location.origin).href,st=c.parentElement&&c.parentElement.querySelector("[data-copy-status]");
function done(ok){if(st)st.textContent=ok?c.getAttribute("data-copied"):u}
if(navigator.clipboard&&window.isSecureContext)navigator.clipboard.writeText(u).then(function(){done(true)},function(){done(false)});else done(false)}});})();`;
