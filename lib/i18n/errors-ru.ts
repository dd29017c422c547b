import type { ErrorTexts } from "./errors";

/** The error pages' text in Russian; kept apart from the dictionary for the same reason as errors.ts. */
export const errorsRu: ErrorTexts = {
  title: "Не удалось загрузить страницу",
  body: "Не удалось прочитать данные. Ничего не изменено. Повторите попытку через некоторое время.",
  retry: "Повторить попытку",
  notFoundTitle: "Страница не найдена",
  notFoundBody: "По этому адресу страницы нет.",
  backHome: "Вернуться к обзору",
};
