import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { categoryName, editorApi, type KnowledgeCategory } from './editorApi';

export interface CategoryOption {
  value: number;
  label: string;
  depth: number;
}

/** The category tree flattened in display order, each name prefixed by its path's depth. */
export function flattenCategories(categories: KnowledgeCategory[], language: string): CategoryOption[] {
  const children = new Map<number | null, KnowledgeCategory[]>();
  for (const category of categories) {
    const parent = category.parentId ?? null;
    children.set(parent, [...(children.get(parent) ?? []), category]);
  }
  const options: CategoryOption[] = [];
  const walk = (parent: number | null, depth: number) => {
    const level = [...(children.get(parent) ?? [])].sort((a, b) => a.position - b.position || a.id - b.id);
    for (const category of level) {
      options.push({ value: category.id, label: categoryName(category, language), depth });
      walk(category.id, depth + 1);
    }
  };
  walk(null, 0);
  return options;
}

export function useKnowledgeCategories() {
  const { i18n } = useTranslation();
  const query = useQuery({ queryKey: ['knowledge-categories'], queryFn: editorApi.categories, staleTime: 60_000 });
  const options = flattenCategories(query.data ?? [], i18n.language);
  return { ...query, options };
}
