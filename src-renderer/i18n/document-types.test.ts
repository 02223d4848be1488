import { describe, expect, it } from 'vitest';
import { builtInDocumentKinds } from '../../src-shared/domain/document-kinds';
import { typeGloss, typeLabel } from './document-types';

describe('document-type names in the window', () => {
  it('keep the legal Vietnamese name; English adds a gloss after it', () => {
    expect(typeLabel('Công văn', 'vi')).toBe('Công văn');
    expect(typeLabel('Công văn', 'en')).toBe('Công văn (official letter)');
    expect(typeLabel('Loại riêng của xã', 'en')).toBe('Loại riêng của xã');
  });

  it('every built-in type of the catalogue has an English gloss', () => {
    expect(
      builtInDocumentKinds()
        .filter((k) => !typeGloss(k.name))
        .map((k) => k.name),
    ).toEqual([]);
  });
});
