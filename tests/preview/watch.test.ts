import { posix, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInside } from '../../pipeline/preview/watch.ts';

describe("the preview watcher's data folder test", () => {
  it('uses the platform path rules: Windows separators, drive letters and case', () => {
    expect(isInside('C:\\proj\\data\\raw', 'C:\\proj\\data\\raw\\is248_2024.xlsx', win32)).toBe(true);
    expect(isInside('C:\\proj\\data\\raw', 'c:\\PROJ\\data\\raw\\sub\\is248_2024.xlsx', win32)).toBe(true);
    expect(isInside('C:\\proj\\data\\raw', 'C:\\proj\\templates\\report\\layout.hbs', win32)).toBe(false);
    expect(isInside('C:\\proj\\data\\raw', 'D:\\proj\\data\\raw\\is248_2024.xlsx', win32)).toBe(false);
  });

  it('on POSIX: inside at any depth; not the folder itself, a sibling with the same prefix, or a parent', () => {
    expect(isInside('/p/data/raw', '/p/data/raw/is248_2024.xlsx', posix)).toBe(true);
    expect(isInside('/p/data/raw', '/p/data/raw/a/b.xlsx', posix)).toBe(true);
    expect(isInside('/p/data/raw', '/p/data/raw/..hidden.xlsx', posix)).toBe(true);
    expect(isInside('/p/data/raw', '/p/data/raw', posix)).toBe(false);
    expect(isInside('/p/data/raw', '/p/data/raw-old/x.xlsx', posix)).toBe(false);
    expect(isInside('/p/data/raw', '/p/data/x.xlsx', posix)).toBe(false);
  });
});
