import { describe, expect, it } from 'vitest';
import { pentacodeOfCameo, pentacodeOfPlover } from '../../src/eval/pentacode.ts';
import { normalizePlvLabel, PLV_LABELS, plvLabelOfType } from '../../src/eval/ploverLabels.ts';
import { PLOVER_TYPES } from '../../src/types.ts';

describe('YIELD mapping', () => {
  it('scores CONCEDE and RETREAT as YIELD and every other type as itself', () => {
    expect(plvLabelOfType('CONCEDE')).toBe('YIELD');
    expect(plvLabelOfType('RETREAT')).toBe('YIELD');
    for (const t of PLOVER_TYPES.filter((t) => t !== 'CONCEDE' && t !== 'RETREAT')) expect(plvLabelOfType(t)).toBe(t);
  });

  it('has 15 evaluation labels, each reachable from a type', () => {
    expect(PLV_LABELS).toHaveLength(15);
    expect(new Set(PLOVER_TYPES.map(plvLabelOfType))).toEqual(new Set(PLV_LABELS));
  });

  it.each([
    ['YIELD', 'YIELD'], ['concede', 'YIELD'], ['DEMAND', 'REQUEST'], ['DISAPPROVE', 'ACCUSE'], ['INVESTIGATE', 'ACCUSE'],
    ['FIGHT', 'ASSAULT'], ['ACCUSE/DISAPPROVE/INVESTIGATE', 'ACCUSE'], ['ASSAULT/FIGHT', 'ASSAULT'], [' AGREE ', 'AGREE'],
    ['GOSSIP', null], ['AGREE/REJECT', null], ['', null],
  ])('gold label %j → %j', (raw, label) => {
    expect(normalizePlvLabel(raw)).toBe(label);
  });
});

describe('pentacode mapping (DOMAIN.md, Entente)', () => {
  it.each([
    ['010', 0], ['01', 0], ['020', 1], ['036', 1], ['040', 1], ['057', 1], ['061', 2], ['0711', 2], ['080', 2],
    ['090', 3], ['100', 3], ['112', 3], ['120', 3], ['138', 3], ['160', 3], ['140', 4], ['150', 4], ['173', 4],
    ['1823', 4], ['190', 4], ['200', 4],
  ])('CAMEO %s → %i', (cameo, p) => {
    expect(pentacodeOfCameo(cameo)).toBe(p);
  });

  it.each(['', '00', '21', 'abc', '1', '12345'])('%j is not a CAMEO code', (cameo) => {
    expect(pentacodeOfCameo(cameo)).toBeNull();
  });

  it('gives PLOVER types their QuadClass', () => {
    expect(['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE'].map(pentacodeOfPlover)).toEqual([1, 1, 1, 1]);
    expect(['COOPERATE', 'AID', 'RETREAT', 'YIELD'].map(pentacodeOfPlover)).toEqual([2, 2, 2, 2]);
    expect(['REQUEST', 'ACCUSE', 'REJECT', 'THREATEN'].map(pentacodeOfPlover)).toEqual([3, 3, 3, 3]);
    expect(['PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'].map(pentacodeOfPlover)).toEqual([4, 4, 4, 4, 4]);
    expect(pentacodeOfPlover('NONE')).toBeNull();
  });
});
