import type { ErrorTexts } from "./errors";

/** The error pages' text in Azerbaijani; kept apart from the dictionary for the same reason as errors.ts. */
export const errorsAz: ErrorTexts = {
  title: "Bu səhifəni yükləmək mümkün olmadı",
  body: "Məlumatları oxumaq mümkün olmadı. Heç nə dəyişdirilmədi. Bir az sonra yenidən cəhd edin.",
  retry: "Yenidən cəhd edin",
  notFoundTitle: "Səhifə tapılmadı",
  notFoundBody: "Bu ünvanda səhifə yoxdur.",
  backHome: "İcmala qayıt",
};
