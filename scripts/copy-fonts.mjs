// Copies the Inter subsets the site uses from @fontsource-variable/inter into public/fonts, so the
// Latin file can be preloaded from a stable URL (a bundled CSS import gives it a hashed one).
// Runs before build and dev; public/fonts is not committed.
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";

const SUBSETS = ["latin", "latin-ext", "cyrillic", "cyrillic-ext"];
const from = path.join("node_modules", "@fontsource-variable", "inter", "files");
mkdirSync(path.join("public", "fonts"), { recursive: true });
for (const s of SUBSETS) copyFileSync(path.join(from, `inter-${s}-wght-normal.woff2`), path.join("public", "fonts", `inter-${s}-wght-normal.woff2`));
