import { useEffect } from 'react';
import type { Asset } from '../../shared/assets/asset';
import { useAppStore } from '.';

/** The open assessment's inventory from the store, loading it if another assessment's is held; undefined until then. */
export function useInventory(assessmentId: string): readonly Asset[] | undefined {
  const loaded = useAppStore((s) => s.inventory);
  const loadInventory = useAppStore((s) => s.loadInventory);
  const notify = useAppStore((s) => s.notify);
  useEffect(() => {
    loadInventory(assessmentId).catch((e: unknown) => notify('error', `Could not read the inventory: ${e instanceof Error ? e.message : String(e)}`));
  }, [assessmentId, loadInventory, notify]);
  return loaded?.assessmentId === assessmentId ? loaded.assets : undefined;
}
