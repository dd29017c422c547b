/**
 * The article whose claims /source-check reviews. Content, not interface text: kept out of the
 * dictionary that client bundles carry.
 */
export const SOURCE_ARTICLE = {
  title: "Azerbaijan and Kazakhstan: building the economic core of Eurasia",
  publisher: "aze.media",
  url: "https://aze.media/azerbaijan-and-kazakhstan-building-the-economic-core-of-eurasia/",
} as const;
