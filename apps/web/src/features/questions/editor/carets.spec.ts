import { textColourOn } from './carets';

describe(textColourOn.name, () => {
  it.each([
    ['#01689b', '#ffffff'], // Gemeente Voorbeeldstad: dark blue
    ['#00a1cd', '#000000'], // CBS: light blue, white would reach only 3:1
    ['#a90061', '#ffffff'], // GGD: dark magenta
    ['#39870c', '#000000'], // Woonstichting: mid green, black reads better
    ['#ffffff', '#000000'],
    ['#000000', '#ffffff'],
  ])('on %s writes in %s', (background, text) => {
    expect(textColourOn(background)).toBe(text);
  });
});
