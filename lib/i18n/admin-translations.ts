import type { TranslatableEntity, TranslationField, TranslationLocale, TranslationOrigin } from "../constants";
import type { Locale } from "./index";
import { plural } from "./plural";

/**
 * The words of the translation editor (app/admin/translations) in every interface language. Kept
 * apart from the main dictionaries so the page could land while those are being translated.
 * `cell` holds only strings: it is passed to a client component.
 */
export type TranslationCellText = {
  edit: string;
  add: string;
  save: string;
  saving: string;
  cancel: string;
  markReviewed: string;
  revert: string;
  confirmRevert: string;
  saved: string;
  reviewed: string;
  reverted: string;
  failed: string;
  missing: string;
  machine: string;
  machineTitle: string;
  official: string;
  editor: string;
  reviewedBy: string;
  source: string;
  textLabel: string;
};

export type TranslationAdminText = {
  nav: string;
  heading: string;
  lead: string;
  filters: { entity: string; locale: string; view: string; all: string; apply: string };
  views: { all: string; review: string; missing: string };
  entities: Record<TranslatableEntity, string>;
  fields: Record<TranslationField, string>;
  locales: Record<TranslationLocale, string>;
  origins: Record<TranslationOrigin, string>;
  english: string;
  key: string;
  none: string;
  counts: (texts: number, missing: number, review: number) => string;
  auditEntity: string;
  cell: TranslationCellText;
};

