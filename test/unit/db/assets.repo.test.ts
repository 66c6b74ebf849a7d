import { describe, expect, it } from 'vitest';
import { assessmentsRepo } from '../../../renderer/db/repos/assessments.repo';
import { assetsRepo } from '../../../renderer/db/repos/assets.repo';
import { planImport } from '../../../shared/import/plan-import';
import { content, importReport as report, row } from '../assets/asset-fixtures';
import { sampleInput, testDb } from './test-db';

async function setup() {
  const db = testDb();
  const assessment = await assessmentsRepo(db).create(sampleInput);
  return { db, repo: assetsRepo(db), id: assessment.id };
}

describe('assets repository', () => {
  it('adds, edits one or many, validates, and deletes', async () => {
    const { repo, id } = await setup();
    const a = await repo.add(id, content('PLC-01'));
    const b = await repo.add(id, content('PLC-02'));
    const updated = await repo.update(id, [a.id, b.id], { zone: 'Cell 1', criticality: 'high' });
    expect(updated.map((x) => [x.name, x.zone])).toEqual([['PLC-01', 'Cell 1'], ['PLC-02', 'Cell 1']]);
    await repo.update(id, [a.id], { ipAddresses: ['10.0.0.1'] });
    expect((await repo.list(id)).map((x) => [x.name, x.zone, x.criticality, x.ipAddresses]).sort()).toEqual([
      ['PLC-01', 'Cell 1', 'high', ['10.0.0.1']],
      ['PLC-02', 'Cell 1', 'high', []],
    ]);
    await expect(repo.update(id, [a.id], { name: '' })).rejects.toThrow();
    await expect(repo.update(id, [a.id], { criticality: 'extreme' as never })).rejects.toThrow();
    await expect(repo.update(id, [a.id, 'gone'], { zone: 'X' })).rejects.toThrow(/no longer exists/);
    expect((await repo.list(id)).find((x) => x.id === a.id)?.zone).toBe('Cell 1');
    await repo.remove(id, [a.id]);
    expect((await repo.list(id)).map((x) => x.name)).toEqual(['PLC-02']);
  });

  it('imports in one transaction, traces each asset to its row and undoes it exactly', async () => {
    const { repo, id } = await setup();
    const existing = await repo.add(id, content('PLC-01', { firmware: 'V1', macAddresses: ['00:1b:1b:00:00:01'] }));
    const rows = [row(2, 'PLC-01', { firmware: 'V2', macAddresses: ['00:1b:1b:00:00:01'] }), row(3, 'HMI-01'), row(4, 'SW-01')];
    const plan = planImport(rows, [existing], [{ reason: 'mac', members: [{ kind: 'incoming', key: '2' }, { kind: 'existing', key: existing.id }], conflicts: [] }], () => 'merge');
    const written = await repo.applyImport(id, plan, report('plant.xlsx'));
    const importId = written.record.id;
    expect(written.record).toEqual({ id: importId, fileName: 'plant.xlsx', imported: 2, merged: 1 });
    expect(written.added.map((a) => a.name)).toEqual(['HMI-01', 'SW-01']);
    expect(written.updated.map((a) => [a.id, a.firmware])).toEqual([[existing.id, 'V2']]);

    const after = await repo.list(id);
    expect(after.map((a) => [a.name, a.firmware]).sort()).toEqual([['HMI-01', ''], ['PLC-01', 'V2'], ['SW-01', '']]);
    expect(after.find((a) => a.name === 'HMI-01')?.source).toEqual({ file: 'plant.xlsx', sheet: 'Assets', row: 3, importId });
    expect((await repo.lastImport(id))?.id).toBe(importId);

    const undone = await repo.undoImport(importId);
    expect(undone.report.fileName).toBe('plant.xlsx');
    expect(undone.removedIds.sort()).toEqual(written.added.map((a) => a.id).sort());
    expect(undone.restored).toEqual([existing]);
    expect(await repo.list(id)).toEqual([existing]);
    expect(await repo.lastImport(id)).toBeNull();
    await expect(repo.undoImport(importId)).rejects.toThrow(/already undone/);
  });

  it('keeps only the last import for undo', async () => {
    const { db, repo, id } = await setup();
    const first = await repo.applyImport(id, planImport([row(2, 'A')], [], [], () => 'merge'), report('one.xlsx'));
    const second = await repo.applyImport(id, planImport([row(2, 'B')], [], [], () => 'merge'), report('two.xlsx'));
    expect(await db.table('imports').count()).toBe(1);
    expect((await repo.lastImport(id))?.id).toBe(second.record.id);
    await expect(repo.undoImport(first.record.id)).rejects.toThrow(/already undone/);
    await repo.undoImport(second.record.id);
    expect((await repo.list(id)).map((a) => a.name)).toEqual(['A']);
  });

  it('writes nothing when the import fails part-way', async () => {
    const { db, repo, id } = await setup();
    const before = await repo.add(id, content('Kept'));
    const plan = planImport([row(2, 'A'), row(3, 'B')], [], [], () => 'merge');
    const broken = { ...plan, update: [{ id: 'no-such-asset', content: content('X') }] };
    await expect(repo.applyImport(id, broken, report('bad.xlsx'))).rejects.toThrow(/deleted meanwhile/);
    expect(await repo.list(id)).toEqual([before]);
    expect(await db.table('imports').count()).toBe(0);
  });
});
