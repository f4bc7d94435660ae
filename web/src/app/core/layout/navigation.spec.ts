import { describe, expect, it } from '@jest/globals';
import { type NavigationItem, currentItem } from './navigation';

const HOME: NavigationItem = { label: 'home', path: '/', exact: true };
const DOCUMENTS: NavigationItem = { label: 'documents', path: '/documents', exact: false };
const NEW_PAYMENT: NavigationItem = { label: 'new', path: '/documents/new', exact: true };
const CLIENT_MENU = [HOME, DOCUMENTS, NEW_PAYMENT];

describe(currentItem.name, () => {
  it('marks the entry of the page shown, and only that one, when one entry lies under another', () => {
    expect(currentItem(CLIENT_MENU, '/documents/new')).toBe(NEW_PAYMENT);
    expect(currentItem(CLIENT_MENU, '/documents')).toBe(DOCUMENTS);
    expect(currentItem(CLIENT_MENU, '/')).toBe(HOME);
  });

  it('marks the closest entry above a page that has none of its own', () => {
    expect(currentItem(CLIENT_MENU, '/documents/7f3a')).toBe(DOCUMENTS);
    expect(currentItem(CLIENT_MENU, '/documents/new/extra')).toBe(DOCUMENTS);
  });

  it('marks nothing for a page outside the menu, and an exact entry only on its own path', () => {
    expect(currentItem(CLIENT_MENU, '/profile')).toBeUndefined();
    expect(currentItem([HOME], '/documents')).toBeUndefined();
    expect(currentItem(CLIENT_MENU, '/documentsx')).toBeUndefined();
  });
});
