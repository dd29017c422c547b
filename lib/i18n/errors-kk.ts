import type { ErrorTexts } from "./errors";

/** The error pages' text in Kazakh; kept apart from the dictionary for the same reason as errors.ts. */
export const errorsKk: ErrorTexts = {
  title: "Бұл бетті жүктеу мүмкін болмады",
  body: "Деректерді оқу мүмкін болмады. Ештеңе өзгертілген жоқ. Біраздан соң қайталап көріңіз.",
  retry: "Қайталап көру",
  notFoundTitle: "Бет табылмады",
  notFoundBody: "Бұл мекенжайда бет жоқ.",
  backHome: "Шолуға оралу",
};
