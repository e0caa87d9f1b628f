import { AuthenticationGate } from './authentication-gate';

describe(AuthenticationGate.name, () => {
  it('admits up to its capacity, then one per release in arrival order; cancelled waiters are skipped', async () => {
    const gate = new AuthenticationGate(2);
    const admitted: string[] = [];
    const enter = (name: string) => {
      const ticket = gate.enter();
      void ticket.admitted.then(() => admitted.push(name));
      return ticket;
    };
    const first = await gate.enter().admitted;
    const second = await gate.enter().admitted;
    enter('c');
    const cancelled = enter('d');
    enter('e');
    cancelled.cancel();
    expect(gate.queued).toBe(2);

    first();
    first(); // a second release must not free a second slot
    await Promise.resolve();
    expect(admitted).toEqual(['c']);
    expect(gate.inFlight).toBe(2);

    second();
    await Promise.resolve();
    expect(admitted).toEqual(['c', 'e']);
    expect(gate.queued).toBe(0);
  });
});
