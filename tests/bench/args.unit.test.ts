import { intArg, numberArg, parseArgs } from '../../bench/args';

describe('parseArgs', () => {
  it('reads options with values, inline values and flags', () => {
    expect(parseArgs(['--scale', 'small', '--only=Q1,Q6c', '--quick', '--seed', '7', '--update-snapshot'])).toEqual({
      scale: 'small',
      only: 'Q1,Q6c',
      quick: 'true',
      seed: '7',
      'update-snapshot': 'true',
    });
  });

  it('takes a flag followed by another option as a flag', () => {
    expect(parseArgs(['--no-w1', '--scale', 'medium'])).toEqual({ 'no-w1': 'true', scale: 'medium' });
  });

  it('refuses a bare word', () => {
    expect(() => parseArgs(['small'])).toThrow('expected an option such as --scale, but got "small"');
  });
});

describe('intArg and numberArg', () => {
  it('give the fallback when absent and the number when given', () => {
    expect(intArg({}, 'seed', 5)).toBe(5);
    expect(intArg({ seed: '12' }, 'seed', 5)).toBe(12);
    expect(numberArg({ rate: '0.5' }, 'rate', 1, 0, 1)).toBe(0.5);
  });

  it('refuse what is not a whole number or out of range', () => {
    expect(() => intArg({ seed: '1.5' }, 'seed', 5)).toThrow('--seed: expected a whole number, but got "1.5"');
    expect(() => intArg({ seed: '-1' }, 'seed', 5)).toThrow('--seed');
    expect(() => numberArg({ rate: '2' }, 'rate', 1, 0, 1)).toThrow('--rate: expected a number from 0 to 1, but got "2"');
  });
});
