import type { EditableArticle, Locale } from './editorApi';

/** The editor form's fields. */
export interface FormValues {
  title: string;
  summary?: string;
  body: string;
  locale: Locale;
  categoryId?: number | null;
  tags?: string[];
  message?: string;
}

/** Whether the form differs from the saved article (in what a save would send). */
export function unsaved(values: Partial<FormValues>, article: EditableArticle): boolean {
  const tags = (list?: string[]) => [...(list ?? [])].sort().join('\n');
  return (
    (values.title ?? '') !== article.title ||
    (values.summary ?? '') !== (article.summary ?? '') ||
    (values.body ?? '') !== article.body ||
    (values.categoryId ?? null) !== (article.categoryId ?? null) ||
    tags(values.tags) !== tags(article.tags)
  );
}

