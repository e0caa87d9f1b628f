import { notificationRecipients } from './notification';

describe('notificationRecipients', () => {
  it('leaves out the one who acted and repeats nobody', () => {
    expect(notificationRecipients(['a', 'b', 'a', 'c'], 'b')).toEqual(['a', 'c']);
  });

  it('keeps everyone when nobody in particular acted', () => {
    expect(notificationRecipients(['a', 'b'], null)).toEqual(['a', 'b']);
  });
});