export const translationAdminText: Record<Locale, TranslationAdminText> = {
  en: {
    nav: "Translations",
    heading: "Translations of names and titles",
    lead: "Names and titles of sectors, indicators, documents, projects, milestones, document packages and events in Azerbaijani, Kazakh and Russian. The public pages mark a machine translation until an editor reviews it, and show a text with no translation in English, marked as such.",
    filters: { entity: "Content", locale: "Language", view: "Show", all: "All", apply: "Show" },
    views: { all: "Everything", review: "Machine translations to review", missing: "Missing translations" },
    entities: { sector: "Sector", indicator: "Indicator", document: "Document", project: "Project", milestone: "Milestone", package: "Document package", event: "Event" },
    fields: { name: "name", title: "title", description: "description" },
    locales: { az: "Azerbaijani", kk: "Kazakh", ru: "Russian" },
    origins: { official: "official title", editor: "editor", machine: "machine translation" },
    english: "English original",
    key: "Key",
    none: "Nothing to show with these filters.",
    counts: (texts, missing, review) =>
      `${texts} ${texts === 1 ? "text" : "texts"} · ${missing} ${missing === 1 ? "translation" : "translations"} missing · ${review} machine ${review === 1 ? "translation" : "translations"} to review`,
    auditEntity: "translation",
    cell: {
      edit: "Edit",
      add: "Add translation",
      save: "Save",
      saving: "Saving…",
      cancel: "Cancel",
      markReviewed: "Mark reviewed",
      revert: "Revert to English",
      confirmRevert: "Remove this translation? The public pages will show the English text again.",
      saved: "Saved.",
      reviewed: "Marked reviewed.",
      reverted: "Removed: the English text is shown again.",
      failed: "The change could not be saved. Nothing was changed.",
      missing: "not translated: shown in English",
      machine: "machine translation",
      machineTitle: "Machine translation, not yet reviewed by an editor",
      official: "official title",
      editor: "by an editor",
      reviewedBy: "reviewed by",
      source: "source",
      textLabel: "Translation",
    },
  },
  az: {
    nav: "Tərcümələr",
    heading: "Ad və başlıqların tərcümələri",
    lead: "Sahələrin, göstəricilərin, sənədlərin, layihələrin, mərhələlərin, sənəd paketlərinin və tədbirlərin adları və başlıqları Azərbaycan, qazax və rus dillərində. Maşın tərcüməsi redaktor onu yoxlayana qədər ictimai səhifələrdə işarələnir; tərcüməsi olmayan mətn ingilis dilində, bu barədə işarə ilə göstərilir.",
    filters: { entity: "Məzmun", locale: "Dil", view: "Göstər", all: "Hamısı", apply: "Göstər" },
    views: { all: "Hamısı", review: "Yoxlanılmalı maşın tərcümələri", missing: "Çatışmayan tərcümələr" },
    entities: { sector: "Sahə", indicator: "Göstərici", document: "Sənəd", project: "Layihə", milestone: "Mərhələ", package: "Sənəd paketi", event: "Tədbir" },
    fields: { name: "ad", title: "başlıq", description: "təsvir" },
    locales: { az: "Azərbaycan dili", kk: "Qazax dili", ru: "Rus dili" },
    origins: { official: "rəsmi başlıq", editor: "redaktor", machine: "maşın tərcüməsi" },
    english: "İngiliscə orijinal",
    key: "Açar",
    none: "Bu filtrlərlə göstəriləcək heç nə yoxdur.",
    counts: (texts, missing, review) => `${texts} mətn · ${missing} tərcümə çatışmır · ${review} maşın tərcüməsi yoxlanılmalıdır`,
    auditEntity: "tərcümə",
    cell: {
      edit: "Redaktə et",
      add: "Tərcümə əlavə et",
      save: "Yadda saxla",
      saving: "Yadda saxlanılır…",
      cancel: "Ləğv et",
      markReviewed: "Yoxlanıldı kimi qeyd et",
      revert: "İngiliscəyə qaytar",
      confirmRevert: "Bu tərcümə silinsin? İctimai səhifələrdə yenidən ingiliscə mətn göstəriləcək.",
      saved: "Yadda saxlanıldı.",
      reviewed: "Yoxlanıldı kimi qeyd edildi.",
      reverted: "Silindi: yenidən ingiliscə mətn göstərilir.",
      failed: "Dəyişiklik yadda saxlanılmadı. Heç nə dəyişdirilmədi.",
      missing: "tərcümə edilməyib: ingiliscə göstərilir",
      machine: "maşın tərcüməsi",
      machineTitle: "Maşın tərcüməsi, redaktor tərəfindən hələ yoxlanılmayıb",
      official: "rəsmi başlıq",
      editor: "redaktor tərəfindən",
      reviewedBy: "yoxlanılıb:",
      source: "mənbə",
      textLabel: "Tərcümə",
    },
  },
  kk: {
    nav: "Аудармалар",
    heading: "Атаулар мен тақырыптардың аудармалары",
    lead: "Салалардың, көрсеткіштердің, құжаттардың, жобалардың, кезеңдердің, құжаттар топтамаларының және іс-шаралардың атаулары мен тақырыптары әзербайжан, қазақ және орыс тілдерінде. Машиналық аударма редактор тексергенге дейін жария беттерде белгіленеді; аудармасы жоқ мәтін ағылшын тілінде, тиісті белгімен көрсетіледі.",
    filters: { entity: "Мазмұн", locale: "Тіл", view: "Көрсету", all: "Барлығы", apply: "Көрсету" },
    views: { all: "Барлығы", review: "Тексерілетін машиналық аудармалар", missing: "Жетіспейтін аудармалар" },
    entities: { sector: "Сала", indicator: "Көрсеткіш", document: "Құжат", project: "Жоба", milestone: "Кезең", package: "Құжаттар топтамасы", event: "Іс-шара" },
    fields: { name: "атауы", title: "тақырыбы", description: "сипаттамасы" },
    locales: { az: "Әзербайжан тілі", kk: "Қазақ тілі", ru: "Орыс тілі" },
    origins: { official: "ресми атау", editor: "редактор", machine: "машиналық аударма" },
    english: "Ағылшынша түпнұсқа",
    key: "Кілт",
    none: "Бұл сүзгілер бойынша көрсететін ештеңе жоқ.",
    counts: (texts, missing, review) => `${texts} мәтін · ${missing} аударма жетіспейді · ${review} машиналық аударма тексерілуі керек`,
    auditEntity: "аударма",
    cell: {
      edit: "Өңдеу",
      add: "Аударма қосу",
      save: "Сақтау",
      saving: "Сақталуда…",
      cancel: "Болдырмау",
      markReviewed: "Тексерілді деп белгілеу",
      revert: "Ағылшыншаға қайтару",
      confirmRevert: "Бұл аударма жойылсын ба? Жария беттерде қайтадан ағылшынша мәтін көрсетіледі.",
      saved: "Сақталды.",
      reviewed: "Тексерілді деп белгіленді.",
      reverted: "Жойылды: қайтадан ағылшынша мәтін көрсетіледі.",
      failed: "Өзгеріс сақталмады. Ештеңе өзгертілген жоқ.",
      missing: "аударылмаған: ағылшынша көрсетіледі",
      machine: "машиналық аударма",
      machineTitle: "Машиналық аударма, редактор әлі тексермеген",
      official: "ресми атау",
      editor: "редактор жазған",
      reviewedBy: "тексерілді:",
      source: "дереккөз",
      textLabel: "Аударма",
    },
  },
  ru: {
    nav: "Переводы",
    heading: "Переводы названий",
    lead: "Названия отраслей, показателей, документов, проектов, этапов, пакетов документов и событий на азербайджанском, казахском и русском языках. Машинный перевод помечается на публичных страницах, пока его не проверит редактор; текст без перевода показывается на английском с соответствующей пометкой.",
    filters: { entity: "Содержание", locale: "Язык", view: "Показать", all: "Все", apply: "Показать" },
    views: { all: "Всё", review: "Машинные переводы на проверку", missing: "Недостающие переводы" },
    entities: { sector: "Отрасль", indicator: "Показатель", document: "Документ", project: "Проект", milestone: "Этап", package: "Пакет документов", event: "Событие" },
    fields: { name: "название", title: "заголовок", description: "описание" },
    locales: { az: "Азербайджанский", kk: "Казахский", ru: "Русский" },
    origins: { official: "официальное название", editor: "редактор", machine: "машинный перевод" },
    english: "Английский оригинал",
    key: "Ключ",
    none: "По этим фильтрам ничего нет.",
    counts: (texts, missing, review) =>
      `${texts} ${plural("ru", texts, { one: "текст", few: "текста", other: "текстов" })} · ${missing} ${plural("ru", missing, { one: "перевод отсутствует", few: "перевода отсутствуют", other: "переводов отсутствуют" })} · ${review} ${plural("ru", review, { one: "машинный перевод", few: "машинных перевода", other: "машинных переводов" })} на проверку`,
    auditEntity: "перевод",
    cell: {
      edit: "Изменить",
      add: "Добавить перевод",
      save: "Сохранить",
      saving: "Сохранение…",
      cancel: "Отмена",
      markReviewed: "Отметить как проверенный",
      revert: "Вернуть английский",
      confirmRevert: "Удалить этот перевод? На публичных страницах снова будет показан английский текст.",
      saved: "Сохранено.",
      reviewed: "Отмечено как проверенное.",
      reverted: "Удалено: снова показывается английский текст.",
      failed: "Изменение не сохранено. Ничего не изменилось.",
      missing: "не переведено: показывается на английском",
      machine: "машинный перевод",
      machineTitle: "Машинный перевод, ещё не проверенный редактором",
      official: "официальное название",
      editor: "написано редактором",
      reviewedBy: "проверено:",
      source: "источник",
      textLabel: "Перевод",
    },
  },
};
