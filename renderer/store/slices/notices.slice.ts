import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

export type NoticeKind = 'success' | 'error' | 'info';
export interface Notice {
  id: number;
  kind: NoticeKind;
  text: string;
}

export interface NoticesSlice {
  notices: Notice[];
  notify: (kind: NoticeKind, text: string) => void;
  dismiss: (id: number) => void;
}

let nextNoticeId = 1;
/** Confirmations fade on their own; errors stay until dismissed so the assessor can read what went wrong. */
export const NOTICE_FADE_MS = 8000;
const MAX_NOTICES = 3;

export const createNoticesSlice: StateCreator<AppState, [], [], NoticesSlice> = (set, get) => ({
  notices: [],
  notify: (kind, text) => {
    const id = nextNoticeId++;
    set((s) => ({ notices: [...s.notices.slice(-(MAX_NOTICES - 1)), { id, kind, text }] }));
    if (kind !== 'error') setTimeout(() => get().dismiss(id), NOTICE_FADE_MS);
  },
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
