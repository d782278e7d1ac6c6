import type { ContextFigure } from '$lib/data/manifest';

export interface ContextGroup {
	id: string;
	label_zh: string;
	label_en: string;
	figures: ContextFigure[];
	/** Distinct sources and notes of the group's figures, in order of appearance. */
	sources: string[];
	notes: string[];
}

/** Figures of the same measure (e.g. one per region) side by side, in the order they first appear. */
export function groupContext(figures: readonly ContextFigure[]): ContextGroup[] {
	const groups = new Map<string, ContextGroup>();
	for (const f of figures) {
		const group = groups.get(f.id) ?? {
			id: f.id,
			label_zh: f.label_zh,
			label_en: f.label_en,
			figures: [],
			sources: [],
			notes: []
		};
		group.figures.push(f);
		if (!group.sources.includes(f.source)) group.sources.push(f.source);
		for (const note of [f.statement, f.note]) if (note && !group.notes.includes(note)) group.notes.push(note);
		groups.set(f.id, group);
	}
	return [...groups.values()];
}
