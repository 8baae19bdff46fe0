// The import compiler's steps wait for messages being answered (a tab's match data comes first).
import { describe, expect, it } from 'vitest';
import { quiet, tracked } from '../../src/background/message-activity';

describe('message activity', () => {
  it('is quiet only once every message in flight is answered', async () => {
    let answer: (value: string) => void = () => undefined;
    const message = tracked(new Promise<string>((resolve) => (answer = resolve)));
    const order: string[] = [];
    const waiting = quiet().then(() => order.push('step'));
    await new Promise((r) => setTimeout(r, 20));
    expect(order).toEqual([]);
    answer('match data');
    order.push(await message);
    await waiting;
    expect(order).toEqual(['match data', 'step']);
  });
});
