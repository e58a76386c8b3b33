import { describe, expect, it } from 'vitest';
import { markedParts, suggestionText } from './text';

describe('suggestionText', () => {
  it('joins subject and description', () => {
    expect(suggestionText(' 印表機 ', '無法列印')).toBe('印表機\n無法列印');
  });
  it('asks nothing for a single character', () => {
    expect(suggestionText('印', '')).toBe('');
    expect(suggestionText('', ' ')).toBe('');
  });
  it('counts Chinese characters, not bytes', () => {
    expect(suggestionText('網路', '')).toBe('網路');
  });
});

describe('markedParts', () => {
  it('splits marks from text and unescapes entities', () => {
    expect(markedParts('重新啟動<mark>印表機</mark> &amp; <mark>VPN</mark>')).toEqual([
      { text: '重新啟動', marked: false },
      { text: '印表機', marked: true },
      { text: ' & ', marked: false },
      { text: 'VPN', marked: true },
    ]);
  });
  it('keeps any other markup as visible text', () => {
    expect(markedParts('&lt;script&gt;x')).toEqual([{ text: '<script>x', marked: false }]);
    expect(markedParts('<b>x</b>')).toEqual([{ text: '<b>x</b>', marked: false }]);
  });
});
